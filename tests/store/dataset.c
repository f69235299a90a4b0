/* SPDX-License-Identifier: Apache-2.0 */
/* dataset.c — the synthetic attempts of dataset.h. Results are built the
 * way the run state machine builds them (same fields, same scoring
 * function), without playing scenario files, so the data set does not
 * change when the shipped scenarios are edited. */
#include "dataset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/scoring.h"
#include "core/util.h"

typedef struct scen {
    const char *id, *title, *tactic;
    const char *flags[3];
    const char *scenes[6];
} scen;

static const scen scenarios[] = {
    {"linkedin-think-tank", "The Think-Tank Invitation", "linkedin",
     {"new_account", "flattery", "borrowed_photo"},
     {"invite", "profile", "paper", "fee", "meeting", "end"}},
    {"paid-paper", "A Paper for a Fee", "paid_paper",
     {"vague_client", "cash_offer", "escalation"},
     {"email", "call", "draft", "invoice", "second", "end"}},
    {"honey-trap-trip", "The Trade Fair Trip", "honey_trap",
     {"chance_meeting", "hotel_bar", "photos"},
     {"fair", "dinner", "bar", "room", "morning", "end"}},
};

static unsigned lcg_state = 12345;
static unsigned next(unsigned n)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 16) % n;
}

uh_result *uh_test_result(const char *scenario, const char *ending, bool reported, int hook_at_report,
                          int hook, int nchoices)
{
    const scen *sc = &scenarios[0];
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++)
        if (strcmp(scenarios[i].id, scenario) == 0)
            sc = &scenarios[i];
    uh_result *r = uh_xcalloc(1, sizeof *r);
    r->scenario = uh_xstrdup(sc->id);
    r->title = uh_xstrdup(sc->title);
    r->tactic = uh_xstrdup(sc->tactic);
    char hash[65];
    uh_sha256_hex(sc->id, strlen(sc->id), hash);
    r->hash = uh_xstrdup(hash);
    r->seed = 1;
    r->completed = ending != NULL;
    r->ending = uh_xstrdup(ending);
    if (nchoices > 5)
        nchoices = 5;
    for (int i = 0; i <= nchoices; i++)
        uh_strv_push(&r->path, sc->scenes[i < 5 ? i : 5]);
    r->choices = uh_xcalloc((size_t)nchoices + 1, sizeof *r->choices);
    static const char *const labels[] = {"Reply politely", "Ask who they are", "Say nothing yet"};
    for (int i = 0; i < nchoices; i++) {
        r->choices[r->nchoices] = 1 + (int)next(3);
        uh_strv_push(&r->choice_labels, labels[r->choices[r->nchoices++] - 1]);
    }
    r->hook = hook;
    r->reported = reported;
    r->reported_at_hook = reported ? hook_at_report : 0;
    r->first_chance_index = 0;
    r->first_chance_hook = 0;
    if (reported) {
        int at = hook_at_report < nchoices ? hook_at_report : nchoices - 1;
        r->report_scene = uh_xstrdup(r->path.v[at < 0 ? 0 : at]);
        static const char *const to[] = {"security", "security", "security", "manager", "helpdesk"};
        r->report_to = uh_xstrdup(to[next(5)]);
        r->credit = strcmp(r->report_to, "security") == 0 ? 1.0
                    : strcmp(r->report_to, "manager") == 0 ? 0.5 : 0.0;
        r->facts_required = 3;
        r->facts_given = 1 + (int)next(3);
        r->decoys = next(4) == 0;
        r->how_correct = next(5) != 0;
        r->report_how = uh_xstrdup(r->how_correct ? "keep_evidence" : "delete");
        uh_strv_push(&r->facts_ticked, "contact_name");
    }
    /* Flags on the path: all three; each spotted with some chance. */
    for (int i = 0; i < 3; i++) {
        r->flags_total++;
        if (next(100) < 45u + 15u * (unsigned)i) {
            r->flags_spotted++;
            uh_strv_push(&r->spotted_ids, sc->flags[i]);
            uh_strv_push(&r->marked, sc->flags[i]);
        } else {
            uh_strv_push(&r->missed_ids, sc->flags[i]);
        }
    }
    uh_scoring cfg = uh_scoring_defaults();
    uh_result_score(r, &cfg);
    return r;
}

int uh_test_dataset(uh_store *st, uh_error *err)
{
    static const char *const cohorts[] = {"ENG-2026-11", "SALES-2026-11", "EXEC-2026-11", NULL};
    static const char *const names[] = {"E1041", "E1042", "O'Brien, Pat", "E1044", "=HYPERLINK()",
                                        "E1046", "E1047", "Zoë Lindqvist"};
    lcg_state = 12345;
    for (int i = 0; i < UH_TEST_DATASET_SIZE; i++) {
        const char *scenario = scenarios[next(3)].id;
        unsigned roll = next(100);
        const char *ending;
        bool reported = false;
        int hook = (int)next(4), at = 0, nchoices = 2 + (int)next(3);
        if (roll < 52) {
            reported = true;
            at = (int)next(6) % 4 == 3 ? 3 + (int)next(4) : (int)next(3);
            hook = at + (int)next(2);
            ending = at > 2 ? "reported_late" : "reported";
        } else if (roll < 70) {
            ending = "walked_away";
        } else if (roll < 80) {
            ending = "compromised";
            hook += 2;
        } else if (roll < 92) {
            ending = "hooked";
            hook += 3;
        } else {
            ending = NULL;  /* left before the end */
        }
        uh_result *r = uh_test_result(scenario, ending, reported, at, hook, nchoices);
        /* Two or three attempts a day, 08:00 UTC onwards, 1 to 9 minutes long. */
        int day = 2 + i * 12 / UH_TEST_DATASET_SIZE;
        char started[32], ended[32], uuid[37];
        int minute = (int)next(50), secs = 60 + (int)next(480);
        snprintf(started, sizeof started, "2026-11-%02dT%02d:%02d:%02dZ", day, 8 + i % 9, minute,
                 (int)next(60));
        int64_t ms;
        uh_time_parse(started, &ms, NULL);
        uh_time_format(ms + secs * 1000 + (int)next(10) * 100, ended);
        snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012d", i + 1);
        bool anonymous = i % 13 == 7;
        char pseudonym[32];
        snprintf(pseudonym, sizeof pseudonym, "anon-%012x", 0x7f3a0000u + (unsigned)i);
        uh_attempt a = {
            .trainee = anonymous ? pseudonym : names[next(8)],
            .anonymous = anonymous,
            .cohort = cohorts[i % 4 == 3 ? 3 : next(3)],
            .mode = i % 5 == 0 ? "facilitated" : "kiosk",
            .started_at = started,
            .ended_at = ended,
            .result = r,
            .uuid = uuid,
            .language = i % 4 == 1 ? "de" : NULL,  /* a quarter played in German */
        };
        int rc = uh_store_save(st, &a, NULL, err);
        uh_result_free(r);
        if (rc)
            return -1;
    }
    return 0;
}
