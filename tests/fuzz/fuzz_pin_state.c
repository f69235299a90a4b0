/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_pin_state.c — the admin PIN's lockout state file
 * (engine/admin/pin.h).
 *
 * The input is the file. Whatever it holds, the guard opens; a file it
 * cannot trust locks the PIN (fails closed) and says why; the countdown is
 * never longer than the configured lockout nor negative, the tries left
 * stay within 0..max_tries, and the file the guard writes back is one it
 * reads without complaint. Checked at several clock readings, including a
 * clock set back to 1970 and one far in the future. No PIN is hashed here
 * (yescrypt is slow on purpose): the hash given is unusable, so a try
 * reports UH_PIN_UNSET or UH_PIN_LOCKED. */
#include <string.h>

#include "admin/pin.h"
#include "fuzz.h"

enum { MAX_TRIES = 5, LOCKOUT = 300 };

static void check(uh_pin_guard *g, int64_t now)
{
    int left = uh_pin_seconds_locked(g, now);
    FUZZ_ASSERT(left >= 0 && left <= LOCKOUT);
    int tries = uh_pin_tries_left(g, now);
    FUZZ_ASSERT(tries >= 0 && tries <= MAX_TRIES);
    FUZZ_ASSERT((left > 0) == (tries == 0));
    int wait = -1;
    uh_pin_status st = uh_pin_try(g, "*", "1234", now, &wait);
    FUZZ_ASSERT(st == (left > 0 ? UH_PIN_LOCKED : UH_PIN_UNSET));
    FUZZ_ASSERT(wait == left);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int64_t clocks[] = {1700000000, 0, 1700000000 + LOCKOUT - 1, 4102444800LL,
                                     (int64_t)1 << 40};
    const char *path = fuzz_write("admin-pin.state", data, size);
    char *copy = strdup(path);
    uh_pin_guard *g = uh_pin_guard_open(copy, MAX_TRIES, LOCKOUT);
    FUZZ_ASSERT(g != NULL);
    bool trusted = uh_pin_guard_problem(g) == NULL;
    if (!trusted)  /* failed closed: locked from the first question on */
        FUZZ_ASSERT(uh_pin_seconds_locked(g, clocks[0]) == LOCKOUT);
    for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++)
        check(g, clocks[i]);
    FUZZ_ASSERT(uh_pin_guard_problem(g) == NULL || !trusted);
    uh_pin_guard_close(g);

    /* What the guard left behind reads back cleanly. */
    g = uh_pin_guard_open(copy, MAX_TRIES, LOCKOUT);
    FUZZ_ASSERT(uh_pin_guard_problem(g) == NULL);
    check(g, clocks[0]);
    uh_pin_guard_close(g);
    free(copy);
    return 0;
}
