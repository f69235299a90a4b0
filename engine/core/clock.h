/* SPDX-License-Identifier: Apache-2.0 */
/* clock.h — time: a monotonic clock for durations and the wall clock as an
 * ISO 8601 string for dates.
 *
 * Part of the base floor (see docs/architecture.md). It stands on nothing
 * but the C library: no allocation, no error records. */
#ifndef UH_CLOCK_H
#define UH_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

/* A monotonic clock in nanoseconds (CLOCK_MONOTONIC): for measuring
 * durations, never for dates. */
int64_t uh_now_ns(void);

/* Current wall-clock time as an ISO 8601 UTC string "YYYY-MM-DDTHH:MM:SSZ"
 * (or with milliseconds when ms is true) written into out (32 bytes). */
void uh_iso8601_now(char out[32], bool ms);

#endif
