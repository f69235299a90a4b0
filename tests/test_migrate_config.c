/* SPDX-License-Identifier: Apache-2.0 */
/* test_migrate_config.c — `unhooked migrate-config`, which the package's
 * postinst runs on an upgrade from 0.1: the PIN hash moves out of the
 * configuration into its own file, the settings that only repeated the 0.1
 * defaults go (so later defaults reach the machine), what the administrator
 * changed stays, and a second run changes nothing.
 *
 * usage: test_migrate_config PATH-TO-unhooked PATH-TO-0.1-config.json */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "admin/pin.h"
#include "core/config.h"
#include "core/util.h"
#include "store/tmpdir.h"
#include "testing.h"

static const char *unhooked, *legacy_path;
static char out_buf[8192];
static char *const output = out_buf;  /* what the last run printed */

/* Runs `unhooked migrate-config --config cfg`; returns the exit status and
 * leaves stdout and stderr in output. */
static int migrate(const char *cfg)
{
    int out[2];
    if (pipe(out))
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(out[1], 2);
        close(out[0]);
        execl(unhooked, unhooked, "migrate-config", "--config", cfg, (char *)NULL);
        _exit(127);
    }
    close(out[1]);
    size_t n = 0;
    ssize_t r;
    while ((r = read(out[0], output + n, sizeof out_buf - 1 - n)) > 0)
        n += (size_t)r;
    output[n] = '\0';
    close(out[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The 0.1 file as `set-pin` 0.1 left it: the shipped defaults, re-printed
 * by cJSON with the hash in, and edit() applied. Written to dir/config.json
 * (dir is made); returns that path. */
static const char *old_config(const char *dir, const char *hash, void (*edit)(cJSON *))
{
    mkdir(uh_tmp(dir), 0755);
    char name[128];
    snprintf(name, sizeof name, "%s/config.json", dir);
    const char *path = uh_tmp(name);
    char *text = uh_read_file(legacy_path, NULL, NULL);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    free(text);
    if (!root)
        return path;
    if (hash)
        cJSON_ReplaceItemInObjectCaseSensitive(cJSON_GetObjectItemCaseSensitive(root, "kiosk"),
                                               "admin_pin_hash", cJSON_CreateString(hash));
    if (edit)
        edit(root);
    char *out = cJSON_Print(root);
    FILE *f = fopen(path, "w");
    fprintf(f, "%s\n", out);
    fclose(f);
    free(out);
    cJSON_Delete(root);
    return path;
}

/* The top-level and second-level keys of the JSON file at path, as
 * "a,b.c,..." in file order. */
static char *keys_of(const char *path)
{
    char *text = uh_read_file(path, NULL, NULL);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    free(text);
    char *list = uh_xstrdup("");
    for (cJSON *a = root ? root->child : NULL; a; a = a->next) {
        for (cJSON *b = cJSON_IsObject(a) ? a->child : NULL; b; b = b->next) {
            char *l = uh_xasprintf("%s%s%s.%s", list, *list ? "," : "", a->string, b->string);
            free(list);
            list = l;
        }
        if (!cJSON_IsObject(a)) {
            char *l = uh_xasprintf("%s%s%s", list, *list ? "," : "", a->string);
            free(list);
            list = l;
        }
    }
    cJSON_Delete(root);
    return list;
}

static char hash[UH_PIN_HASH_SIZE];

TEST(an_untouched_0_1_file_after_set_pin_keeps_only_the_organisation)
{
    const char *cfg = old_config("plain", hash, NULL);
    chmod(cfg, 0640);
    CHECK(migrate(cfg) == 0);
    CHECK_HAS(output, "moved the admin PIN hash");
    CHECK_HAS(output, "kept the ones you changed: none");
    char *keys = keys_of(cfg);
    CHECK_STR(keys, "organisation,security_contact.team,security_contact.phone,"
                    "security_contact.email");
    free(keys);
    /* The hash moved byte for byte and still opens the kiosk. */
    char *h = NULL;
    uh_error e;
    CHECK(uh_pin_read_hash(uh_tmp("plain/admin-pin.hash"), &h, &e) == 0);
    CHECK(h && strcmp(h, hash) == 0);
    CHECK(uh_pin_verify(h, "480213"));
    free(h);
    struct stat st;
    CHECK(stat(uh_tmp("plain/admin-pin.hash"), &st) == 0 && (st.st_mode & 0777) == 0640);
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 0777) == 0640);  /* mode kept */
    /* Every setting is what it was: the defaults are built in. */
    uh_config now, def;
    CHECK(uh_config_load(&now, cfg, &e) == 0);
    uh_config_defaults(&def);
    CHECK(now.admin_pin_hash == NULL);
    CHECK(now.scoring.pass_mark == def.scoring.pass_mark && now.nto == def.nto &&
          now.nhow == def.nhow && now.idle_timeout_s == def.idle_timeout_s);
    CHECK(uh_pin_load_configured(&now, &e) == 0 && uh_pin_verify(now.admin_pin_hash, "480213"));
    uh_config_free(&now);
    uh_config_free(&def);
}

static void admin_edits(cJSON *root)
{
    cJSON_ReplaceItemInObjectCaseSensitive(root, "organisation", cJSON_CreateString("Acme Drives"));
    cJSON *scoring = cJSON_GetObjectItemCaseSensitive(root, "scoring");
    cJSON_ReplaceItemInObjectCaseSensitive(scoring, "pass_mark", cJSON_CreateNumber(80));
    cJSON *lrs = cJSON_GetObjectItemCaseSensitive(root, "lrs");
    cJSON_ReplaceItemInObjectCaseSensitive(lrs, "url", cJSON_CreateString("https://lrs.acme.example/xapi/"));
    cJSON *to = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(root, "report"), "to");
    cJSON_DeleteItemFromArray(to, 3);  /* no "ask the contact" option here */
}

TEST(what_the_administrator_changed_stays)
{
    const char *cfg = old_config("edited", hash, admin_edits);
    CHECK(migrate(cfg) == 0);
    CHECK_HAS(output, "scoring.pass_mark");
    char *keys = keys_of(cfg);
    CHECK_STR(keys, "organisation,security_contact.team,security_contact.phone,"
                    "security_contact.email,report.to,scoring.pass_mark,lrs.url");
    free(keys);
    uh_config c;
    uh_error e;
    CHECK(uh_config_load(&c, cfg, &e) == 0);
    CHECK_STR(c.organisation, "Acme Drives");
    CHECK(c.scoring.pass_mark == 80 && c.nto == 3);
    CHECK_STR(c.lrs_url, "https://lrs.acme.example/xapi/");
    CHECK(c.nhow == 5);  /* from the built-in defaults */
    uh_config_free(&c);
}

TEST(a_second_run_changes_nothing)
{
    const char *cfg = old_config("twice", hash, admin_edits);
    CHECK(migrate(cfg) == 0);
    char *once = uh_read_file(cfg, NULL, NULL);
    char *hash_once = uh_read_file(uh_tmp("twice/admin-pin.hash"), NULL, NULL);
    CHECK(migrate(cfg) == 0);
    CHECK_HAS(output, "nothing to migrate");
    char *again = uh_read_file(cfg, NULL, NULL);
    char *hash_again = uh_read_file(uh_tmp("twice/admin-pin.hash"), NULL, NULL);
    CHECK_STR(again, once);
    CHECK_STR(hash_again, hash_once);
    free(once);
    free(again);
    free(hash_once);
    free(hash_again);
}

TEST(a_current_file_keeps_even_default_values)
{
    /* Written for 0.2: the administrator spelt out a default on purpose. */
    mkdir(uh_tmp("current"), 0755);
    const char *cfg = uh_tmp("current/config.json");
    const char *body = "{ \"organisation\": \"Acme\", \"scoring\": { \"pass_mark\": 70 } }\n";
    FILE *f = fopen(cfg, "w");
    fputs(body, f);
    fclose(f);
    CHECK(migrate(cfg) == 0);
    CHECK_HAS(output, "nothing to migrate");
    char *after = uh_read_file(cfg, NULL, NULL);
    CHECK_STR(after, body);
    free(after);
}

TEST(a_newer_hash_file_wins_over_the_old_hash)
{
    const char *cfg = old_config("newer", "$y$j9T$stale$stale", NULL);
    uh_error e;
    CHECK(uh_pin_write_hash(uh_tmp("newer/admin-pin.hash"), hash, (gid_t)-1, &e) == 0);
    CHECK(migrate(cfg) == 0);
    CHECK_HAS(output, "dropped");
    char *h = NULL;
    CHECK(uh_pin_read_hash(uh_tmp("newer/admin-pin.hash"), &h, &e) == 0);
    CHECK(h && strcmp(h, hash) == 0);
    free(h);
    char *text = uh_read_file(cfg, NULL, NULL);
    CHECK(text && !strstr(text, "stale") && !strstr(text, "admin_pin_hash"));
    free(text);
}

TEST(a_broken_or_missing_file_is_left_as_it_is)
{
    CHECK(migrate(uh_tmp("none/config.json")) == 0);
    CHECK_HAS(output, "nothing to migrate");
    mkdir(uh_tmp("broken"), 0755);
    const char *cfg = uh_tmp("broken/config.json");
    const char *bodies[] = {"{ \"organisation\": ", "{ \"kiosk\": { \"pin\": 1 } }"};
    for (size_t i = 0; i < 2; i++) {
        FILE *f = fopen(cfg, "w");
        fputs(bodies[i], f);
        fclose(f);
        CHECK_MSG(migrate(cfg) == 1, "body %zu", i);
        CHECK_HAS(output, "broken/config.json");
        CHECK_HAS(output, "nothing was changed");
        char *after = uh_read_file(cfg, NULL, NULL);
        CHECK_STR(after, bodies[i]);
        free(after);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_migrate_config PATH-TO-unhooked PATH-TO-0.1-config.json\n");
        return 2;
    }
    unhooked = argv[1];
    legacy_path = argv[2];
    uh_error e;
    if (uh_pin_hash("480213", hash, &e) != 0) {
        fprintf(stderr, "cannot hash: %s\n", e.msg);
        return 1;
    }
    RUN(an_untouched_0_1_file_after_set_pin_keeps_only_the_organisation);
    RUN(what_the_administrator_changed_stays);
    RUN(a_second_run_changes_nothing);
    RUN(a_current_file_keeps_even_default_values);
    RUN(a_newer_hash_file_wins_over_the_old_hash);
    RUN(a_broken_or_missing_file_is_left_as_it_is);
    TEST_END();
}
