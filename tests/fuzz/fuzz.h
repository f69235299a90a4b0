/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz.h — what the fuzz harnesses share.
 *
 * Each harness (fuzz_*.c) defines LLVMFuzzerTestOneInput. Built with clang
 * and -fsanitize=fuzzer it is a libFuzzer program (tools/fuzz.sh); built
 * with replay.c instead it is an ordinary program that feeds every file of
 * a corpus folder through the same function, so the seeds and every crash
 * ever found are replayed by the normal test suite (fuzz_replay_*).
 *
 * FUZZ_ASSERT states a property the input must not break; breaking it
 * aborts, which libFuzzer records as a crash with the input that did it. */
#ifndef UH_FUZZ_H
#define UH_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond)                                                             \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/* The input as a NUL-terminated string the caller frees (text after an
 * embedded NUL is kept in the buffer but ends the C string). */
char *fuzz_text(const uint8_t *data, size_t size);

/* A private scratch folder for this process, created on first use and
 * removed at exit; fuzz_write puts data in the file name inside it and
 * returns its path (static storage, overwritten by the next call). */
const char *fuzz_scratch(void);
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);

/* The folder of the source tree (for the shipped scenarios). */
const char *fuzz_source_dir(void);

#endif
