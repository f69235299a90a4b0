/* SPDX-License-Identifier: Apache-2.0 */
/* dataset.h — a fixed, realistic set of attempts for report and export
 * tests: three scenarios, three cohorts (and none), twelve days in November
 * 2026, every outcome, a trainee name that needs CSV quoting, and an
 * anonymous sitting. Everything (UUIDs, times, flags) is deterministic. */
#ifndef UH_TEST_DATASET_H
#define UH_TEST_DATASET_H

#include "store/store.h"

/* Number of attempts uh_test_dataset saves. */
#define UH_TEST_DATASET_SIZE 40

/* Saves the data set into st; returns 0, or -1 with err filled. */
int uh_test_dataset(uh_store *st, uh_error *err);

/* Builds the result of one synthetic attempt (caller frees with
 * uh_result_free); exposed for tests that need a single attempt. */
uh_result *uh_test_result(const char *scenario, const char *ending, bool reported, int hook_at_report,
                          int hook, int nchoices);

#endif
