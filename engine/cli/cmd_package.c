/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_package.c — `unhooked package --cmi5 | --scorm12 | --scorm2004 -o FILE.zip`:
 * a course for a learning management system, with the web player, the
 * core compiled to WebAssembly, the scenarios and the configuration.
 *
 *   --cmi5       cmi5.xml: one AU per scenario, moveOn CompletedAndPassed,
 *                masteryScore = pass mark / 100, launch method AnyWindow
 *   --scorm12    imsmanifest.xml for SCORM 1.2: one SCO per scenario
 *   --scorm2004  imsmanifest.xml for SCORM 2004 4th edition: one SCO per
 *                scenario, passed by measure at pass mark / 100
 *
 * Each scenario's translations (scenarios/LANG/NAME.lua, translation.h)
 * go beside it, checked against the original as `unhooked check` does, and
 * course.json names them with the languages the player speaks (i18n.h)
 * and the configured default language; the player's catalogs
 * (i18n/LANG.js, made by tools/web.sh from po/LANG.po) come with the player.
 * --language LANG (repeatable) keeps to the languages named: only their
 * translations and catalogs go in, and the player offers only them (the
 * English originals always go in: they are the scenarios).
 *
 * The player's files come from the web build (tools/web.sh): --player DIR,
 * else $UNHOOKED_WEB_DIR, else build-web/player beside the executable's
 * folder or in the current folder, else the installed data folder. Only the
 * parts of the configuration the player uses are shipped (organisation,
 * security contact, report options, scoring, limits): never the admin PIN
 * hash, the LRS credentials or local paths.
 *
 * libzip is loaded (dlopen) only here: it brings OpenSSL's libcrypto, some
 * 1.6 MB of resident memory and its load time in every start of the window
 * and of the other commands otherwise. Only its header is used at build
 * time; UNHOOKED_LIBZIP names another file (for tests).
 *
 * Exit 0: written. 1: a scenario or the player is missing or broken, or
 * libzip is missing, or the file could not be written. 2: bad usage or
 * configuration. */
#include <dlfcn.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <libdeflate.h>
#include <zip.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../core/scenario.h"
#include "../core/translation.h"
#include "../core/util.h"
#include "commands.h"

/* libzip's functions, from the library load_zip loads; the calls below
 * keep libzip's names. */
static struct {
    void *lib;
    zip_t *(*open)(const char *, int, int *);
    void (*error_init_with_code)(zip_error_t *, int);
    const char *(*error_strerror)(zip_error_t *);
    void (*error_fini)(zip_error_t *);
    int (*close)(zip_t *);
    const char *(*strerror)(zip_t *);
    void (*discard)(zip_t *);
    zip_source_t *(*source_function)(zip_t *, zip_source_callback, void *);
    zip_int64_t (*source_make_command_bitmap)(zip_source_cmd_t, ...);
    void (*stat_init)(zip_stat_t *);
    zip_int64_t (*error_to_data)(const zip_error_t *, void *, zip_uint64_t);
    zip_int64_t (*file_add)(zip_t *, const char *, zip_source_t *, zip_flags_t);
    void (*source_free)(zip_source_t *);
    int (*set_file_compression)(zip_t *, zip_uint64_t, zip_int32_t, zip_uint32_t);
    int (*file_set_mtime)(zip_t *, zip_uint64_t, time_t, zip_flags_t);
} lz;
#define zip_open lz.open
#define zip_error_init_with_code lz.error_init_with_code
#define zip_error_strerror lz.error_strerror
#define zip_error_fini lz.error_fini
#define zip_close lz.close
#define zip_strerror lz.strerror
#define zip_discard lz.discard
#define zip_source_function lz.source_function
#define zip_source_make_command_bitmap lz.source_make_command_bitmap
#define zip_stat_init lz.stat_init
#define zip_error_to_data lz.error_to_data
#define zip_file_add lz.file_add
#define zip_source_free lz.source_free
#define zip_set_file_compression lz.set_file_compression
#define zip_file_set_mtime lz.file_set_mtime

/* Loads libzip once (it stays loaded). -1 after printing what to install. */
static int load_zip(void)
{
    if (lz.lib)
        return 0;
    const char *env = getenv("UNHOOKED_LIBZIP"), *name = env && *env ? env : "libzip.so.4";
    void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "unhooked package: cannot load libzip, which writing a package needs (%s); "
                        "install Debian's libzip4 package\n", dlerror());
        return -1;
    }
    static const char *const names[] = {
        "zip_open",          "zip_error_init_with_code", "zip_error_strerror",
        "zip_error_fini",    "zip_close",                "zip_strerror",
        "zip_discard",       "zip_source_function",      "zip_file_add",
        "zip_source_free",   "zip_set_file_compression", "zip_file_set_mtime",
        "zip_source_make_command_bitmap", "zip_stat_init", "zip_error_to_data"};
    void *fns[sizeof names / sizeof *names];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!(fns[i] = dlsym(lib, names[i]))) {
            fprintf(stderr, "unhooked package: %s is not a usable libzip: it has no %s\n", name, names[i]);
            dlclose(lib);
            return -1;
        }
    /* POSIX: a function pointer travels through void * (dlsym's own rule). */
    size_t i = 0;
#define TAKE(f) memcpy(&lz.f, &fns[i++], sizeof(void *))
    TAKE(open);
    TAKE(error_init_with_code);
    TAKE(error_strerror);
    TAKE(error_fini);
    TAKE(close);
    TAKE(strerror);
    TAKE(discard);
    TAKE(source_function);
    TAKE(file_add);
    TAKE(source_free);
    TAKE(set_file_compression);
    TAKE(file_set_mtime);
    TAKE(source_make_command_bitmap);
    TAKE(stat_init);
    TAKE(error_to_data);
#undef TAKE
    lz.lib = lib;
    return 0;
}

#define PACKAGE_USAGE                                                                          \
    N_("usage: unhooked package (--cmi5 | --scorm12 | --scorm2004) -o FILE.zip [--scenario ID]...\n" \
       "                        [--language LANG]... [--config FILE] [--player DIR]\n")

typedef enum format { FMT_NONE, FMT_CMI5, FMT_SCORM12, FMT_SCORM2004 } format;

static const char *format_id(format f)
{
    return f == FMT_CMI5 ? "cmi5" : f == FMT_SCORM12 ? "scorm12" : "scorm2004";
}

/* The files the player needs, all in one folder, and the catalog of each
 * language but English (i18n/LANG.js). The last, npm's cmi5 library, goes
 * only into cmi5 packages (the player loads it for a cmi5 launch only). */
static const char *const player_static[] = {
    "index.html", "player.css", "player.js", "lms.js", "core.js", "i18n.js",
    "unhooked-core.js", "unhooked-core.wasm", "cmi5.umd.js",
};
#define NSTATIC (sizeof player_static / sizeof *player_static)
#define MAX_LANGS 16

/* The languages the package offers, by index in uh_languages: those named
 * by --language, else all. English, the language the scenarios are written
 * in, is in every package whatever this says (the originals, their titles
 * in the manifests); this decides which translations and catalogs go in
 * and which languages the player offers. Set once by uh_cmd_package. */
static bool offered[MAX_LANGS];

static bool in_package(size_t l)
{
    return l == 0 || (l < MAX_LANGS && offered[l]);
}

/* The player's files for a package of format f; FMT_NONE: all of them,
 * every catalog too. */
static uh_strv player_files_list(format f)
{
    uh_strv v = {0};
    for (size_t i = 0; i < NSTATIC; i++)
        if (f == FMT_NONE || f == FMT_CMI5 || strcmp(player_static[i], "cmi5.umd.js") != 0)
            uh_strv_push(&v, player_static[i]);
    for (const uh_language *l = uh_languages + 1; l->code; l++) {
        if (f != FMT_NONE && !in_package((size_t)(l - uh_languages)))
            continue;
        char *f = uh_xasprintf("i18n/%s.js", l->code);
        uh_strv_push(&v, f);
        free(f);
    }
    return v;
}

static bool player_complete(const char *dir)
{
    uh_strv files = player_files_list(FMT_NONE);
    bool ok = true;
    for (size_t i = 0; ok && i < files.n; i++) {
        char *p = uh_xasprintf("%s/%s", dir, files.v[i]);
        ok = access(p, R_OK) == 0;
        free(p);
    }
    uh_strv_free(&files);
    return ok;
}

/* The player folder, as the header comment says; NULL when none is
 * complete. Caller frees. */
static char *find_player(const char *given)
{
    if (given)
        return uh_xstrdup(given);
    const char *env = getenv("UNHOOKED_WEB_DIR");
    if (env && *env)
        return uh_xstrdup(env);
    char *exe = uh_exe_dir();
    if (exe) {
        char *p = uh_xasprintf("%s/../build-web/player", exe);
        free(exe);
        if (player_complete(p))
            return p;
        free(p);
    }
    if (player_complete("build-web/player"))
        return uh_xstrdup("build-web/player");
    if (player_complete(UH_DATA_DIR "/web"))
        return uh_xstrdup(UH_DATA_DIR "/web");
    return NULL;
}

/* A growing text buffer for the manifests. */
typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s)
{
    size_t k = strlen(s);
    if (b->n + k + 1 > b->cap) {
        b->cap = (b->n + k + 1) * 2;
        b->s = uh_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, k + 1);
    b->n += k;
}

static void putf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(buf *b, const char *fmt, ...)
{
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = uh_xmalloc((size_t)(k < 0 ? 0 : k) + 1);
    vsnprintf(s, (size_t)(k < 0 ? 0 : k) + 1, fmt, aq);
    va_end(aq);
    put(b, s);
    free(s);
}

/* Text escaped for XML content and attributes. */
static void put_xml(buf *b, const char *s)
{
    for (; s && *s; s++) {
        char c[2] = {*s, 0};
        put(b, *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : *s == '"' ? "&quot;" : c);
    }
}

typedef struct item {
    const uh_scenario *sc;
    char *file;  /* path inside the package: scenarios/NAME.lua */
    /* Its translations, by the index of their language in uh_languages
     * (0, English, is the original): scenarios/LANG/NAME.lua. */
    uh_scenario *tr[MAX_LANGS];
    char *tr_file[MAX_LANGS];
} item;

/* How a text in several languages is written: cmi5's langstring, IEEE
 * LOM's string (SCORM 2004's metadata) or IMS Meta-data 1.2.1's
 * langstring (SCORM 1.2's). */
typedef enum lang_form { LF_CMI5, LF_LOM, LF_IMSMD } lang_form;

/* A langstring per language the course has the text in: the program's
 * words msgid, looked up in each language's catalog; or, with msgid NULL,
 * the title (or summary) of the item's scenario: the original and each translation. */
static void put_langstrings_as(buf *b, lang_form form, const char *msgid, const item *it, bool summary)
{
    const char *was = uh_i18n_language()->code;
    for (size_t l = 0; uh_languages[l].code && l < MAX_LANGS; l++) {
        if (!in_package(l))
            continue;
        const char *text;
        if (msgid) {
            uh_i18n_set_language(uh_languages[l].code);
            text = _(msgid);
        } else {
            const uh_scenario *sc = l == 0 ? it->sc : it->tr[l];
            text = sc ? (summary ? sc->summary : sc->title) : NULL;
        }
        if (!text)
            continue;
        putf(b, form == LF_CMI5  ? "<langstring lang=\"%s\">"
                : form == LF_LOM ? "<lom:string language=\"%s\">"
                                 : "<imsmd:langstring xml:lang=\"%s\">",
             uh_languages[l].tag);
        put_xml(b, text);
        put(b, form == LF_CMI5 ? "</langstring>" : form == LF_LOM ? "</lom:string>" : "</imsmd:langstring>");
    }
    uh_i18n_set_language(was);
}

static void put_langstrings(buf *b, const char *msgid, const item *it, bool summary)
{
    put_langstrings_as(b, LF_CMI5, msgid, it, summary);
}

#define COURSE_TITLE N_("Unhooked: counterintelligence awareness")
#define COURSE_DESCRIPTION                                                                              \
    N_("Interactive scenarios on how foreign intelligence services approach employees, and how "        \
       "to report an approach.")

/* SCORM's metadata for the course (it == NULL) or an item: a title and a
 * description in every language there is, and the languages, as LOM (SCORM
 * 2004) or IMS Meta-data 1.2.1 (SCORM 1.2). An IMS content package's own
 * <title> is a plain string in one language; this is where the others go,
 * for the LMSs that read them. */
static void scorm_lom(buf *b, bool v12, const item *it, const char *indent)
{
    const char *p = v12 ? "imsmd:" : "lom:";
    putf(b, "%s<%slom><%sgeneral>\n%s  <%stitle>", indent, p, p, indent, p);
    put_langstrings_as(b, v12 ? LF_IMSMD : LF_LOM, it ? NULL : COURSE_TITLE, it, false);
    putf(b, "</%stitle>\n", p);
    for (size_t l = 0; uh_languages[l].code && l < MAX_LANGS; l++)
        if (in_package(l) && (!it || l == 0 || it->tr[l]))
            putf(b, "%s  <%slanguage>%s</%slanguage>\n", indent, p, uh_languages[l].tag, p);
    putf(b, "%s  <%sdescription>", indent, p);
    put_langstrings_as(b, v12 ? LF_IMSMD : LF_LOM, it ? NULL : COURSE_DESCRIPTION, it, true);
    putf(b, "</%sdescription>\n%s</%sgeneral></%slom>\n", p, indent, p, p);
}

/* cmi5.xml: the course's and each AU's title and description in every
 * language there is (cmi5 allows a langstring per language, and an LMS
 * shows its learner the one in their language). */
static void cmi5_xml(buf *b, const item *items, size_t n, const uh_config *cfg, const char *base)
{
    put(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n");
    putf(b, "  <course id=\"%s/course/unhooked\">\n    <title>", base);
    put_langstrings(b, COURSE_TITLE, NULL, false);
    put(b, "</title>\n    <description>");
    put_langstrings(b, COURSE_DESCRIPTION, NULL, false);
    put(b, "</description>\n  </course>\n");
    for (size_t i = 0; i < n; i++) {
        const uh_scenario *sc = items[i].sc;
        putf(b, "  <au id=\"%s/scenario/", base);
        put_xml(b, sc->id);
        putf(b, "\" moveOn=\"CompletedAndPassed\" masteryScore=\"%g\" launchMethod=\"AnyWindow\">\n",
             cfg->scoring.pass_mark / 100.0);
        put(b, "    <title>");
        put_langstrings(b, NULL, &items[i], false);
        put(b, "</title>\n    <description>");
        put_langstrings(b, NULL, &items[i], true);
        put(b, "</description>\n    <url>index.html?scenario=");
        put_xml(b, sc->id);
        put(b, "</url>\n  </au>\n");
    }
    put(b, "</courseStructure>\n");
}

/* The title in the package's default language (index deflang of
 * uh_languages): the scenario's translation, else its original; with it
 * NULL, the course's. */
static void put_default_title(buf *b, const item *it, size_t deflang)
{
    if (it) {
        put_xml(b, deflang < MAX_LANGS && it->tr[deflang] ? it->tr[deflang]->title : it->sc->title);
        return;
    }
    const char *was = uh_i18n_language()->code;
    uh_i18n_set_language(uh_languages[deflang].code);
    put_xml(b, _(COURSE_TITLE));
    uh_i18n_set_language(was);
}

/* imsmanifest.xml. The organisation's and each item's <title> are in the
 * package's default language (IMS content packaging has one plain string
 * there); the metadata beside them has every language (scorm_lom). */
static void scorm_xml(buf *b, format f, const item *items, size_t n, const uh_config *cfg, size_t deflang,
                      const char *const *files, size_t nfiles)
{
    bool v12 = f == FMT_SCORM12;
    put(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (v12)
        put(b, "<manifest identifier=\"unhooked-course\" version=\"1.0\"\n"
               "  xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n"
               "  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n"
               "  xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1\"\n"
               "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "  xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
               "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
               "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n"
               "  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n");
    else
        put(b, "<manifest identifier=\"unhooked-course\" version=\"1\"\n"
               "  xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n"
               "  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n"
               "  xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n"
               "  xmlns:lom=\"http://ltsc.ieee.org/xsd/LOM\"\n"
               "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "  xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd "
               "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
               "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd "
               "http://ltsc.ieee.org/xsd/LOM lom.xsd\">\n"
               "  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n");
    scorm_lom(b, v12, NULL, "    ");
    put(b, "  </metadata>\n");
    put(b, "  <organizations default=\"unhooked\">\n    <organization identifier=\"unhooked\">\n      <title>");
    put_default_title(b, NULL, deflang);
    put(b, "</title>\n");
    for (size_t i = 0; i < n; i++) {
        const uh_scenario *sc = items[i].sc;
        put(b, "      <item identifier=\"item-");
        put_xml(b, sc->id);
        put(b, "\" identifierref=\"sco-");
        put_xml(b, sc->id);
        put(b, "\">\n        <title>");
        put_default_title(b, &items[i], deflang);
        put(b, "</title>\n        <metadata>\n");
        scorm_lom(b, v12, &items[i], "          ");
        put(b, "        </metadata>\n");
        if (v12)
            putf(b, "        <adlcp:masteryscore>%d</adlcp:masteryscore>\n", (int)(cfg->scoring.pass_mark + 0.5));
        else
            putf(b, "        <imsss:sequencing>\n          <imsss:objectives>\n"
                    "            <imsss:primaryObjective objectiveID=\"passed\" satisfiedByMeasure=\"true\">\n"
                    "              <imsss:minNormalizedMeasure>%g</imsss:minNormalizedMeasure>\n"
                    "            </imsss:primaryObjective>\n          </imsss:objectives>\n"
                    "        </imsss:sequencing>\n", cfg->scoring.pass_mark / 100.0);
        put(b, "      </item>\n");
    }
    put(b, "    </organization>\n  </organizations>\n  <resources>\n");
    const char *type = v12 ? "adlcp:scormtype" : "adlcp:scormType";
    for (size_t i = 0; i < n; i++) {
        const uh_scenario *sc = items[i].sc;
        put(b, "    <resource identifier=\"sco-");
        put_xml(b, sc->id);
        putf(b, "\" type=\"webcontent\" %s=\"sco\" href=\"index.html?scenario=", type);
        put_xml(b, sc->id);
        put(b, "\">\n      <file href=\"index.html\"/>\n      <file href=\"");
        put_xml(b, items[i].file);
        put(b, "\"/>\n");
        for (size_t l = 1; l < MAX_LANGS; l++)
            if (items[i].tr_file[l]) {
                put(b, "      <file href=\"");
                put_xml(b, items[i].tr_file[l]);
                put(b, "\"/>\n");
            }
        put(b, "      <dependency identifierref=\"player\"/>\n    </resource>\n");
    }
    putf(b, "    <resource identifier=\"player\" type=\"webcontent\" %s=\"asset\">\n", type);
    for (size_t i = 0; i < nfiles; i++) {
        put(b, "      <file href=\"");
        put_xml(b, files[i]);
        put(b, "\"/>\n");
    }
    put(b, "    </resource>\n  </resources>\n</manifest>\n");
}

/* The configuration the player gets: only what it uses. NULL when the
 * defaults are in force (no file). Caller frees. */
static char *player_config(const char *path, const char *text)
{
    static const char *const keep[] = {"organisation", "security_contact", "report", "scoring", "limits"};
    if (!path)
        return NULL;
    cJSON *in = cJSON_Parse(text);
    if (!in)
        return NULL;
    cJSON *out = cJSON_CreateObject();
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        cJSON *v = cJSON_GetObjectItemCaseSensitive(in, keep[i]);
        if (v)
            cJSON_AddItemToObject(out, keep[i], cJSON_Duplicate(v, true));
    }
    char *s = cJSON_Print(out);
    cJSON_Delete(out);
    cJSON_Delete(in);
    return s;
}

/* A member already deflated (by libdeflate, whose strongest level packs
 * about 4 % tighter than zlib's 9, which libzip would use): a libzip
 * source whose stat says so, so that libzip stores the bytes as they are. */
typedef struct deflated {
    unsigned char *data; /* raw DEFLATE stream */
    size_t len, pos;
    size_t size;        /* uncompressed */
    zip_uint32_t crc;   /* of the uncompressed data */
} deflated;

static zip_int64_t deflated_cb(void *ud, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    deflated *d = ud;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        d->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        size_t k = d->len - d->pos < len ? d->len - d->pos : (size_t)len;
        memcpy(data, d->data + d->pos, k);
        d->pos += k;
        return (zip_int64_t)k;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        zip_stat_t *st = data;
        zip_stat_init(st);
        st->size = d->size;
        st->comp_size = d->len;
        st->comp_method = ZIP_CM_DEFLATE;
        st->crc = d->crc;
        st->mtime = 1704067200;
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_MTIME;
        return sizeof *st;
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(NULL, data, len);
    case ZIP_SOURCE_FREE:
        free(d->data);
        free(d);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

/* Adds data under name, deflated at libdeflate's level 12, with a fixed
 * time so the same inputs give the same archive. -1 after printing why. */
static int add(zip_t *z, const char *name, const void *data, size_t len)
{
    deflated *d = uh_xcalloc(1, sizeof *d);
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(12);
    if (!c) {
        free(d);
        fprintf(stderr, _("unhooked package: %s: out of memory\n"), name);
        return -1;
    }
    size_t bound = libdeflate_deflate_compress_bound(c, len);
    d->data = uh_xmalloc(bound ? bound : 1);
    d->len = libdeflate_deflate_compress(c, data, len, d->data, bound);
    libdeflate_free_compressor(c);
    d->size = len;
    d->crc = (zip_uint32_t)libdeflate_crc32(0, data, len);
    zip_source_t *src = d->len ? zip_source_function(z, deflated_cb, d) : NULL;
    if (!src) {
        if (d->len)
            fprintf(stderr, "unhooked package: %s: %s\n", name, zip_strerror(z));
        else
            fprintf(stderr, _("unhooked package: %s: cannot compress it\n"), name);
        free(d->data);
        free(d);
        return -1;
    }
    zip_int64_t idx = zip_file_add(z, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
        zip_source_free(src);
        fprintf(stderr, "unhooked package: %s: %s\n", name, zip_strerror(z));
        return -1;
    }
    zip_set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_DEFLATE, 0);
    zip_file_set_mtime(z, (zip_uint64_t)idx, 1704067200 /* 2024-01-01 */, 0);
    return 0;
}

static int add_file(zip_t *z, const char *name, const char *path)
{
    uh_error err;
    size_t len;
    char *text = uh_read_file(path, &len, &err);
    if (!text) {
        char b[1400];
        fprintf(stderr, "unhooked package: %s\n", uh_error_format(&err, b, sizeof b));
        return -1;
    }
    int rc = add(z, name, text, len);
    free(text);
    return rc;
}

int uh_cmd_package(int argc, char **argv)
{
    format fmt = FMT_NONE;
    const char *out = NULL, *config_path = NULL, *player_dir = NULL;
    uh_strv wanted = {0};
    bool any_language = false;
    memset(offered, 0, sizeof offered);
    for (int i = 1; i < argc; i++) {
        format f = strcmp(argv[i], "--cmi5") == 0        ? FMT_CMI5
                   : strcmp(argv[i], "--scorm12") == 0   ? FMT_SCORM12
                   : strcmp(argv[i], "--scorm2004") == 0 ? FMT_SCORM2004
                                                         : FMT_NONE;
        if (f != FMT_NONE) {
            if (fmt != FMT_NONE && fmt != f) {
                fprintf(stderr, _("unhooked package: choose one of --cmi5, --scorm12, --scorm2004\n"));
                fmt = FMT_NONE;
                out = NULL;
                break;
            }
            fmt = f;
        } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc) {
            uh_strv_push(&wanted, argv[++i]);
        } else if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
            config_path = argv[++i];
        } else if (strcmp(argv[i], "--player") == 0 && i + 1 < argc) {
            player_dir = argv[++i];
        } else if (strcmp(argv[i], "--language") == 0 && i + 1 < argc) {
            const uh_language *l = uh_language_find(argv[++i]);
            if (!l || l - uh_languages >= MAX_LANGS) {
                fprintf(stderr, _("unhooked package: unknown language '%s' (the program speaks:"), argv[i]);
                for (const uh_language *k = uh_languages; k->code; k++)
                    fprintf(stderr, " %s", k->code);
                fputs(")\n", stderr);
                uh_strv_free(&wanted);
                return 2;
            }
            offered[l - uh_languages] = true;
            any_language = true;
        } else {
            fprintf(stderr, _("unhooked package: unexpected argument '%s'\n"), argv[i]);
            fmt = FMT_NONE;
            break;
        }
    }
    if (fmt == FMT_NONE || !out) {
        fputs(_(PACKAGE_USAGE), stderr);
        uh_strv_free(&wanted);
        return 2;
    }
    for (size_t l = 0; !any_language && uh_languages[l].code && l < MAX_LANGS; l++)
        offered[l] = true;

    uh_config cfg;
    if (!config_path)
        config_path = uh_config_default_path();
    if (uh_cli_load_config("package", config_path, &cfg)) {
        uh_strv_free(&wanted);
        return 2;
    }
    int status = 1;
    char *config_text = NULL, *shipped_config = NULL, *player = NULL, *dir = NULL;
    item *items = NULL;
    size_t nitems = 0;
    zip_t *z = NULL;
    buf manifest = {0}, course = {0};
    uh_strv pfiles = {0};
    uh_library lib = {0};
    if (config_path) {
        uh_error err;
        config_text = uh_read_file(config_path, NULL, &err);
        shipped_config = config_text ? player_config(config_path, config_text) : NULL;
    }

    player = find_player(player_dir);
    if (!player || !player_complete(player)) {
        fprintf(stderr, _("unhooked package: the web player was not found%s%s: build it with tools/web.sh, "
                "or name its folder with --player DIR\n"), player ? " in " : "", player ? player : "");
        goto done;
    }

    /* The scenarios: every one in the scenarios folder, or those named. */
    dir = uh_config_scenarios_dir(&cfg);
    const char *paths[1] = {dir};
    uh_library_load(&lib, paths, 1, &cfg);
    items = uh_xcalloc(lib.count + 1, sizeof *items);
    for (size_t i = 0; i < wanted.n; i++)
        if (!uh_library_find(&lib, wanted.v[i])) {
            fprintf(stderr, _("unhooked package: no valid scenario '%s' in %s\n"), wanted.v[i], dir);
            goto done;
        }
    for (size_t i = 0; i < lib.count; i++) {
        const uh_scenario *sc = lib.items[i];
        if (!sc->ok || !sc->id || (wanted.n && !uh_strv_has(&wanted, sc->id)))
            continue;
        const char *base = strrchr(sc->path, '/');
        items[nitems].sc = sc;
        items[nitems].file = uh_xasprintf("scenarios/%s", base ? base + 1 : sc->path);
        nitems++;
    }
    /* Their translations, each checked against its original: a trainee in
     * the LMS must never meet a translation that plays differently. */
    for (size_t i = 0; i < nitems; i++)
        for (size_t l = 1; uh_languages[l].code && l < MAX_LANGS; l++) {
            if (!offered[l])
                continue;
            char *path = uh_translation_path(items[i].sc->path, uh_languages[l].code);
            if (!path)
                continue;
            uh_problems problems = {0};
            uh_scenario *tr = uh_scenario_load(path, &cfg, 1, &problems);
            if (tr->ok)
                uh_translation_compare(items[i].sc, tr, &problems);
            if (problems.count) {
                fprintf(stderr, _("unhooked package: the translation %s is broken (unhooked check shows it):\n"),
                        path);
                for (size_t k = 0; k < problems.count; k++) {
                    char b[1400];
                    fprintf(stderr, "%s\n", uh_error_format(&problems.items[k], b, sizeof b));
                }
                uh_problems_free(&problems);
                uh_scenario_free(tr);
                free(path);
                goto done;
            }
            uh_problems_free(&problems);
            const char *base = strrchr(path, '/');
            items[i].tr[l] = tr;
            items[i].tr_file[l] = uh_xasprintf("scenarios/%s/%s", uh_languages[l].code, base ? base + 1 : path);
            free(path);
        }
    if (nitems == 0) {
        fprintf(stderr, _("unhooked package: no valid scenario found in %s\n"), dir);
        for (size_t i = 0; i < lib.problems.count; i++) {
            char b[1400];
            fprintf(stderr, "%s\n", uh_error_format(&lib.problems.items[i], b, sizeof b));
        }
        goto done;
    }

    /* course.json: what the player reads first. */
    cJSON *cj = cJSON_CreateObject();
    cJSON_AddStringToObject(cj, "format", format_id(fmt));
    cJSON_AddStringToObject(cj, "title", "Unhooked");
    if (shipped_config)
        cJSON_AddStringToObject(cj, "config", "config.json");
    else
        cJSON_AddNullToObject(cj, "config");
    /* The languages: the configured default (the kiosk's "language"; the
     * player asks the LMS and the browser first), and every one the
     * program speaks, with its tag and its name in itself. */
    const uh_language *deflang = uh_language_find(cfg.language);
    if (!deflang || !offered[deflang - uh_languages])
        for (deflang = uh_languages; deflang->code && !offered[deflang - uh_languages];)
            deflang++;
    cJSON_AddStringToObject(cj, "language", deflang->code);
    cJSON *langs = cJSON_AddArrayToObject(cj, "languages");
    for (const uh_language *l = uh_languages; l->code; l++) {
        if (!offered[l - uh_languages])
            continue;
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "code", l->code);
        cJSON_AddStringToObject(e, "tag", l->tag);
        cJSON_AddStringToObject(e, "name", l->name);
        cJSON_AddItemToArray(langs, e);
    }
    cJSON *list = cJSON_AddArrayToObject(cj, "scenarios");
    for (size_t i = 0; i < nitems; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "id", items[i].sc->id);
        cJSON_AddStringToObject(e, "title", items[i].sc->title);
        cJSON_AddStringToObject(e, "file", items[i].file);
        cJSON *tr = cJSON_AddObjectToObject(e, "translations");
        for (size_t l = 1; l < MAX_LANGS; l++)
            if (items[i].tr[l]) {
                cJSON *t = cJSON_AddObjectToObject(tr, uh_languages[l].code);
                cJSON_AddStringToObject(t, "title", items[i].tr[l]->title);
                cJSON_AddStringToObject(t, "file", items[i].tr_file[l]);
            }
        cJSON_AddItemToArray(list, e);
    }
    char *cs = cJSON_Print(cj);
    cJSON_Delete(cj);
    put(&course, cs);
    free(cs);

    /* Every file of the package but the manifest, for SCORM's list. */
    pfiles = player_files_list(fmt);
    const char **files = uh_xcalloc(pfiles.n + nitems * MAX_LANGS + 3, sizeof *files);
    size_t nfiles = 0;
    for (size_t i = 0; i < pfiles.n; i++)
        files[nfiles++] = pfiles.v[i];
    files[nfiles++] = "course.json";
    if (shipped_config)
        files[nfiles++] = "config.json";
    for (size_t i = 0; i < nitems; i++) {
        files[nfiles++] = items[i].file;
        for (size_t l = 1; l < MAX_LANGS; l++)
            if (items[i].tr_file[l])
                files[nfiles++] = items[i].tr_file[l];
    }

    const char *base = cfg.lrs_homepage ? cfg.lrs_homepage : "https://unhooked.example";
    if (fmt == FMT_CMI5)
        cmi5_xml(&manifest, items, nitems, &cfg, base);
    else
        scorm_xml(&manifest, fmt, items, nitems, &cfg, (size_t)(deflang - uh_languages), files, nfiles);
    free(files);

    int zerr = 0;
    if (load_zip())
        goto done;
    z = zip_open(out, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!z) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zerr);
        fprintf(stderr, "unhooked package: %s: %s\n", out, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        goto done;
    }
    if (add(z, fmt == FMT_CMI5 ? "cmi5.xml" : "imsmanifest.xml", manifest.s, manifest.n) ||
        add(z, "course.json", course.s, course.n) ||
        (shipped_config && add(z, "config.json", shipped_config, strlen(shipped_config))))
        goto done;
    for (size_t i = 0; i < pfiles.n; i++) {
        char *p = uh_xasprintf("%s/%s", player, pfiles.v[i]);
        int rc = add_file(z, pfiles.v[i], p);
        free(p);
        if (rc)
            goto done;
    }
    for (size_t i = 0; i < nitems; i++) {
        if (add(z, items[i].file, items[i].sc->source, items[i].sc->source_len))
            goto done;
        for (size_t l = 1; l < MAX_LANGS; l++)
            if (items[i].tr[l] &&
                add(z, items[i].tr_file[l], items[i].tr[l]->source, items[i].tr[l]->source_len))
                goto done;
    }
    if (zip_close(z) < 0) {
        fprintf(stderr, "unhooked package: %s: %s\n", out, zip_strerror(z));
        zip_discard(z);
        z = NULL;
        goto done;
    }
    z = NULL;
    fprintf(stderr, ngettext("unhooked package: wrote %s (%s, %zu scenario)\n",
                             "unhooked package: wrote %s (%s, %zu scenarios)\n", nitems),
            out, format_id(fmt), nitems);
    status = 0;
done:
    if (z)
        zip_discard(z);
    for (size_t i = 0; i < nitems; i++) {
        free(items[i].file);
        for (size_t l = 0; l < MAX_LANGS; l++) {
            uh_scenario_free(items[i].tr[l]);
            free(items[i].tr_file[l]);
        }
    }
    free(items);
    uh_strv_free(&pfiles);
    uh_library_free(&lib);
    free(dir);
    free(player);
    free(manifest.s);
    free(course.s);
    free(config_text);
    free(shipped_config);
    uh_strv_free(&wanted);
    uh_config_free(&cfg);
    return status;
}
