/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_date.c — dates given on the command line (--since, --before) and
 * read back from the results store: uh_time_parse and uh_time_format
 * (engine/store/store.h).
 *
 * The input is the text. It is a date or is refused with a message quoting
 * it; a date formats to text that parses back to the same instant, and
 * formats again to the same text (for the instants in years 0000-9999). */
#include <string.h>

#include "fuzz.h"
#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    int64_t ms = 0;
    uh_error err;
    uh_error_clear(&err);
    if (uh_time_parse(text, &ms, &err) != 0) {
        /* (A very long text is quoted whole and cut at the record's size.) */
        FUZZ_ASSERT(strstr(err.msg, "is not a date") != NULL || strlen(err.msg) == sizeof err.msg - 1);
        free(text);
        return 0;
    }
    char out[32], again[32];
    uh_time_format(ms, out);
    /* A zone offset can carry 0000-01-01 or 9999-12-31 out of the years
     * that have four digits; those print, but cannot parse back. */
    if (ms < -62167219200000LL || ms >= 253402300800000LL) {
        free(text);
        return 0;
    }
    int64_t back = -1;
    FUZZ_ASSERT(uh_time_parse(out, &back, NULL) == 0);
    FUZZ_ASSERT(back == ms);
    uh_time_format(back, again);
    FUZZ_ASSERT(strcmp(out, again) == 0);
    free(text);
    return 0;
}
