/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_migrate_config.c — `unhooked migrate-config [--config FILE]`: brings
 * a configuration written for Unhooked 0.1 to the current layout. The
 * package's postinst runs it on upgrade; running it again changes nothing.
 *
 * Unhooked 0.1 shipped /etc/unhooked/config.json with every setting spelt
 * out at its default, and `set-pin` wrote the PIN hash into it. Both made
 * upgrades hard: a new default never reached a machine that kept its file,
 * and the file, changed by a program, could not be updated without asking.
 * Now the configuration holds only what an administrator changed, the
 * defaults are built in, and the PIN hash has its own file. So this:
 *
 *  - moves kiosk.admin_pin_hash into the hash file beside the configuration
 *    (uh_pin_hash_path; mode 0640, the configuration's group), unless that
 *    file exists already (then it is the newer and wins), and takes the key
 *    out of the configuration;
 *  - when the file still has the whole 0.1 layout (every key of the file 0.1
 *    shipped), takes out every setting whose value is the 0.1 default, except
 *    the organisation and its security contact, which the current file shows
 *    for the administrator to fill in. A value the administrator changed
 *    stays, even one that later became the default.
 *
 * The file is replaced atomically, with its owner, group and mode, and only
 * when something changed. Exit 0 when done (or nothing to do, or no file),
 * 1 when the file is unreadable or invalid (then nothing is changed), 2 on
 * bad usage. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "../core/atomic.h"
#include "../core/i18n.h"
#include "../admin/pin.h"
#include "../core/config.h"
#include "../core/util.h"
#include "commands.h"

#define MIGRATE_USAGE N_("usage: unhooked migrate-config [--config FILE]\n")

/* The file Unhooked 0.1 installed as /etc/unhooked/config.json, byte for
 * byte. */
static const char legacy_0_1[] =
    "{\n"
    "\t\"organisation\": \"Your organisation\",\n"
    "\t\"security_contact\": {\n"
    "\t\t\"team\": \"Corporate Security\",\n"
    "\t\t\"phone\": \"+1 555 0100 (24/7)\",\n"
    "\t\t\"email\": \"security@example.com\"\n"
    "\t},\n"
    "\t\"report\": {\n"
    "\t\t\"to\": [\n"
    "\t\t\t{ \"id\": \"security\", \"label\": \"Corporate security\", \"credit\": 1 },\n"
    "\t\t\t{ \"id\": \"manager\", \"label\": \"My line manager\", \"credit\": 0.5 },\n"
    "\t\t\t{ \"id\": \"helpdesk\", \"label\": \"The IT helpdesk\", \"credit\": 0 },\n"
    "\t\t\t{ \"id\": \"contact\", \"label\": \"Ask the contact directly who they work for\", \"credit\": 0 }\n"
    "\t\t],\n"
    "\t\t\"how\": [\n"
    "\t\t\t{ \"id\": \"keep_evidence\", \"label\": \"Keep every message as it is, stop replying, and hand it all over\", \"correct\": true },\n"
    "\t\t\t{ \"id\": \"delete\", \"label\": \"Delete the messages so nothing can be found\", \"correct\": false },\n"
    "\t\t\t{ \"id\": \"keep_talking\", \"label\": \"Keep chatting to gather more evidence first\", \"correct\": false },\n"
    "\t\t\t{ \"id\": \"forward_personal\", \"label\": \"Forward everything to my personal email\", \"correct\": false },\n"
    "\t\t\t{ \"id\": \"post_publicly\", \"label\": \"Post a public warning about them so others are careful\", \"correct\": false }\n"
    "\t\t]\n"
    "\t},\n"
    "\t\"scoring\": {\n"
    "\t\t\"weights\": { \"timing\": 0.5, \"quality\": 0.3, \"spotting\": 0.2 },\n"
    "\t\t\"timing_step\": 0.2,\n"
    "\t\t\"timing_floor\": 0.2,\n"
    "\t\t\"pass_mark\": 70\n"
    "\t},\n"
    "\t\"limits\": {\n"
    "\t\t\"instructions\": 50000000,\n"
    "\t\t\"memory_mib\": 64\n"
    "\t},\n"
    "\t\"paths\": {\n"
    "\t\t\"scenarios\": null,\n"
    "\t\t\"results_db\": null,\n"
    "\t\t\"fonts\": null\n"
    "\t},\n"
    "\t\"allow_anonymous\": true,\n"
    "\t\"retention_days\": 0,\n"
    "\t\"kiosk\": {\n"
    "\t\t\"idle_timeout_s\": 90,\n"
    "\t\t\"idle_warning_s\": 15,\n"
    "\t\t\"admin_pin_hash\": null,\n"
    "\t\t\"pin_max_tries\": 5,\n"
    "\t\t\"pin_lockout_s\": 300\n"
    "\t},\n"
    "\t\"lrs\": {\n"
    "\t\t\"url\": null,\n"
    "\t\t\"username\": null,\n"
    "\t\t\"password\": null,\n"
    "\t\t\"homepage\": null\n"
    "\t}\n"
    "}\n";

/* Every key that file spells out, as JSON paths. */
static const char *const legacy_keys[] = {
    "organisation", "security_contact.team", "security_contact.phone",
    "security_contact.email", "report.to", "report.how", "scoring.weights.timing",
    "scoring.weights.quality", "scoring.weights.spotting", "scoring.timing_step",
    "scoring.timing_floor", "scoring.pass_mark", "limits.instructions", "limits.memory_mib",
    "paths.scenarios", "paths.results_db", "paths.fonts", "allow_anonymous",
    "retention_days", "kiosk.idle_timeout_s", "kiosk.idle_warning_s",
    "kiosk.admin_pin_hash", "kiosk.pin_max_tries", "kiosk.pin_lockout_s", "lrs.url",
    "lrs.username", "lrs.password", "lrs.homepage",
};

/* Kept even at their default: what the current file shows. */
static bool shown(const char *key)
{
    return strcmp(key, "organisation") == 0 || strncmp(key, "security_contact.", 17) == 0;
}

/* The node at a dotted JSON path, or NULL; *parent gets the object holding
 * it. */
static cJSON *find(cJSON *root, const char *key, cJSON **parent)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", key);
    cJSON *node = root, *up = NULL;
    char *save = NULL;
    for (char *part = strtok_r(buf, ".", &save); part && node; part = strtok_r(NULL, ".", &save)) {
        up = node;
        node = cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, part) : NULL;
    }
    if (parent)
        *parent = up;
    return node;
}

/* Removes objects left empty, below root. */
static void prune(cJSON *obj)
{
    cJSON *it = obj->child;
    while (it) {
        cJSON *next = it->next;
        if (cJSON_IsObject(it)) {
            prune(it);
            if (!it->child)
                cJSON_Delete(cJSON_DetachItemViaPointer(obj, it));
        }
        it = next;
    }
}

/* Appends key to a comma-separated list in a growing string. */
static void list_add(char **list, const char *key)
{
    char *l = *list ? uh_xasprintf("%s, %s", *list, key) : uh_xstrdup(key);
    free(*list);
    *list = l;
}

int uh_cmd_migrate_config(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
            path = argv[++i];
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(_(MIGRATE_USAGE), stdout);
            return 0;
        } else {
            fprintf(stderr, _("unhooked migrate-config: unexpected argument '%s'\n"), argv[i]);
            fputs(_(MIGRATE_USAGE), stderr);
            return 2;
        }
    }
    if (!path) {
        const char *env = getenv("UNHOOKED_CONFIG");
        path = env && *env ? env : UH_SYSTEM_CONFIG;
    }

    int status = 1, removed = 0;
    bool changed = false;
    uh_error err;
    char buf[1400];
    char *text = NULL, *out = NULL, *hash_path = NULL, *kept = NULL;
    cJSON *root = NULL, *legacy = NULL;
    uh_config check = {0};
    struct stat st;

    if (stat(path, &st) != 0 && errno == ENOENT) {
        printf(_("unhooked migrate-config: no %s, nothing to migrate\n"), path);
        return 0;
    }
    /* Only a file the program accepts is migrated. */
    if (uh_config_load(&check, path, &err) != 0 || !(text = uh_read_file(path, NULL, &err)))
        goto fail;
    uh_config_free(&check);
    root = cJSON_Parse(text);
    legacy = cJSON_Parse(legacy_0_1);
    if (!root || !legacy) {
        uh_error_set(&err, path, 0, _("out of memory"));
        goto fail;
    }

    bool old_layout = true;
    for (size_t i = 0; i < sizeof legacy_keys / sizeof *legacy_keys; i++)
        old_layout = old_layout && find(root, legacy_keys[i], NULL);

    /* The PIN hash. */
    cJSON *kiosk = NULL;
    cJSON *h = find(root, "kiosk.admin_pin_hash", &kiosk);
    if (cJSON_IsString(h)) {
        hash_path = uh_pin_hash_path(path);
        struct stat hs;
        if (stat(hash_path, &hs) == 0) {
            printf(_("unhooked migrate-config: %s exists, so the PIN hash in %s is an old one: "
                   "dropped\n"), hash_path, path);
        } else if (uh_pin_write_hash(hash_path, h->valuestring, st.st_gid, &err) != 0) {
            goto fail;
        } else {
            printf(_("unhooked migrate-config: moved the admin PIN hash from %s to %s\n"), path,
                   hash_path);
        }
        cJSON_DeleteItemFromObjectCaseSensitive(kiosk, "admin_pin_hash");
        changed = true;
    }

    /* The 0.1 defaults. */
    if (old_layout) {
        for (size_t i = 0; i < sizeof legacy_keys / sizeof *legacy_keys; i++) {
            const char *key = legacy_keys[i];
            cJSON *parent = NULL, *node = find(root, key, &parent);
            if (!node)
                continue;
            if (!shown(key) && cJSON_Compare(node, find(legacy, key, NULL), true)) {
                cJSON_Delete(cJSON_DetachItemViaPointer(parent, node));
                removed++;
            } else if (!shown(key)) {
                list_add(&kept, key);
            }
        }
        prune(root);
        changed = changed || removed > 0;
    }
    if (!changed) {
        printf(_("unhooked migrate-config: %s is in the current layout, nothing to migrate\n"), path);
        status = 0;
        goto done;
    }

    out = cJSON_Print(root);
    if (!out) {
        uh_error_set(&err, path, 0, _("out of memory"));
        goto fail;
    }
    size_t len = strlen(out);
    out = uh_xrealloc(out, len + 2);
    out[len++] = '\n';
    out[len] = '\0';
    if (uh_config_load_text(&check, out, path, &err) != 0)  /* never: only keys went */
        goto fail;
    if (uh_atomic_write(path, out, len, st.st_mode & 07777, &err) != 0)
        goto fail;
    if (removed)
        printf(_("unhooked migrate-config: took %d settings that only repeated the 0.1 defaults "
               "out of %s (the defaults are built in now); kept the ones you changed: %s\n"),
               removed, path, kept ? kept : "none");
    status = 0;
    goto done;
fail:
    fprintf(stderr, _("unhooked migrate-config: %s\nunhooked migrate-config: nothing was changed\n"),
            uh_error_format(&err, buf, sizeof buf));
done:
    free(text);
    free(out);
    free(hash_path);
    free(kept);
    cJSON_Delete(root);
    cJSON_Delete(legacy);
    uh_config_free(&check);
    return status;
}
