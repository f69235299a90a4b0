/* store.c — the results store on SQLite (see store.h for the contract).
 *
 * Durability rests on three things: WAL mode with synchronous=FULL (a
 * commit returns only after the WAL is fsync'd), one transaction per saved
 * attempt, and fsync of the folder after the file is created or renamed.
 * Corruption is looked for once, at open, with PRAGMA quick_check; a bad
 * file is renamed aside, never deleted, so nothing is lost that a
 * specialist might still recover. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>

#include "../core/util.h"

struct uh_store {
    sqlite3 *db;
    char *path;
    int lock_fd;           /* "PATH-lock": held around every write */
    char *recovered_from;  /* where a corrupt file was moved, or NULL */
    int retention_days;    /* from uh_store_open_config; 0 = keep forever */
    int64_t retention_ran; /* when retention was last applied (ms) */
};

/* How long a writer waits for another process's write to finish. */
#define LOCK_WAIT_MS 15000

/* =====================================================================
 * Time
 * =================================================================== */

static int digits(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if ((*p)[i] < '0' || (*p)[i] > '9')
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return 0;
}

int uh_time_parse(const char *text, int64_t *ms, uh_error *err)
{
    const char *p = text ? text : "";
    struct tm tm = {0};
    int y, mo, d, h = 0, mi = 0, s = 0, frac = 0, off = 0;
    if (digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &mo) || *p++ != '-' ||
        digits(&p, 2, &d))
        goto bad;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi))
            goto bad;
        if (*p == ':') {
            p++;
            if (digits(&p, 2, &s))
                goto bad;
            if (*p == '.' || *p == ',') {
                p++;
                int scale = 100, n = 0;
                while (*p >= '0' && *p <= '9') {
                    frac += (*p - '0') * scale;
                    scale /= 10;
                    p++;
                    n++;
                }
                if (n == 0)
                    goto bad;
            }
        }
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int sign = *p++ == '-' ? -1 : 1, oh, om;
            if (digits(&p, 2, &oh))
                goto bad;
            if (*p == ':')
                p++;
            if (digits(&p, 2, &om) || oh > 23 || om > 59)
                goto bad;
            off = sign * (oh * 60 + om);
        }
    }
    if (*p || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        goto bad;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    time_t t = timegm(&tm);
    *ms = ((int64_t)t - (int64_t)off * 60) * 1000 + frac;
    return 0;
bad:
    return uh_error_set(err, NULL, 0,
                        "'%s' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)", text ? text : "");
}

char *uh_time_format(int64_t ms, char out[32])
{
    time_t t = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    int rest = (int)(ms - (int64_t)t * 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    if (rest)
        snprintf(out + n, 32 - n, ".%03dZ", rest);
    else
        snprintf(out + n, 32 - n, "Z");
    return out;
}

static int64_t now_ms(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

/* =====================================================================
 * Randomness: pseudonyms and attempt UUIDs
 * =================================================================== */

static void random_bytes(unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            /* No kernel randomness: fall back to time and pid. Pseudonyms
             * only need to differ between sittings, not resist attack. */
            srand((unsigned)(now_ms() ^ getpid()));
            for (; got < n; got++)
                buf[got] = (unsigned char)rand();
            return;
        }
        got += (size_t)r;
    }
}

void uh_store_pseudonym(char out[32])
{
    unsigned char b[6];
    random_bytes(b, sizeof b);
    snprintf(out, 32, "anon-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4], b[5]);
}

static void random_uuid(char out[37])
{
    unsigned char b[16];
    random_bytes(b, sizeof b);
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);  /* version 4 */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);  /* RFC 4122 variant */
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
             b[13], b[14], b[15]);
}

/* =====================================================================
 * Files: folders, the writer lock, setting a bad file aside
 * =================================================================== */

/* Creates every missing folder above path (like mkdir -p of its dirname). */
static int make_parents(const char *path, uh_error *err)
{
    char *dir = uh_xstrdup(path);
    int rc = 0;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
            rc = uh_error_set(err, path, 0, "cannot create folder %s: %s", dir, strerror(errno));
            break;
        }
        *p = '/';
    }
    free(dir);
    return rc;
}

/* fsync of the folder holding path, so a created or renamed file's name is
 * on disk too (a file can be durable but unreachable after power loss). */
static void sync_parent(const char *path)
{
    char *dir = uh_dirname(path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

static int write_lock(uh_store *st, uh_error *err)
{
    for (int waited = 0;; waited += 10) {
        if (flock(st->lock_fd, LOCK_EX | LOCK_NB) == 0)
            return 0;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return uh_error_set(err, st->path, 0, "cannot lock the results store: %s",
                                strerror(errno));
        if (waited >= LOCK_WAIT_MS)
            return uh_error_set(err, st->path, 0,
                                "the results store is busy (another program is writing to it)");
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

static void write_unlock(uh_store *st)
{
    flock(st->lock_fd, LOCK_UN);
}

/* Moves path (and its WAL) to "PATH.corrupt-YYYYMMDDTHHMMSSZ"; the shared
 * memory index is rebuilt by SQLite, so it is removed. Returns the new name
 * (caller frees) or NULL with err filled. */
static char *set_aside(const char *path, uh_error *err)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    char *to = uh_xasprintf("%s.corrupt-%s", path, stamp);
    for (int i = 2; access(to, F_OK) == 0; i++) {
        free(to);
        to = uh_xasprintf("%s.corrupt-%s-%d", path, stamp, i);
    }
    if (rename(path, to) != 0) {
        uh_error_set(err, path, 0, "the results store is damaged and cannot be moved aside: %s",
                     strerror(errno));
        free(to);
        return NULL;
    }
    char *wal = uh_xasprintf("%s-wal", path), *wal_to = uh_xasprintf("%s-wal", to);
    char *shm = uh_xasprintf("%s-shm", path);
    rename(wal, wal_to);
    unlink(shm);
    free(wal);
    free(wal_to);
    free(shm);
    sync_parent(path);
    return to;
}

/* =====================================================================
 * Schema and migrations
 *
 * Each step takes the database from version i to i+1 in one transaction.
 * Never edit a step that has shipped: add a new one.
 * =================================================================== */

static const char *const migrations[] = {
    /* 0 -> 1: attempts and their choices. */
    "CREATE TABLE attempts (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uuid TEXT NOT NULL UNIQUE,\n"
    "  trainee TEXT NOT NULL,\n"
    "  anonymous INTEGER NOT NULL DEFAULT 0,\n"
    "  cohort TEXT,\n"
    "  mode TEXT NOT NULL,\n"
    "  scenario TEXT NOT NULL,\n"
    "  scenario_hash TEXT,\n"
    "  title TEXT,\n"
    "  started_at TEXT NOT NULL,\n"
    "  started_ms INTEGER NOT NULL,\n"
    "  ended_at TEXT NOT NULL,\n"
    "  ended_ms INTEGER NOT NULL,\n"
    "  completed INTEGER NOT NULL,\n"
    "  ending TEXT,\n"
    "  reported INTEGER NOT NULL,\n"
    "  hook INTEGER NOT NULL,\n"
    "  hook_at_report INTEGER,\n"
    "  score INTEGER NOT NULL,\n"
    "  passed INTEGER NOT NULL,\n"
    "  result_json TEXT NOT NULL,\n"
    "  saved_at TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX attempts_started ON attempts(started_ms);\n"
    "CREATE INDEX attempts_trainee ON attempts(trainee, scenario);\n"
    "CREATE INDEX attempts_cohort ON attempts(cohort, started_ms);\n"
    "CREATE TABLE choices (\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  scene TEXT,\n"
    "  position INTEGER NOT NULL,\n"
    "  PRIMARY KEY (attempt_id, seq)\n"
    ") WITHOUT ROWID;\n",
    /* 1 -> 2: the LRS outbox. */
    "CREATE TABLE outbox (\n"
    "  statement_id TEXT PRIMARY KEY,\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  statement TEXT NOT NULL,\n"
    "  queued_at TEXT NOT NULL,\n"
    "  tries INTEGER NOT NULL DEFAULT 0,\n"
    "  last_error TEXT,\n"
    "  acked_at TEXT\n"
    ");\n"
    "CREATE INDEX outbox_attempt ON outbox(attempt_id, seq);\n"
    "CREATE INDEX outbox_pending ON outbox(acked_at, attempt_id, seq);\n",
    /* 2 -> 3: statements the LRS refused for good are parked, not retried. */
    "ALTER TABLE outbox ADD COLUMN parked_at TEXT;\n"
    "ALTER TABLE outbox ADD COLUMN parked_status INTEGER;\n"
    "ALTER TABLE outbox ADD COLUMN parked_reason TEXT;\n",
};

_Static_assert(sizeof migrations / sizeof *migrations == UH_STORE_SCHEMA_VERSION,
               "one migration per schema version");

static int db_fail(uh_store *st, uh_error *err, const char *what)
{
    return uh_error_set(err, st->path, 0, "%s: %s", what, sqlite3_errmsg(st->db));
}

static int exec(uh_store *st, const char *sql, uh_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        uh_error_set(err, st->path, 0, "%s", msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* Runs a single-value query; returns the SQLite status. */
static int query_int(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int(s, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc;
}

static int migrate(uh_store *st, int from, int to, uh_error *err)
{
    for (int v = from; v < to; v++) {
        char setv[64];
        snprintf(setv, sizeof setv, "PRAGMA user_version = %d;", v + 1);
        if (exec(st, "BEGIN IMMEDIATE", err))
            return -1;
        if (exec(st, migrations[v], err) || exec(st, setv, err) || exec(st, "COMMIT", err)) {
            char keep[sizeof err->msg];
            snprintf(keep, sizeof keep, "%s", err ? err->msg : "");
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return uh_error_set(err, st->path, 0, "migration to schema version %d failed: %s",
                                v + 1, keep);
        }
    }
    return 0;
}

/* Why a database could not be opened: damaged (set it aside and start
 * again) or some other reason (give up, touching nothing). */
typedef enum open_status { OPEN_OK, OPEN_DAMAGED, OPEN_FAILED } open_status;

static bool damaged_code(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

/* Opens st->path, checks it and migrates it to version. */
static open_status try_open(uh_store *st, int version, uh_error *err)
{
    bool existed = access(st->path, F_OK) == 0;
    int rc = sqlite3_open_v2(st->path, &st->db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        db_fail(st, err, "cannot open the results store");
        return existed && damaged_code(rc) ? OPEN_DAMAGED : OPEN_FAILED;
    }
    sqlite3_extended_result_codes(st->db, 0);
    sqlite3_busy_timeout(st->db, LOCK_WAIT_MS);

    /* The first statement that reads the header finds a file that is not
     * a database; quick_check finds damaged pages and indexes. */
    int ver = 0;
    rc = query_int(st->db, "PRAGMA user_version", &ver);
    if (rc != SQLITE_OK) {
        db_fail(st, err, "cannot read the results store");
        return existed && damaged_code(rc) ? OPEN_DAMAGED : OPEN_FAILED;
    }
    if (existed) {
        sqlite3_stmt *s;
        rc = sqlite3_prepare_v2(st->db, "PRAGMA quick_check", -1, &s, NULL);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(s);
            const unsigned char *t = rc == SQLITE_ROW ? sqlite3_column_text(s, 0) : NULL;
            bool ok = t && strcmp((const char *)t, "ok") == 0;
            if (!ok && t)
                uh_error_set(err, st->path, 0, "the results store is damaged: %s", t);
            else if (!ok)
                db_fail(st, err, "the results store is damaged");
            sqlite3_finalize(s);
            if (!ok)
                return rc == SQLITE_BUSY ? OPEN_FAILED : OPEN_DAMAGED;
        } else {
            db_fail(st, err, "cannot check the results store");
            return damaged_code(rc) ? OPEN_DAMAGED : OPEN_FAILED;
        }
    }
    if (ver > UH_STORE_SCHEMA_VERSION) {
        uh_error_set(err, st->path, 0,
                     "the results store has schema version %d; this program knows up to %d "
                     "(a newer Unhooked wrote it)", ver, UH_STORE_SCHEMA_VERSION);
        return OPEN_FAILED;
    }
    /* WAL + FULL: a commit is on disk when it returns. secure_delete makes
     * purged rows unrecoverable from the file's free pages. */
    if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                 "PRAGMA secure_delete=ON;", err))
        return OPEN_FAILED;
    if (ver < version && migrate(st, ver, version, err))
        return OPEN_FAILED;
    return OPEN_OK;
}

static uh_store *open_store(const char *path, int version, uh_error *err)
{
    if (version < 1 || version > UH_STORE_SCHEMA_VERSION) {
        uh_error_set(err, path, 0, "no schema version %d", version);
        return NULL;
    }
    uh_store *st = uh_xcalloc(1, sizeof *st);
    st->path = uh_xstrdup(path);
    st->lock_fd = -1;
    char *lock_path = uh_xasprintf("%s-lock", path);
    bool existed = access(path, F_OK) == 0;
    if (make_parents(path, err))
        goto fail;
    if (uh_is_dir(path)) {
        uh_error_set(err, path, 0, "the results store path is a folder");
        goto fail;
    }
    if (!existed) {
        /* Create it owner-only; SQLite gives its WAL the same mode. */
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            close(fd);
    }
    st->lock_fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (st->lock_fd < 0) {
        uh_error_set(err, path, 0, "cannot create the lock file %s: %s", lock_path,
                     strerror(errno));
        goto fail;
    }
    if (write_lock(st, err))
        goto fail;
    open_status os = try_open(st, version, err);
    if (os == OPEN_DAMAGED) {
        sqlite3_close(st->db);
        st->db = NULL;
        st->recovered_from = set_aside(path, err);
        if (st->recovered_from) {
            existed = false;
            int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0)
                close(fd);
            os = try_open(st, version, err);
        }
    }
    if (os == OPEN_OK && !existed)
        sync_parent(path);
    write_unlock(st);
    if (os != OPEN_OK)
        goto fail;
    free(lock_path);
    return st;
fail:
    free(lock_path);
    uh_store_close(st);
    return NULL;
}

uh_store *uh_store_open(const char *path, uh_error *err)
{
    return open_store(path, UH_STORE_SCHEMA_VERSION, err);
}

uh_store *uh_store_open_at(const char *path, int version, uh_error *err)
{
    return open_store(path, version, err);
}

uh_store *uh_store_open_config(const uh_config *cfg, const char *path, uh_error *err)
{
    char *p = path ? uh_xstrdup(path) : uh_config_results_db(cfg);
    uh_store *st = uh_store_open(p, err);
    free(p);
    if (st && cfg && cfg->retention_days > 0) {
        if (uh_store_apply_retention(st, cfg->retention_days, NULL, err)) {
            uh_store_close(st);
            return NULL;
        }
        /* A kiosk runs for months: saves apply it again, at most hourly. */
        st->retention_days = cfg->retention_days;
        st->retention_ran = now_ms();
    }
    return st;
}

const char *uh_store_recovered_from(const uh_store *st)
{
    return st ? st->recovered_from : NULL;
}

const char *uh_store_path(const uh_store *st)
{
    return st->path;
}

void uh_store_close(uh_store *st)
{
    if (!st)
        return;
    if (st->db) {
        /* Closing the last connection checkpoints the WAL: a write. */
        bool locked = st->lock_fd >= 0 && write_lock(st, NULL) == 0;
        sqlite3_close(st->db);
        if (locked)
            write_unlock(st);
    }
    if (st->lock_fd >= 0)
        close(st->lock_fd);
    free(st->path);
    free(st->recovered_from);
    free(st);
}

/* =====================================================================
 * Write transactions
 * =================================================================== */

static int begin_write(uh_store *st, uh_error *err)
{
    if (write_lock(st, err))
        return -1;
    if (exec(st, "BEGIN IMMEDIATE", err)) {
        write_unlock(st);
        return -1;
    }
    return 0;
}

/* Commits (rc == 0) or rolls back, then drops the lock. Returns rc, or -1
 * when the commit itself fails. */
static int end_write(uh_store *st, int rc, uh_error *err)
{
    if (rc == 0 && exec(st, "COMMIT", err))
        rc = -1;
    if (rc != 0)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    write_unlock(st);
    return rc;
}

static int prepare(uh_store *st, const char *sql, sqlite3_stmt **s, uh_error *err)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK) {
        *s = NULL;
        return db_fail(st, err, "cannot prepare a query");
    }
    return 0;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* Parses and normalises a time; NULL means now. */
static int norm_time(const char *in, const char *what, int64_t *ms, char out[32], uh_error *err)
{
    if (!in) {
        *ms = now_ms();
    } else if (uh_time_parse(in, ms, err)) {
        char keep[sizeof err->msg];
        snprintf(keep, sizeof keep, "%s", err ? err->msg : "");
        return uh_error_set(err, NULL, 0, "%s: %s", what, keep);
    }
    uh_time_format(*ms, out);
    return 0;
}

int uh_store_save(uh_store *st, const uh_attempt *a, int64_t *id, uh_error *err)
{
    const uh_result *r = a->result;
    if (!r || !r->scenario)
        return uh_error_set(err, st->path, 0, "an attempt needs a result with a scenario id");
    char pseudonym[32];
    const char *trainee = a->trainee;
    if (a->anonymous && (!trainee || strncmp(trainee, "anon-", 5) != 0)) {
        uh_store_pseudonym(pseudonym);
        trainee = pseudonym;
    }
    if (!trainee || !*trainee)
        return uh_error_set(err, st->path, 0, "an attempt needs a trainee (or anonymous mode)");
    int64_t s_ms, e_ms;
    char s_txt[32], e_txt[32], saved[32], uuid[37];
    if (norm_time(a->started_at, "started_at", &s_ms, s_txt, err) ||
        norm_time(a->ended_at, "ended_at", &e_ms, e_txt, err))
        return -1;
    uh_time_format(now_ms(), saved);
    if (a->uuid)
        snprintf(uuid, sizeof uuid, "%s", a->uuid);
    else
        random_uuid(uuid);
    char *json = uh_result_to_string(r, false);

    sqlite3_stmt *ins = NULL, *ch = NULL;
    int rc = -1;
    if (begin_write(st, err)) {
        free(json);
        return -1;
    }
    if (prepare(st,
                "INSERT INTO attempts (uuid, trainee, anonymous, cohort, mode, scenario, "
                "scenario_hash, title, started_at, started_ms, ended_at, ended_ms, completed, "
                "ending, reported, hook, hook_at_report, score, passed, result_json, saved_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                &ins, err) ||
        prepare(st, "INSERT INTO choices (attempt_id, seq, scene, position) VALUES (?,?,?,?)", &ch,
                err))
        goto done;
    int i = 1;
    bind_text(ins, i++, uuid);
    bind_text(ins, i++, trainee);
    sqlite3_bind_int(ins, i++, a->anonymous);
    bind_text(ins, i++, a->cohort && *a->cohort ? a->cohort : NULL);
    bind_text(ins, i++, a->mode ? a->mode : "self");
    bind_text(ins, i++, r->scenario);
    bind_text(ins, i++, r->hash);
    bind_text(ins, i++, r->title);
    bind_text(ins, i++, s_txt);
    sqlite3_bind_int64(ins, i++, s_ms);
    bind_text(ins, i++, e_txt);
    sqlite3_bind_int64(ins, i++, e_ms);
    sqlite3_bind_int(ins, i++, r->completed);
    bind_text(ins, i++, r->completed ? r->ending : NULL);
    sqlite3_bind_int(ins, i++, r->reported);
    sqlite3_bind_int(ins, i++, r->hook);
    if (r->reported)
        sqlite3_bind_int(ins, i++, r->reported_at_hook);
    else
        sqlite3_bind_null(ins, i++);
    sqlite3_bind_int(ins, i++, r->score.score);
    sqlite3_bind_int(ins, i++, r->score.passed);
    bind_text(ins, i++, json);
    bind_text(ins, i++, saved);
    if (sqlite3_step(ins) != SQLITE_DONE) {
        db_fail(st, err, "cannot save the attempt");
        goto done;
    }
    int64_t row = sqlite3_last_insert_rowid(st->db);
    /* The k-th choice was made in the k-th scene shown. */
    for (size_t k = 0; k < r->nchoices; k++) {
        sqlite3_reset(ch);
        sqlite3_bind_int64(ch, 1, row);
        sqlite3_bind_int64(ch, 2, (sqlite3_int64)k);
        bind_text(ch, 3, k < r->path.n ? r->path.v[k] : NULL);
        sqlite3_bind_int(ch, 4, r->choices[k]);
        if (sqlite3_step(ch) != SQLITE_DONE) {
            db_fail(st, err, "cannot save the attempt's choices");
            goto done;
        }
    }
    if (id)
        *id = row;
    rc = 0;
done:
    sqlite3_finalize(ins);
    sqlite3_finalize(ch);
    free(json);
    rc = end_write(st, rc, err);
    if (rc == 0 && st->retention_days > 0 && now_ms() - st->retention_ran > 3600 * 1000) {
        st->retention_ran = now_ms();
        uh_store_apply_retention(st, st->retention_days, NULL, NULL);  /* retried next hour */
    }
    return rc;
}

int uh_store_progress(uh_store *st, const char *trainee, const char *scenario, uh_progress *out,
                      uh_error *err)
{
    sqlite3_stmt *s;
    *out = (uh_progress){0, false, -1};
    if (prepare(st,
                "SELECT count(*), coalesce(max(passed), 0), coalesce(max(score), -1) "
                "FROM attempts WHERE trainee = ? AND scenario = ?",
                &s, err))
        return -1;
    bind_text(s, 1, trainee);
    bind_text(s, 2, scenario);
    int rc = 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        out->attempts = sqlite3_column_int(s, 0);
        out->passed = sqlite3_column_int(s, 1) != 0;
        out->best = sqlite3_column_int(s, 2);
    } else {
        rc = db_fail(st, err, "cannot read progress");
    }
    sqlite3_finalize(s);
    return rc;
}

/* =====================================================================
 * Reading attempts
 * =================================================================== */

static char *col_text(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? uh_xstrdup((const char *)t) : NULL;
}

#define RECORD_COLUMNS                                                                      \
    "a.id, a.uuid, a.trainee, a.anonymous, a.cohort, a.mode, a.scenario, a.scenario_hash, " \
    "a.title, a.started_at, a.started_ms, a.ended_at, a.ended_ms, a.completed, a.ending, "  \
    "a.reported, a.hook, a.hook_at_report, a.score, a.passed, a.result_json"

static void read_record(sqlite3_stmt *s, uh_record *r)
{
    int i = 0;
    r->id = sqlite3_column_int64(s, i++);
    r->uuid = col_text(s, i++);
    r->trainee = col_text(s, i++);
    r->anonymous = sqlite3_column_int(s, i++) != 0;
    r->cohort = col_text(s, i++);
    r->mode = col_text(s, i++);
    r->scenario = col_text(s, i++);
    r->scenario_hash = col_text(s, i++);
    r->title = col_text(s, i++);
    r->started_at = col_text(s, i++);
    int64_t s_ms = sqlite3_column_int64(s, i++);
    r->ended_at = col_text(s, i++);
    int64_t e_ms = sqlite3_column_int64(s, i++);
    r->duration_ms = e_ms > s_ms ? e_ms - s_ms : 0;
    r->completed = sqlite3_column_int(s, i++) != 0;
    r->ending = col_text(s, i++);
    r->reported = sqlite3_column_int(s, i++) != 0;
    r->hook = sqlite3_column_int(s, i++);
    r->hook_at_report = sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
    i++;
    r->score = sqlite3_column_int(s, i++);
    r->passed = sqlite3_column_int(s, i++) != 0;
    const unsigned char *json = sqlite3_column_text(s, i++);
    r->result = json ? cJSON_Parse((const char *)json) : NULL;
    if (!r->result)
        r->result = cJSON_CreateObject();
}

static int read_choices(uh_store *st, sqlite3_stmt *q, uh_record *r, uh_error *err)
{
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, r->id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (r->nchoices == cap) {
            cap = cap ? 2 * cap : 8;
            r->choices = uh_xrealloc(r->choices, cap * sizeof *r->choices);
            r->choice_scenes = uh_xrealloc(r->choice_scenes, cap * sizeof *r->choice_scenes);
        }
        r->choice_scenes[r->nchoices] = col_text(q, 0);
        r->choices[r->nchoices++] = sqlite3_column_int(q, 1);
    }
    return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read choices");
}

/* Reads records selected by "SELECT RECORD_COLUMNS FROM attempts a
 * WHERE <where> ORDER BY ..." with the filter's values bound in order. */
static int query_records(uh_store *st, const uh_filter *f, const char *extra, uh_record **out,
                         size_t *n, uh_error *err)
{
    uh_filter none = {0};
    if (!f)
        f = &none;
    int64_t since = 0, before = 0;
    if (f->since && uh_time_parse(f->since, &since, err))
        return -1;
    if (f->before && uh_time_parse(f->before, &before, err))
        return -1;
    char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT " RECORD_COLUMNS " FROM attempts a WHERE 1 %s%s%s%s%s%s "
             "ORDER BY a.started_ms, a.id",
             f->cohort ? "AND a.cohort = :cohort " : "", f->since ? "AND a.started_ms >= :since " : "",
             f->before ? "AND a.started_ms < :before " : "",
             f->trainee ? "AND a.trainee = :trainee " : "",
             f->scenario ? "AND a.scenario = :scenario " : "", extra ? extra : "");
    sqlite3_stmt *s = NULL, *q = NULL;
    uh_record *recs = NULL;
    size_t count = 0, cap = 0;
    int rc = -1;
    *out = NULL;
    *n = 0;
    /* One read transaction: a consistent snapshot even while a kiosk writes. */
    if (exec(st, "BEGIN", err))
        return -1;
    if (prepare(st, sql, &s, err) ||
        prepare(st, "SELECT scene, position FROM choices WHERE attempt_id = ? ORDER BY seq", &q,
                err))
        goto done;
    bind_text(s, sqlite3_bind_parameter_index(s, ":cohort"), f->cohort);
    sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":since"), since);
    sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":before"), before);
    bind_text(s, sqlite3_bind_parameter_index(s, ":trainee"), f->trainee);
    bind_text(s, sqlite3_bind_parameter_index(s, ":scenario"), f->scenario);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (count == cap) {
            cap = cap ? 2 * cap : 16;
            recs = uh_xrealloc(recs, cap * sizeof *recs);
        }
        memset(&recs[count], 0, sizeof *recs);
        read_record(s, &recs[count]);
        count++;
        if (read_choices(st, q, &recs[count - 1], err))
            goto done;
    }
    if (step != SQLITE_DONE) {
        db_fail(st, err, "cannot read attempts");
        goto done;
    }
    rc = 0;
done:
    sqlite3_finalize(s);
    sqlite3_finalize(q);
    sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
    if (rc) {
        uh_records_free(recs, count);
        return -1;
    }
    *out = recs;
    *n = count;
    return 0;
}

int uh_store_query(uh_store *st, const uh_filter *f, uh_record **out, size_t *n, uh_error *err)
{
    return query_records(st, f, NULL, out, n, err);
}

void uh_records_free(uh_record *recs, size_t n)
{
    if (!recs)
        return;
    for (size_t i = 0; i < n; i++) {
        uh_record *r = &recs[i];
        free(r->uuid);
        free(r->trainee);
        free(r->cohort);
        free(r->mode);
        free(r->scenario);
        free(r->scenario_hash);
        free(r->title);
        free(r->started_at);
        free(r->ended_at);
        free(r->ending);
        cJSON_Delete(r->result);
        for (size_t k = 0; k < r->nchoices; k++)
            free(r->choice_scenes[k]);
        free(r->choice_scenes);
        free(r->choices);
    }
    free(recs);
}

/* =====================================================================
 * Privacy
 * =================================================================== */

static int purge_ms(uh_store *st, int64_t before, int *deleted, uh_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = -1;
    if (begin_write(st, err))
        return -1;
    /* Children first, so the purge does not depend on foreign_keys. */
    static const char *const sql[] = {
        "DELETE FROM choices WHERE attempt_id IN (SELECT id FROM attempts WHERE started_ms < ?)",
        "DELETE FROM outbox WHERE attempt_id IN (SELECT id FROM attempts WHERE started_ms < ?)",
        "DELETE FROM attempts WHERE started_ms < ?",
    };
    int version = 0;
    query_int(st->db, "PRAGMA user_version", &version);
    for (size_t i = 0; i < 3; i++) {
        if (i == 1 && version < 2)
            continue;
        if (prepare(st, sql[i], &s, err))
            goto done;
        sqlite3_bind_int64(s, 1, before);
        if (sqlite3_step(s) != SQLITE_DONE) {
            db_fail(st, err, "cannot purge");
            goto done;
        }
        sqlite3_finalize(s);
        s = NULL;
    }
    if (deleted)
        *deleted = sqlite3_changes(st->db);
    rc = 0;
done:
    sqlite3_finalize(s);
    rc = end_write(st, rc, err);
    if (rc == 0 && write_lock(st, NULL) == 0) {
        /* Old copies of the pages live on in the WAL until it is
         * checkpointed and cut back to zero bytes. */
        sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
        write_unlock(st);
    }
    return rc;
}

int uh_store_purge(uh_store *st, const char *before, int *deleted, uh_error *err)
{
    int64_t ms;
    if (uh_time_parse(before, &ms, err))
        return -1;
    return purge_ms(st, ms, deleted, err);
}

int uh_store_apply_retention(uh_store *st, int days, int *deleted, uh_error *err)
{
    if (deleted)
        *deleted = 0;
    if (days <= 0)
        return 0;
    return purge_ms(st, now_ms() - (int64_t)days * 86400000, deleted, err);
}

/* =====================================================================
 * LRS outbox
 * =================================================================== */

int uh_store_unqueued(uh_store *st, uh_record **out, size_t *n, uh_error *err)
{
    return query_records(st, NULL,
                         "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.attempt_id = a.id)", out, n,
                         err);
}

int uh_store_outbox_add(uh_store *st, int64_t attempt_id, const cJSON *statements, uh_error *err)
{
    sqlite3_stmt *s = NULL;
    char now[32];
    uh_time_format(now_ms(), now);
    int rc = -1;
    if (begin_write(st, err))
        return -1;
    if (prepare(st,
                "INSERT OR IGNORE INTO outbox (statement_id, attempt_id, seq, statement, queued_at) "
                "VALUES (?,?,?,?,?)",
                &s, err))
        goto done;
    int seq = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, statements) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id");
        if (!cJSON_IsString(id)) {
            uh_error_set(err, st->path, 0, "a statement to queue has no id");
            goto done;
        }
        char *text = cJSON_PrintUnformatted(it);
        sqlite3_reset(s);
        bind_text(s, 1, id->valuestring);
        sqlite3_bind_int64(s, 2, attempt_id);
        sqlite3_bind_int(s, 3, seq++);
        bind_text(s, 4, text);
        bind_text(s, 5, now);
        int step = sqlite3_step(s);
        free(text);
        if (step != SQLITE_DONE) {
            db_fail(st, err, "cannot queue a statement");
            goto done;
        }
    }
    rc = 0;
done:
    sqlite3_finalize(s);
    return end_write(st, rc, err);
}

/* Steps s (statement_id, attempt_id, statement, tries[, attempt uuid,
 * parked_at, parked_status, parked_reason] when parked) into an item
 * array, then finalizes it. */
static int read_items(uh_store *st, sqlite3_stmt *s, bool parked, uh_outbox_item **out,
                      size_t *n, uh_error *err)
{
    uh_outbox_item *items = NULL;
    size_t count = 0, cap = 0;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (count == cap)
            items = uh_xrealloc(items, (cap = cap ? 2 * cap : 16) * sizeof *items);
        uh_outbox_item *it = &items[count++];
        memset(it, 0, sizeof *it);
        it->statement_id = col_text(s, 0);
        it->attempt_id = sqlite3_column_int64(s, 1);
        it->statement = col_text(s, 2);
        it->tries = sqlite3_column_int(s, 3);
        if (parked) {
            it->attempt_uuid = col_text(s, 4);
            it->parked_at = col_text(s, 5);
            it->parked_status = sqlite3_column_int(s, 6);
            it->parked_reason = col_text(s, 7);
        }
    }
    if (step != SQLITE_DONE) {
        db_fail(st, err, "cannot read the outbox");
        sqlite3_finalize(s);
        uh_outbox_items_free(items, count);
        return -1;
    }
    sqlite3_finalize(s);
    *out = items;
    *n = count;
    return 0;
}

int uh_store_outbox_pending(uh_store *st, size_t limit, uh_outbox_item **out, size_t *n,
                            uh_error *err)
{
    sqlite3_stmt *s;
    *out = NULL;
    *n = 0;
    if (prepare(st,
                "SELECT statement_id, attempt_id, statement, tries FROM outbox "
                "WHERE acked_at IS NULL AND parked_at IS NULL ORDER BY attempt_id, seq LIMIT ?",
                &s, err))
        return -1;
    sqlite3_bind_int64(s, 1, (sqlite3_int64)(limit ? limit : 1000000));
    return read_items(st, s, false, out, n, err);
}

int uh_store_outbox_parked(uh_store *st, uh_outbox_item **out, size_t *n, uh_error *err)
{
    sqlite3_stmt *s;
    *out = NULL;
    *n = 0;
    if (prepare(st,
                "SELECT o.statement_id, o.attempt_id, o.statement, o.tries, a.uuid, o.parked_at, "
                "o.parked_status, o.parked_reason FROM outbox o "
                "LEFT JOIN attempts a ON a.id = o.attempt_id "
                "WHERE o.acked_at IS NULL AND o.parked_at IS NOT NULL ORDER BY o.attempt_id, o.seq",
                &s, err))
        return -1;
    return read_items(st, s, true, out, n, err);
}

void uh_outbox_items_free(uh_outbox_item *items, size_t n)
{
    if (!items)
        return;
    for (size_t i = 0; i < n; i++) {
        free(items[i].statement_id);
        free(items[i].statement);
        free(items[i].attempt_uuid);
        free(items[i].parked_at);
        free(items[i].parked_reason);
    }
    free(items);
}

/* Runs sql (with ?1 = a statement id, ?2 = text) for each id in one
 * transaction. */
static int update_ids(uh_store *st, const char *sql, const char *const *ids, size_t n,
                      const char *text, uh_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = -1;
    if (begin_write(st, err))
        return -1;
    if (prepare(st, sql, &s, err))
        goto done;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(s);
        bind_text(s, 1, ids[i]);
        bind_text(s, 2, text);
        if (sqlite3_step(s) != SQLITE_DONE) {
            db_fail(st, err, "cannot update the outbox");
            goto done;
        }
    }
    rc = 0;
done:
    sqlite3_finalize(s);
    return end_write(st, rc, err);
}

int uh_store_outbox_ack(uh_store *st, const char *const *ids, size_t n, uh_error *err)
{
    char now[32];
    uh_time_format(now_ms(), now);
    return update_ids(st,
                      "UPDATE outbox SET acked_at = ?2, last_error = NULL "
                      "WHERE statement_id = ?1 AND acked_at IS NULL",
                      ids, n, now, err);
}

int uh_store_outbox_fail(uh_store *st, const char *const *ids, size_t n, const char *why,
                         uh_error *err)
{
    return update_ids(st,
                      "UPDATE outbox SET tries = tries + 1, last_error = ?2 "
                      "WHERE statement_id = ?1 AND acked_at IS NULL AND parked_at IS NULL",
                      ids, n, why, err);
}

int uh_store_outbox_park(uh_store *st, const char *id, int status, const char *reason,
                         uh_error *err)
{
    sqlite3_stmt *s = NULL;
    char now[32];
    uh_time_format(now_ms(), now);
    int rc = -1;
    if (begin_write(st, err))
        return -1;
    if (prepare(st,
                "UPDATE outbox SET parked_at = ?2, parked_status = ?3, parked_reason = ?4, "
                "tries = tries + 1, last_error = ?4 WHERE statement_id = ?1 AND acked_at IS NULL",
                &s, err))
        goto done;
    bind_text(s, 1, id);
    bind_text(s, 2, now);
    sqlite3_bind_int(s, 3, status);
    bind_text(s, 4, reason);
    if (sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "cannot park a statement");
        goto done;
    }
    rc = 0;
done:
    sqlite3_finalize(s);
    return end_write(st, rc, err);
}

int uh_store_outbox_unpark(uh_store *st, int *count, uh_error *err)
{
    if (count)
        *count = 0;
    if (begin_write(st, err))
        return -1;
    int rc = exec(st,
                  "UPDATE outbox SET parked_at = NULL, parked_status = NULL, parked_reason = NULL "
                  "WHERE parked_at IS NOT NULL AND acked_at IS NULL",
                  err);
    if (rc == 0 && count)
        *count = sqlite3_changes(st->db);
    return end_write(st, rc, err);
}

int uh_store_outbox_counts(uh_store *st, uh_outbox_counts *out, uh_error *err)
{
    sqlite3_stmt *s;
    *out = (uh_outbox_counts){0, 0, 0};
    if (prepare(st,
                "SELECT coalesce(sum(acked_at IS NULL AND parked_at IS NULL), 0), "
                "coalesce(sum(acked_at IS NOT NULL), 0), "
                "coalesce(sum(acked_at IS NULL AND parked_at IS NOT NULL), 0) FROM outbox",
                &s, err))
        return -1;
    int rc = 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        out->pending = sqlite3_column_int(s, 0);
        out->acked = sqlite3_column_int(s, 1);
        out->parked = sqlite3_column_int(s, 2);
    } else {
        rc = db_fail(st, err, "cannot count the outbox");
    }
    sqlite3_finalize(s);
    return rc;
}
