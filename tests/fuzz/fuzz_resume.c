/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_resume.c — a self-paced trainee's progress file
 * (engine/session/resume.h).
 *
 * The input is the file. Loading it either fails cleanly or gives a state
 * that keeps its promises (choices are 1-based, scenario and hash set);
 * such a state saved and loaded again comes back the same. */
#include <string.h>

#include "fuzz.h"
#include "session/resume.h"

static bool same_strv(const uh_strv *a, const uh_strv *b)
{
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->v[i], b->v[i]))
            return false;
    return true;
}

static bool same_opt(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write("progress.json", data, size);
    uh_resume r;
    if (uh_resume_load(path, &r) != 0) {
        /* Nothing to free, and the record is left empty. */
        FUZZ_ASSERT(!r.scenario && !r.hash && !r.choices && !r.nchoices && !r.marks.n);
        return 0;
    }
    FUZZ_ASSERT(r.scenario && r.hash);
    for (size_t i = 0; i < r.nchoices; i++)
        FUZZ_ASSERT(r.choices[i] >= 1);
    FUZZ_ASSERT(r.has_report || (!r.to && !r.how && !r.facts.n));

    char again[1024];
    snprintf(again, sizeof again, "%s/progress/again.json", fuzz_scratch());
    uh_error err;
    FUZZ_ASSERT(uh_resume_save(again, &r, &err) == 0);
    uh_resume back;
    FUZZ_ASSERT(uh_resume_load(again, &back) == 0);
    FUZZ_ASSERT(strcmp(back.scenario, r.scenario) == 0 && strcmp(back.hash, r.hash) == 0);
    FUZZ_ASSERT(back.nchoices == r.nchoices);
    FUZZ_ASSERT(r.nchoices == 0 || memcmp(back.choices, r.choices, r.nchoices * sizeof *r.choices) == 0);
    FUZZ_ASSERT(same_strv(&back.marks, &r.marks) && same_strv(&back.facts, &r.facts));
    FUZZ_ASSERT(back.has_report == r.has_report);
    FUZZ_ASSERT(same_opt(back.to, r.to) && same_opt(back.how, r.how));
    uh_resume_clear(&back);
    uh_resume_clear(&r);
    return 0;
}
