/* SPDX-License-Identifier: Apache-2.0 */
/* config.h — the one JSON configuration file, with embedded defaults.
 *
 * Every field has a default, so no file is needed. A file overrides any
 * subset; an unknown key, a value of the wrong type or out of range, a
 * key given twice or a second JSON value after the first is refused with a
 * message naming the key (as a JSON path, e.g. "scoring.weights.timing"). */
#ifndef UH_CONFIG_H
#define UH_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "scoring.h"

typedef struct uh_report_to {
    char *id, *label;
    double credit;  /* 0..1; 1 means "the right place" (needed to pass) */
} uh_report_to;

typedef struct uh_report_how {
    char *id, *label;
    bool correct;
} uh_report_how;

typedef struct uh_limits {
    long long instructions;  /* VM instructions per call into a script */
    size_t memory;           /* bytes per scenario */
    int time_ms;             /* wall time per call into a script */
    int scene_time_ms;       /* wall time of all the calls made to load a
                                file or to show one scene, together */
} uh_limits;

/* Accessibility (issue 14): what a session starts with. A trainee changes
 * the text size, contrast and motion on the sign-in or attract screen for
 * their own session; the kiosk's wipe returns to these. */
typedef struct uh_accessibility {
    int text_size;        /* percent: one of UH_TEXT_SIZES */
    bool high_contrast;   /* the high-contrast palette */
    bool reduced_motion;  /* no fades or animations */
    bool read_aloud;      /* trainees may have text read aloud (eSpeak NG) */
} uh_accessibility;

/* The text sizes offered, in percent, smallest first. */
#define UH_TEXT_SIZES {100, 150, 200}
#define UH_TEXT_SIZE_COUNT 3

/* The largest configuration file read (bytes). */
#define UH_CONFIG_MAX ((size_t)1 << 20)

typedef struct uh_config {
    char *organisation;
    char *security_team, *security_phone, *security_email;
    uh_report_to *to;
    size_t nto;
    uh_report_how *how;
    size_t nhow;
    uh_scoring scoring;
    uh_limits limits;
    char *scenarios_dir;   /* NULL: search the defaults (see uh_config_scenarios_dir) */
    char *results_db;      /* NULL: $XDG_DATA_HOME/unhooked/results.db */
    char *fonts_dir;       /* NULL: the Debian font locations */
    bool allow_anonymous;  /* the sign-in screen offers "continue anonymously" */
    int retention_days;    /* 0 = keep results forever */
    /* Kiosk mode. */
    int idle_timeout_s;    /* seconds without input before the warning */
    int idle_warning_s;    /* length of the visible countdown */
    char *admin_pin_hash;  /* crypt(3) hash, NULL = no PIN set; the 0.1 layout kept it
                              here, now it comes from uh_pin_load_configured */
    int pin_max_tries;
    int pin_lockout_s;
    /* Learning record store. */
    char *lrs_url, *lrs_username, *lrs_password;
    char *lrs_homepage;    /* xAPI account homePage and IRI base; NULL: https://unhooked.example */
    uh_accessibility a11y;
    bool export_csv_bom;   /* CSV exports begin with a UTF-8 byte-order mark */
    /* Audience ids (catalog.h) the window offers scenarios for; none: all. */
    char **audiences;
    size_t naudiences;
    /* The language trainees start in (i18n.h code, "en", "de"); NULL: the
     * environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. */
    char *language;
    char *source;  /* file the config came from, or NULL for the defaults */
} uh_config;

/* Fills cfg with the embedded defaults. Free with uh_config_free. */
void uh_config_defaults(uh_config *cfg);

/* Loads defaults, then overrides them from the JSON file at path (path NULL
 * means defaults only). On failure cfg holds the defaults, err names the
 * file and the offending key, and -1 is returned. */
int uh_config_load(uh_config *cfg, const char *path, uh_error *err);

/* Same, from a JSON text; name is used in messages. */
int uh_config_load_text(uh_config *cfg, const char *json, const char *name, uh_error *err);

/* The system configuration file. */
#define UH_SYSTEM_CONFIG "/etc/unhooked/config.json"

/* The config file to use when none is given: $UNHOOKED_CONFIG, else
 * /etc/unhooked/config.json when it exists, else NULL (defaults). */
const char *uh_config_default_path(void);

/* The scenarios folder: the configured one, else $UNHOOKED_SCENARIOS, else
 * ./scenarios, else the folder beside the executable's ../scenarios, else
 * the installed data folder. Returns a string the caller frees. */
char *uh_config_scenarios_dir(const uh_config *cfg);

/* The results database path: the configured one, else
 * $XDG_DATA_HOME/unhooked/results.db (~/.local/share/...). Caller frees. */
char *uh_config_results_db(const uh_config *cfg);

/* Replaces cfg's audiences with the comma-separated ids in list (the
 * window's `--only research,sales`). Returns 0, or -1 with err naming the
 * unknown id; cfg is unchanged on failure. */
int uh_config_set_audiences(uh_config *cfg, const char *list, uh_error *err);

/* Looks up a report option by id; NULL when unknown. */
const uh_report_to *uh_config_find_to(const uh_config *cfg, const char *id);
const uh_report_how *uh_config_find_how(const uh_config *cfg, const char *id);

/* Frees everything cfg owns and zeroes it. Accepts NULL. */
void uh_config_free(uh_config *cfg);

#endif
