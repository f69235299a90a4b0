/* SPDX-License-Identifier: Apache-2.0 */
/* test_resume.c — a self-paced trainee's kept progress across languages:
 * paused in English, resumed in German and back when the two files are a
 * checked translation pair; refused when the file paused in changed, or
 * when the translation no longer matches its original. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "session/resume.h"
#include "session/session.h"
#include "testing.h"

static uh_config cfg;
static char dir[64];
static char en_path[128], de_path[128];

/* Writes text to path (the test's own files). */
static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static char *fixture(const char *rel)
{
    const char *src = getenv("UNHOOKED_SOURCE_DIR");
    char *path = uh_xasprintf("%s/tests/translation/%s", src ? src : ".", rel);
    size_t len;
    uh_error e;
    char *text = uh_read_file(path, &len, &e);
    CHECK_MSG(text != NULL, "cannot read %s", path);
    free(path);
    return text ? text : uh_xstrdup("");
}

/* The pair as shipped: the original and its faithful German translation. */
static void write_pair(void)
{
    char *en = fixture("minimal.lua"), *de = fixture("de/minimal.lua");
    put(en_path, en);
    put(de_path, de);
    free(en);
    free(de);
}

/* Replaces the first "from" of the file at path by "to". */
static void edit(const char *path, const char *from, const char *to)
{
    size_t len;
    uh_error e;
    char *text = uh_read_file(path, &len, &e);
    char *at = text ? strstr(text, from) : NULL;
    CHECK_MSG(at != NULL, "no \"%s\" in %s", from, path);
    if (at) {
        char *out = uh_xasprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
        put(path, out);
        free(out);
    }
    free(text);
}

static uh_scenario *load(const char *path)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load(path, &cfg, 1, &p);
    CHECK_MSG(sc->ok, "%s does not load", path);
    uh_problems_free(&p);
    return sc;
}

/* A run in sc: "Reply" (to scene b), the flag marked; saved as the window
 * saves it (the file's hash and language). */
static void pause_in(const uh_scenario *sc, const char *lang, uh_resume *r)
{
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    CHECK(uh_session_start(s, sc, 1, &e) == 0);
    uh_session_mark(s, "f1", true);
    uh_session_choose(s, 1, &e);
    uh_answers a;
    uh_session_answers(s, &a);
    uh_resume keep = {.scenario = sc->id, .hash = (char *)sc->hash, .language = (char *)lang,
                      .choices = a.choices, .nchoices = a.nchoices, .marks = a.marks};
    char *path = uh_xasprintf("%s/state.json", dir);
    CHECK(uh_resume_save(path, &keep, &e) == 0);
    CHECK(uh_resume_load(path, r) == 0);
    free(path);
    uh_answers_free(&a);
    uh_session_free(s);
}

/* Resumes r in sc: the run stands at scene b, in sc's words, flag marked. */
static void resumes_at_b(const uh_resume *r, const uh_scenario *sc, const char *text)
{
    uh_answers a = {.choices = r->choices, .nchoices = r->nchoices, .marks = r->marks};
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    CHECK(uh_session_resume(s, sc, 1, &a, &e) == UH_REPLAY_RAN_OUT);
    const uh_run *run = uh_session_run(s);
    const uh_scene *b = run ? uh_run_scene(run) : NULL;
    CHECK(b && strcmp(b->id, "b") == 0);
    const char *now = run ? uh_run_text(run) : NULL;
    CHECK_MSG(now && strcmp(now, text) == 0, "the scene reads \"%s\"", now ? now : "(none)");
    CHECK(uh_session_is_marked(s, "f1"));
    uh_session_free(s);
}

TEST(paused_in_english_resumes_in_german)
{
    write_pair();
    uh_scenario *en = load(en_path), *de = load(de_path);
    uh_resume r;
    pause_in(en, "en", &r);
    CHECK_STR(r.language, "en");
    CHECK(uh_resume_fits(&r, en, en, &cfg));
    CHECK(uh_resume_fits(&r, de, en, &cfg));
    resumes_at_b(&r, de, "Sie wollen mehr.");
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(paused_in_german_resumes_in_english)
{
    write_pair();
    uh_scenario *en = load(en_path), *de = load(de_path);
    uh_resume r;
    pause_in(de, "de", &r);
    CHECK_STR(r.language, "de");
    CHECK(uh_resume_fits(&r, de, en, &cfg));
    CHECK(uh_resume_fits(&r, en, en, &cfg));  /* reads the German file to be sure */
    resumes_at_b(&r, en, "They ask for more.");
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(an_original_changed_after_the_pause_is_begun_again_in_either_language)
{
    write_pair();
    uh_scenario *en = load(en_path);
    uh_resume r;
    pause_in(en, "en", &r);
    uh_scenario_free(en);
    /* Only a text changes: the structure still matches the translation. */
    edit(en_path, "They ask for more.", "They ask for much more.");
    en = load(en_path);
    uh_scenario *de = load(de_path);
    CHECK(!uh_resume_fits(&r, en, en, &cfg));
    CHECK(!uh_resume_fits(&r, de, en, &cfg));
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(a_translation_changed_after_the_pause_is_begun_again_in_either_language)
{
    write_pair();
    uh_scenario *de = load(de_path);
    uh_resume r;
    pause_in(de, "de", &r);
    uh_scenario_free(de);
    edit(de_path, "Sie wollen mehr.", "Sie wollen noch mehr.");
    uh_scenario *en = load(en_path);
    de = load(de_path);
    CHECK(!uh_resume_fits(&r, de, en, &cfg));
    CHECK(!uh_resume_fits(&r, en, en, &cfg));
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(a_translation_that_no_longer_matches_its_original_is_not_resumed_into)
{
    write_pair();
    uh_scenario *en = load(en_path);
    uh_resume r;
    pause_in(en, "en", &r);
    /* The German file now scores "Antworten" as a deeper hook: the same
     * steps would not mean the same. */
    edit(de_path, "go = \"b\", hook = 1", "go = \"b\", hook = 3");
    uh_scenario *de = load(de_path);
    CHECK(!uh_resume_fits(&r, de, en, &cfg));
    CHECK(uh_resume_fits(&r, en, en, &cfg));  /* the English file itself is unchanged */
    uh_resume_clear(&r);
    /* Paused in that German file: the English one is not a match either. */
    pause_in(de, "de", &r);
    CHECK(!uh_resume_fits(&r, en, en, &cfg));
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(a_state_from_before_languages_resumes_only_in_its_own_file)
{
    write_pair();
    uh_scenario *en = load(en_path), *de = load(de_path);
    uh_resume r;
    pause_in(en, NULL, &r);
    CHECK(r.language == NULL);
    CHECK(uh_resume_fits(&r, en, en, &cfg));
    CHECK(!uh_resume_fits(&r, de, en, &cfg));
    uh_resume_clear(&r);
    uh_scenario_free(en);
    uh_scenario_free(de);
}

TEST(a_forged_language_is_not_read_as_a_folder)
{
    write_pair();
    char *path = uh_xasprintf("%s/forged.json", dir);
    put(path, "{\"scenario\":\"ok-minimal\",\"hash\":\"00\",\"language\":\"../..\",\"choices\":[2]}");
    uh_resume r;
    CHECK(uh_resume_load(path, &r) == 0);
    CHECK(r.language == NULL);
    uh_resume_clear(&r);
    free(path);
}

int main(void)
{
    uh_config_defaults(&cfg);
    snprintf(dir, sizeof dir, "%s", "/tmp/uh-resume-XXXXXX");
    const char *t = getenv("TMPDIR");
    if (t && *t && strlen(t) < 40)
        snprintf(dir, sizeof dir, "%s/uh-resume-XXXXXX", t);
    if (!mkdtemp(dir)) {
        perror(dir);
        return 1;
    }
    char de_dir[80];
    snprintf(de_dir, sizeof de_dir, "%s/de", dir);
    mkdir(de_dir, 0700);
    snprintf(en_path, sizeof en_path, "%s/minimal.lua", dir);
    snprintf(de_path, sizeof de_path, "%s/de/minimal.lua", dir);
    RUN(paused_in_english_resumes_in_german);
    RUN(paused_in_german_resumes_in_english);
    RUN(an_original_changed_after_the_pause_is_begun_again_in_either_language);
    RUN(a_translation_changed_after_the_pause_is_begun_again_in_either_language);
    RUN(a_translation_that_no_longer_matches_its_original_is_not_resumed_into);
    RUN(a_state_from_before_languages_resumes_only_in_its_own_file);
    RUN(a_forged_language_is_not_read_as_a_folder);
    char *files[] = {en_path, de_path, NULL};
    for (size_t i = 0; files[i]; i++)
        unlink(files[i]);
    char *state = uh_xasprintf("%s/state.json", dir), *forged = uh_xasprintf("%s/forged.json", dir);
    unlink(state);
    unlink(forged);
    free(state);
    free(forged);
    rmdir(de_dir);
    rmdir(dir);
    uh_config_free(&cfg);
    TEST_END();
}
