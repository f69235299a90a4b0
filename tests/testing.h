/* SPDX-License-Identifier: Apache-2.0 */
/* testing.h — the few macros the test programs share.
 *
 * CHECK records a failure and carries on, so one run reports every broken
 * expectation; a test program exits 1 when any CHECK failed. */
#ifndef UH_TESTING_H
#define UH_TESTING_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int test_failures, test_checks;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        test_checks++;                                                                \
        if (!(cond)) {                                                                \
            test_failures++;                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                                             \
    } while (0)

#define CHECK_MSG(cond, ...)                                                          \
    do {                                                                              \
        test_checks++;                                                                \
        if (!(cond)) {                                                                \
            test_failures++;                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond);  \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
        }                                                                             \
    } while (0)

#define CHECK_NEAR(a, b) CHECK_MSG(fabs((double)(a) - (double)(b)) < 1e-9, "%g != %g", (double)(a), (double)(b))
#define CHECK_STR(a, b) CHECK_MSG((a) && (b) && strcmp((a), (b)) == 0, "\"%s\" != \"%s\"", (a) ? (a) : "(null)", (b) ? (b) : "(null)")
#define CHECK_HAS(hay, needle) CHECK_MSG((hay) && strstr((hay), (needle)), "\"%s\" does not contain \"%s\"", (hay) ? (hay) : "(null)", (needle))

#define TEST(name) static void name(void)
#define RUN(name)                                                                     \
    do {                                                                              \
        int before = test_failures;                                                   \
        name();                                                                       \
        printf("%s %s\n", test_failures == before ? "ok  " : "FAIL", #name);          \
    } while (0)

#define TEST_END()                                                                    \
    do {                                                                              \
        printf("%d checks, %d failed\n", test_checks, test_failures);                 \
        return test_failures ? 1 : 0;                                                 \
    } while (0)

#endif
