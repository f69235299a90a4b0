/* SPDX-License-Identifier: Apache-2.0 */
/* store.c — the results store on SQLite (see store.h for the contract).
 *
 * Durability rests on three things: WAL mode with synchronous=FULL (a
 * commit returns only after the WAL is fsync'd), one transaction per saved
 * attempt, and fsync of the folder after the file is created or renamed.
 * Corruption is looked for at open, with PRAGMA quick_check, unless a
 * clean check is remembered for the files exactly as they are (see "The
 * remembered check" below). A store is set
 * aside only on proof: SQLite reports it corrupt (or it is no database at
 * all where an Unhooked store was) and a full integrity check on a second
 * connection agrees. A damaged file is given a new name, never deleted, so
 * nothing is lost that a specialist might still recover. Any other error
 * (I/O, a full disk, permissions, a busy lock) leaves every file as it was. */
#define _GNU_SOURCE /* F_OFD_SETLK */
#include "store.h"

#include <ctype.h>
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

#include "../core/i18n.h"
#include "../core/util.h"
#include "store_sql.h"

struct uh_store {
    sqlite3 *db;
    char *path;
    bool read_only;
    int version;           /* schema version of the open file */
    int lock_fd;           /* "PATH-lock": flock around every write; OFD lock "in use" */
    int lock_wait_ms;      /* how long a write waits for another writer */
    char *recovered_from;  /* where a damaged file was moved, or NULL */
    int retention_days;    /* from uh_store_open_config; 0 = keep forever */
    int64_t retention_ran; /* when retention was last applied (ms) */
    int64_t hide_before;   /* read-only: attempts started before this are left out (ms) */
    bool batch;            /* inside uh_store_batch_begin: writes join its transaction */
    bool clean;            /* quick_check passed at open, or was remembered */
    bool remembered;       /* ... remembered: the open ran no check */
    int64_t checked_ms;    /* when the last quick_check ran (ms) */
    int data_version;      /* PRAGMA data_version when it was made clean */
    char state[640];       /* the files' state after this connection's last commit */
    bool vouch;            /* the write under way started from that state */
    bool batch_failed;     /* a write in the batch failed: it is rolled back at the end */
};

/* How long a writer waits for another process's write to finish. */
#define LOCK_WAIT_MS 15000

/* SQLite's error class for a result code (extended codes are on). */
#define PRIMARY(rc) ((rc) & 0xff)

static int begin_write(uh_store *st, uh_error *err);
static int end_write(uh_store *st, int rc, uh_error *err);
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
    /* A day the month does not have (2026-02-30) is refused: timegm would
     * carry it into the next month, and `purge --before 2026-02-30` would
     * delete the attempts of March 1 and 2. */
    static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (*p || mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] ||
        (mo == 2 && d == 29 && !leap) || h > 23 || mi > 59 || s > 60)
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
                        _("'%s' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"),
                        text ? text : "");
}

char *uh_time_format(int64_t ms, char out[32])
{
    time_t t = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    int rest = (int)(ms - (int64_t)t * 1000);
    struct tm tm = {0};
    gmtime_r(&t, &tm);
    /* The year always has four digits (strftime's %Y drops the zeros of
     * 0224), so what is printed parses back. */
    int n = snprintf(out, 32, "%04lld-%02d-%02dT%02d:%02d:%02d", (long long)tm.tm_year + 1900,
                     tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (n < 0 || n > 26)
        n = 26;
    if (rest)
        snprintf(out + n, 32 - (size_t)n, ".%03dZ", rest);
    else
        snprintf(out + n, 32 - (size_t)n, "Z");
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
 * Files: folders, the locks, the notices, setting a damaged file aside
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
            rc = uh_error_set(err, path, 0, _("cannot create folder %s: %s"), dir, strerror(errno));
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

static void pause_10ms(void)
{
    struct timespec ts = {0, 10 * 1000 * 1000};
    nanosleep(&ts, NULL);
}

static int write_lock(uh_store *st, uh_error *err)
{
    if (st->lock_fd < 0)
        return uh_error_set(err, st->path, 0, _("the results store has no lock file"));
    for (int waited = 0;; waited += 10) {
        if (flock(st->lock_fd, LOCK_EX | LOCK_NB) == 0)
            return 0;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return uh_error_set(err, st->path, 0, _("cannot lock the results store: %s"),
                                strerror(errno));
        if (waited >= st->lock_wait_ms)
            return uh_error_set(err, st->path, 0,
                                _("the results store is busy (another program is writing to it)"));
        pause_10ms();
    }
}

static void write_unlock(uh_store *st)
{
    flock(st->lock_fd, LOCK_UN);
}

/* The "in use" lock: every open store holds a shared lock on the first
 * byte of PATH-lock (an open-file-description lock, independent of the
 * flock above); setting a store aside needs it exclusively, so a store is
 * never renamed under another program that has it open. Waits up to
 * wait_ms; 0 or -1 (errno EAGAIN when another holds it). A kernel without
 * such locks (EINVAL) counts as success. */
static int in_use_lock(int fd, short type, int wait_ms)
{
    struct flock fl = {.l_type = type, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
    for (int waited = 0;; waited += 10) {
        if (fcntl(fd, F_OFD_SETLK, &fl) == 0 || errno == EINVAL)
            return 0;
        if (errno != EAGAIN && errno != EACCES && errno != EINTR)
            return -1;
        if (waited >= wait_ms) {
            errno = EAGAIN;
            return -1;
        }
        pause_10ms();
    }
}

/* What is at a path, looked at before SQLite touches it. */
typedef struct probe {
    bool exists;
    bool empty;       /* a file of 0 bytes (created, never written) */
    bool sqlite;      /* starts with the SQLite header */
    uint32_t app_id;  /* the header's application_id (0 when none) */
} probe;

static int probe_path(const char *path, probe *p, uh_error *err)
{
    memset(p, 0, sizeof *p);
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (errno == ENOENT)
            return 0;
        return uh_error_set(err, path, 0,
                            _("cannot look at the results store: %s"), strerror(errno));
    }
    p->exists = true;
    if (S_ISDIR(sb.st_mode))
        return uh_error_set(err, path, 0, _("the results store path is a folder"));
    if (!S_ISREG(sb.st_mode))
        return uh_error_set(err, path, 0, _("the results store path is not a regular file"));
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return uh_error_set(err, path, 0, _("cannot read the results store: %s"), strerror(errno));
    unsigned char h[100];
    ssize_t n = pread(fd, h, sizeof h, 0);
    int e = errno;
    close(fd);
    if (n < 0)
        return uh_error_set(err, path, 0, _("cannot read the results store: %s"), strerror(e));
    p->empty = n == 0;
    p->sqlite = n >= 16 && memcmp(h, "SQLite format 3", 16) == 0;
    if (p->sqlite && n >= 72)
        p->app_id = (uint32_t)h[68] << 24 | (uint32_t)h[69] << 16 | (uint32_t)h[70] << 8 | h[71];
    return 0;
}

static char *notice_path(const char *path)
{
    return uh_xasprintf("%s-set-aside", path);
}

/* Replaces tabs and line breaks, so a notice stays one line of three
 * tab-separated fields. */
static void flatten(char *s)
{
    for (; *s; s++)
        if (*s == '\t' || *s == '\n' || *s == '\r')
            *s = ' ';
}

/* Appends a notice (durably) for a store set aside as moved_to. */
static int add_notice(const char *path, const char *moved_to, const char *reason, uh_error *err)
{
    char now[32];
    uh_time_format(now_ms() / 1000 * 1000, now);
    char *why = uh_xstrdup(reason), *to = uh_xstrdup(moved_to);
    flatten(why);
    flatten(to);
    char *line = uh_xasprintf("%s\t%s\t%s\n", now, to, why);
    char *np = notice_path(path);
    int rc = 0;
    int fd = open(np, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    size_t len = strlen(line);
    if (fd < 0 || write(fd, line, len) != (ssize_t)len || fsync(fd) != 0)
        rc = uh_error_set(err, path, 0, _("cannot write the notice %s: %s"), np, strerror(errno));
    if (fd >= 0)
        close(fd);
    free(np);
    free(line);
    free(why);
    free(to);
    return rc;
}

int uh_store_set_asides(const char *path, uh_set_aside **out, size_t *n, uh_error *err)
{
    *out = NULL;
    *n = 0;
    char *np = notice_path(path);
    FILE *f = fopen(np, "r");
    if (!f) {
        int e = errno;
        free(np);
        return e == ENOENT ? 0 : uh_error_set(err, path, 0, _("cannot read the notice of a damaged "
                                              "store set aside: %s"), strerror(e));
    }
    free(np);
    uh_set_aside *v = NULL;
    size_t count = 0;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *to = strchr(line, '\t'), *why = to ? strchr(to + 1, '\t') : NULL;
        if (!why)
            continue;
        *to++ = '\0';
        *why++ = '\0';
        v = uh_xrealloc(v, (count + 1) * sizeof *v);
        v[count++] = (uh_set_aside){uh_xstrdup(line), uh_xstrdup(to), uh_xstrdup(why)};
    }
    fclose(f);
    *out = v;
    *n = count;
    return 0;
}

void uh_set_asides_free(uh_set_aside *v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++) {
        free(v[i].at);
        free(v[i].moved_to);
        free(v[i].reason);
    }
    free(v);
}

int uh_store_acknowledge(const char *path, size_t seen, uh_error *err)
{
    char *np = notice_path(path);
    size_t len = 0;
    char *text = uh_read_file(np, &len, NULL);
    int rc = 0;
    if (text) {
        /* Keep what follows the first seen lines (written since). */
        char *rest = text;
        for (size_t i = 0; i < seen && *rest; i++) {
            char *nl = strchr(rest, '\n');
            rest = nl ? nl + 1 : rest + strlen(rest);
        }
        if (!*rest) {
            if (unlink(np) != 0 && errno != ENOENT)
                rc = uh_error_set(err, path, 0, _("cannot remove %s: %s"), np, strerror(errno));
            else
                sync_parent(np);
        } else {
            char *tmp = uh_xasprintf("%s.tmp", np);
            FILE *f = fopen(tmp, "w");
            bool ok = f && fputs(rest, f) >= 0 && fflush(f) == 0 && fsync(fileno(f)) == 0;
            if (f && fclose(f) != 0)
                ok = false;
            if (!ok || rename(tmp, np) != 0) {
                rc = uh_error_set(err, path, 0, _("cannot rewrite %s: %s"), np, strerror(errno));
                unlink(tmp);
            } else {
                sync_parent(np);
            }
            free(tmp);
        }
    } else if (access(np, F_OK) == 0) {
        rc = uh_error_set(err, path, 0, _("cannot read %s"), np);
    }
    free(text);
    free(np);
    return rc;
}

/* Sets the damaged store aside as "PATH.corrupt-YYYYMMDDTHHMMSSZ" with its
 * WAL beside it, writes the notice, and removes the old names (the shared
 * memory index is rebuilt by SQLite). Hard links first, then the notice,
 * then the unlinks: a kill at any moment leaves the data under at least
 * one name, and never a damaged store's WAL beside a fresh store. The
 * caller holds the write lock and the "in use" lock exclusively. Returns
 * the new name (caller frees) or NULL with err filled and nothing lost. */
static char *set_aside(const char *path, const char *reason, uh_error *err)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    char *to = uh_xasprintf("%s.corrupt-%s", path, stamp), *wal_to = uh_xasprintf("%s-wal", to);
    for (int i = 2; access(to, F_OK) == 0 || access(wal_to, F_OK) == 0; i++) {
        free(to);
        free(wal_to);
        to = uh_xasprintf("%s.corrupt-%s-%d", path, stamp, i);
        wal_to = uh_xasprintf("%s-wal", to);
    }
    char *wal = uh_xasprintf("%s-wal", path), *shm = uh_xasprintf("%s-shm", path);
    bool linked = link(path, to) == 0;
    if (linked && link(wal, wal_to) != 0 && errno != ENOENT) {
        uh_error_set(err, path, 0, _("the results store is damaged (%s) and cannot be set aside: "
                     "%s"), reason, strerror(errno));
        unlink(to);
        goto fail;
    }
    if (add_notice(path, to, reason, err)) {
        if (linked) {
            unlink(wal_to);
            unlink(to);
        }
        goto fail;
    }
    if (linked) {
        unlink(wal);
        if (unlink(path) != 0) {
            uh_error_set(err, path, 0, _("the results store is damaged (%s) and cannot be moved "
                         "aside: %s"), reason, strerror(errno));
            goto fail;
        }
    } else {
        /* A file system without hard links: rename, the WAL first. */
        if ((rename(wal, wal_to) != 0 && errno != ENOENT) || rename(path, to) != 0) {
            uh_error_set(err, path, 0, _("the results store is damaged (%s) and cannot be moved "
                         "aside: %s"), reason, strerror(errno));
            goto fail;
        }
    }
    unlink(shm);
    sync_parent(path);
    free(wal);
    free(wal_to);
    free(shm);
    return to;
fail:
    free(wal);
    free(wal_to);
    free(shm);
    free(to);
    return NULL;
}
/* =====================================================================
 * Schema and migrations
 *
 * Each step takes the database from version i to i+1 in one transaction.
 * Never edit a step that has shipped: add a new one.
 * =================================================================== */

#define UH_STR_(x) #x
#define UH_STR(x) UH_STR_(x)

/* Running tallies of the attempts (schema 5), kept up to date by every
 * save and purge, so the summary of the whole store reads a few thousand
 * rows however many attempts there are (store_sql.h). TALLY_ADD(sign,
 * where) adds (or with sign "-" takes away) the attempts that match. */
#define TALLY_GROUP_KEY "scenario, coalesce(cohort, ''), coalesce(hook_at_report, -1), outcome, " \
    "completed, passed, coalesce(report_to, '')"
#define TALLY_DAY_KEY "started_ms / 86400000, coalesce(hook_at_report, -1), outcome, completed, " \
    "passed, coalesce(report_to, '')"
#define TALLY_ADD(sign, where)                                                                   \
    "INSERT INTO tally_groups (scenario, cohort, hook, outcome, completed, passed, report_to, "   \
    "attempts, score_sum) SELECT " TALLY_GROUP_KEY ", " sign "count(*), " sign "sum(score) "      \
    "FROM attempts a WHERE " where " GROUP BY " TALLY_GROUP_KEY " ON CONFLICT DO UPDATE SET "       \
    "attempts = attempts + excluded.attempts, score_sum = score_sum + excluded.score_sum;\n"      \
    "INSERT INTO tally_days (day, hook, outcome, completed, passed, report_to, attempts, "        \
    "score_sum) SELECT " TALLY_DAY_KEY ", " sign "count(*), " sign "sum(score) FROM attempts a " \
    "WHERE " where " GROUP BY " TALLY_DAY_KEY " ON CONFLICT DO UPDATE SET attempts = attempts + " \
    "excluded.attempts, score_sum = score_sum + excluded.score_sum;\n"                          \
    "INSERT INTO tally_flags (scenario, flag, shown, missed) SELECT f.scenario, f.flag, "        \
    sign "count(*), " sign "sum(f.spotted = 0) FROM attempt_flags f JOIN attempts a ON a.id = " \
    "f.attempt_id WHERE " where " GROUP BY f.scenario, f.flag ON CONFLICT DO UPDATE SET shown = " \
    "shown + excluded.shown, missed = missed + excluded.missed;\n"                               \
    "DELETE FROM tally_groups WHERE attempts <= 0;\n"                                            \
    "DELETE FROM tally_days WHERE attempts <= 0;\n"                                              \
    "DELETE FROM tally_flags WHERE shown <= 0;\n"

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
    /* 3 -> 4: the mark of an Unhooked store, so no other file is written to. */
    "PRAGMA application_id = " UH_STR(UH_STORE_APPLICATION_ID) ";\n",
    /* 4 -> 5 (UH_STORE_REPORT_VERSION): what reports group and count by,
     * kept in columns and tables at save time (and filled from the saved
     * JSON here), so a report is a few GROUP BY queries instead of a parse
     * of every attempt; the trainee directory. */
    "ALTER TABLE attempts ADD COLUMN report_to TEXT;\n"
    "ALTER TABLE attempts ADD COLUMN outcome INTEGER NOT NULL DEFAULT 3;\n"
    "UPDATE attempts SET report_to = json_extract(result_json, '$.report.to') "
    "WHERE reported AND json_valid(result_json);\n"
    /* The outcome of summary.h: 0 reported, 1 hooked, 2 missed, 3 incomplete. */
    "UPDATE attempts SET outcome = CASE WHEN reported THEN 0 WHEN NOT completed THEN 3 "
    "WHEN coalesce(ending, '') GLOB 'walked_away*' OR coalesce(ending, '') GLOB 'declined*' OR "
    "coalesce(ending, '') GLOB 'ignored*' OR coalesce(ending, '') GLOB 'refused*' OR "
    "coalesce(ending, '') GLOB 'reported*' OR coalesce(ending, '') GLOB 'cleared*' THEN 2 "
    "ELSE 1 END;\n"
    "CREATE TABLE attempt_flags (\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  flag TEXT NOT NULL,\n"
    "  scenario TEXT NOT NULL,\n"
    "  spotted INTEGER NOT NULL,\n"
    "  started_ms INTEGER NOT NULL,\n"
    "  PRIMARY KEY (attempt_id, flag)\n"
    ") WITHOUT ROWID;\n"
    "INSERT OR IGNORE INTO attempt_flags (attempt_id, flag, scenario, spotted, started_ms) "
    "SELECT a.id, j.value, a.scenario, k.spotted, a.started_ms FROM attempts a, "
    "(SELECT 1 AS spotted, '$.flags.spotted_ids' AS path UNION ALL "
    "SELECT 0, '$.flags.missed_ids') k, json_each(a.result_json, k.path) j "
    "WHERE json_valid(a.result_json) AND j.type = 'text';\n"
    "CREATE INDEX attempt_flags_group ON attempt_flags(scenario, flag, spotted, started_ms);\n"
    "CREATE INDEX attempts_scenario ON attempts(scenario, started_ms);\n"
    /* Covers every column a summary groups, filters and counts by, in the
     * order it groups them (UTC day, scenario, cohort, hook depth at
     * report), so a report reads this index once, in order, without
     * sorting, and never the rows with their JSON. */
    "CREATE INDEX attempts_report ON attempts(started_ms / 86400000, scenario, cohort, "
    "hook_at_report, completed, reported, outcome, report_to, passed, score, trainee, "
    "started_ms);\n"
    /* The same for one person's attempts: who has trained, departments. */
    "CREATE INDEX attempts_person ON attempts(trainee, hook_at_report, completed, reported, "
    "outcome, report_to, passed, score, started_ms);\n"
    "CREATE TABLE directory (\n"
    "  employee_id TEXT PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  department TEXT NOT NULL DEFAULT '',\n"
    "  manager TEXT NOT NULL DEFAULT '',\n"
    "  imported_at TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX directory_department ON directory(department, name);\n"
    "CREATE TABLE tally_groups (\n"
    "  scenario TEXT NOT NULL, cohort TEXT NOT NULL, hook INTEGER NOT NULL,\n"
    "  outcome INTEGER NOT NULL, completed INTEGER NOT NULL, passed INTEGER NOT NULL,\n"
    "  report_to TEXT NOT NULL, attempts INTEGER NOT NULL, score_sum INTEGER NOT NULL,\n"
    "  PRIMARY KEY (scenario, cohort, hook, outcome, completed, passed, report_to)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE tally_days (\n"
    "  day INTEGER NOT NULL, hook INTEGER NOT NULL, outcome INTEGER NOT NULL,\n"
    "  completed INTEGER NOT NULL, passed INTEGER NOT NULL, report_to TEXT NOT NULL,\n"
    "  attempts INTEGER NOT NULL, score_sum INTEGER NOT NULL,\n"
    "  PRIMARY KEY (day, hook, outcome, completed, passed, report_to)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE tally_flags (\n"
    "  scenario TEXT NOT NULL, flag TEXT NOT NULL, shown INTEGER NOT NULL,\n"
    "  missed INTEGER NOT NULL, PRIMARY KEY (scenario, flag)\n"
    ") WITHOUT ROWID;\n" TALLY_ADD("", "1")
    /* When each trainee last finished an attempt: who has trained. */
    "CREATE TABLE trained (trainee TEXT PRIMARY KEY, last_ms INTEGER NOT NULL) WITHOUT ROWID;\n"
    "INSERT INTO trained (trainee, last_ms) SELECT trainee, max(started_ms) FROM attempts "
    "WHERE completed GROUP BY trainee;\n",
    /* 5 -> 6 (UH_STORE_LANGUAGE_VERSION): the language each attempt was
     * played in; the attempts before were all played in English, the only
     * language there was. */
    "ALTER TABLE attempts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';\n",
};

_Static_assert(sizeof migrations / sizeof *migrations == UH_STORE_SCHEMA_VERSION,
               "one migration per schema version");
_Static_assert(UH_STORE_REPORT_VERSION <= UH_STORE_SCHEMA_VERSION, "the report's version exists");
/* The schema version that added attempts.language. */
#define UH_STORE_LANGUAGE_VERSION 6
_Static_assert(UH_STORE_LANGUAGE_VERSION <= UH_STORE_SCHEMA_VERSION, "the language's version exists");

/* SQLite's message for the last error, with the system's reason for an
 * I/O error ("disk I/O error (No space left on device)") and the file
 * beside the store that is to blame, when one is. */
static void sql_message(sqlite3 *db, int rc, char *out, size_t n)
{
    int sys = sqlite3_system_errno(db);
    const char *path = sqlite3_db_filename(db, "main");
    char extra[PATH_MAX + 64] = "";
    if (path && (PRIMARY(rc) == SQLITE_CANTOPEN || PRIMARY(rc) == SQLITE_READONLY ||
                 PRIMARY(rc) == SQLITE_IOERR)) {
        static const char *const sides[] = {"-shm", "-wal"};
        for (size_t i = 0; i < 2 && !extra[0]; i++) {
            char side[PATH_MAX];
            snprintf(side, sizeof side, "%s%s", path, sides[i]);
            if (access(side, F_OK) == 0 && access(side, R_OK | W_OK) != 0)
                snprintf(extra, sizeof extra, "; %s cannot be written by this user", side);
        }
    }
    if ((PRIMARY(rc) == SQLITE_IOERR || PRIMARY(rc) == SQLITE_CANTOPEN) && sys)
        snprintf(out, n, "%s (%s)%s", sqlite3_errmsg(db), strerror(sys), extra);
    else
        snprintf(out, n, "%s%s", sqlite3_errmsg(db), extra);
}

static void forget_check(uh_store *st);
static bool damage_code(int rc);

static int db_fail(uh_store *st, uh_error *err, const char *what)
{
    char m[400];
    int rc = sqlite3_extended_errcode(st->db);
    if (damage_code(rc))
        forget_check(st);
    sql_message(st->db, rc, m, sizeof m);
    return uh_error_set(err, st->path, 0, "%s: %s", what, m);
}

static int exec(uh_store *st, const char *sql, uh_error *err)
{
    char *msg = NULL;
    int rc = sqlite3_exec(st->db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        char m[400];
        sql_message(st->db, rc, m, sizeof m);
        uh_error_set(err, st->path, 0, "%s", PRIMARY(rc) == SQLITE_IOERR || !msg ? m : msg);
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
            return uh_error_set(err, st->path, 0, _("migration to schema version %d failed: %s"),
                                v + 1, keep);
        }
    }
    return 0;
}

/* =====================================================================
 * The remembered check
 *
 * quick_check reads the whole file: seconds for a million attempts. So
 * "PATH-checked" remembers a clean check with the exact state of the files
 * it was made on, and an open that finds them in that state skips it. The
 * state is, for the store and for its WAL: device, inode, size,
 * modification and status-change times in nanoseconds, and SQLite's own
 * header (the store's first 100 bytes: file change counter, page count,
 * schema cookie...; the WAL's 32: checkpoint sequence and salts, which
 * change at every reset). Any write through the file system changes the
 * status-change time, which no program can set back, so a file changed by
 * anything (another program, a copy, a restore, a careless editor) is
 * checked again. A program with a clean store open for writing records
 * the state each of its commits leaves (SQLite's WAL hook), and the state
 * its close leaves, as long as nothing but its own commits changed the
 * files: before each write, under the writer lock, no other connection
 * has committed (PRAGMA data_version) and the files are as its last commit
 * left them. Its writes went through SQLite onto a sound file. Reading
 * changes nothing, not even this file.
 *
 * What no state shows is bit rot on the medium: a bad sector changes no
 * time. SQLite still reports any page it reads that does not parse (a
 * report then fails, it does not count less), an error that says damage
 * forgets the remembered check, and a remembered check is trusted for
 * seven days at most: then the next open checks the whole file again.
 * =================================================================== */

#define RECHECK_AFTER_MS ((int64_t)7 * 86400000)
#define CHECKED_MAGIC "unhooked quick_check ok 1"

static char *checked_path(const char *path)
{
    return uh_xasprintf("%s-checked", path);
}

/* Appends one file's state to out (n bytes in all): "-" when absent.
 * ctime: whether to include the status-change time. */
static void append_state(char *out, size_t n, const char *path, size_t header, bool ctime)
{
    size_t k = strlen(out);
    struct stat sb;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0 || fstat(fd, &sb) != 0) {
        snprintf(out + k, n - k, "%s%s", k ? " " : "", fd < 0 && errno == ENOENT ? "-" : "?");
        if (fd >= 0)
            close(fd);
        return;
    }
    unsigned char h[100];
    ssize_t got = pread(fd, h, header < sizeof h ? header : sizeof h, 0);
    close(fd);
    int w = snprintf(out + k, n - k, "%s%llu:%llu:%lld:%lld.%09ld:%lld.%09ld:", k ? " " : "",
                     (unsigned long long)sb.st_dev, (unsigned long long)sb.st_ino,
                     (long long)sb.st_size, (long long)sb.st_mtim.tv_sec, sb.st_mtim.tv_nsec,
                     ctime ? (long long)sb.st_ctim.tv_sec : 0LL, ctime ? sb.st_ctim.tv_nsec : 0L);
    k += w > 0 ? (size_t)w : 0;
    for (ssize_t i = 0; i < got && k + 3 < n; i++, k += 2)
        snprintf(out + k, n - k, "%02x", h[i]);
}

/* The state of the store's files (see above), in out. */
static void files_state(const char *path, char out[640])
{
    out[0] = '\0';
    append_state(out, 640, path, 100, true);
    /* Not the WAL's status-change time: SQLite running as root gives the
     * WAL its store's owner at every open (fchown), which moves it. */
    char *wal = uh_xasprintf("%s-wal", path);
    append_state(out, 640, wal, 32, false);
    free(wal);
}

/* Whether "PATH-checked" remembers a clean check of the files in state,
 * at most RECHECK_AFTER_MS ago; sets st->checked_ms to its time. */
static bool check_remembered(uh_store *st, const char *state)
{
    char *cp = checked_path(st->path);
    uh_error e;
    size_t len;
    char *text = uh_read_file_max(cp, 4096, &len, &e);
    free(cp);
    if (!text)
        return false;
    char magic[64], seen[640];
    long long at = 0;
    bool ok = sscanf(text, "%63[^\n]\n%lld\n%639[^\n]", magic, &at, seen) == 3 &&
              strcmp(magic, CHECKED_MAGIC) == 0 && strcmp(seen, state) == 0 && !strchr(state, '?');
    free(text);
    int64_t age = now_ms() - at;
    if (!ok || age < 0 || age >= RECHECK_AFTER_MS)
        return false;
    st->checked_ms = at;
    return true;
}

/* Records a clean check of the files as they are now (checked at
 * st->checked_ms). The caller holds the write lock. Failing to record (a read-only folder) only costs a check
 * at the next open. */
static void remember_check(const uh_store *st)
{
    char state[640];
    files_state(st->path, state);
    if (strchr(state, '?'))
        return;
    char *cp = checked_path(st->path), *tmp = uh_xasprintf("%s.tmp", cp);
    /* Owner-only, as the store is. */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f && fd >= 0)
        close(fd);
    bool ok = f && fprintf(f, "%s\n%lld\n%s\n", CHECKED_MAGIC, (long long)st->checked_ms, state) > 0;
    if (f)
        ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, cp) != 0)
        unlink(tmp);
    free(tmp);
    free(cp);
}

/* Forgets a remembered check: SQLite found the store damaged. */
static void forget_check(uh_store *st)
{
    st->clean = false;
    char *cp = checked_path(st->path);
    unlink(cp);
    free(cp);
}

/* How an open went: usable; damaged (to be confirmed, then set aside);
 * or unusable for another reason (nothing is touched). */
typedef enum open_status { OPEN_OK, OPEN_DAMAGED, OPEN_FAILED } open_status;

/* Only these say the file itself is bad. I/O errors, a full disk, a
 * permission or a lock never do: the file may be perfectly good. */
static bool damage_code(int rc)
{
    return PRIMARY(rc) == SQLITE_CORRUPT || PRIMARY(rc) == SQLITE_NOTADB;
}

/* Fills err for a failed statement; DAMAGED only for a damage code. */
static open_status sql_failure(uh_store *st, int rc, const char *what, uh_error *err)
{
    char m[400];
    sql_message(st->db, rc, m, sizeof m);
    if (damage_code(rc)) {
        uh_error_set(err, st->path, 0, _("the results store is damaged: %s"), m);
        return OPEN_DAMAGED;
    }
    uh_error_set(err, st->path, 0, _("%s: %s; nothing was changed"), what, m);
    return OPEN_FAILED;
}

/* What a SQLite file without Unhooked's application_id holds. */
typedef enum file_kind { KIND_OURS, KIND_EMPTY, KIND_FOREIGN } file_kind;

/* An older Unhooked store is recognised by its tables: attempts and
 * choices (and the outbox from version 2), nothing else, and the columns
 * every version of attempts has. Returns the SQLite status. */
static int schema_kind(uh_store *st, int version, file_kind *kind, char *other, size_t n)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db,
                                "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND "
                                "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                                -1, &s, NULL);
    if (rc != SQLITE_OK)
        return rc;
    int tables = 0, ours = 0, attempts = 0, choices = 0;
    size_t used = 0;
    other[0] = '\0';
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 0);
        tables++;
        if (!name)
            continue;
        attempts += strcmp(name, "attempts") == 0;
        choices += strcmp(name, "choices") == 0;
        ours += !strcmp(name, "attempts") || !strcmp(name, "choices") || !strcmp(name, "outbox") ||
                !strcmp(name, "attempt_flags") || !strcmp(name, "directory");
        if (used + 2 < n) {
            int k = snprintf(other + used, n - used, "%s%s", used ? ", " : "", name);
            used += k > 0 ? (size_t)k : 0;
            if (used >= n)
                used = n - 1;
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return rc;
    int columns = 0;
    if (attempts && (rc = query_int(st->db,
                                    "SELECT count(*) FROM pragma_table_info('attempts') WHERE name "
                                    "IN ('uuid', 'trainee', 'result_json', 'started_ms')",
                                    &columns)) != SQLITE_OK)
        return rc;
    if (tables == 0)
        *kind = version == 0 ? KIND_EMPTY : KIND_FOREIGN;
    else if (ours == tables && attempts && choices && columns == 4 && version >= 1)
        *kind = KIND_OURS;
    else
        *kind = KIND_FOREIGN;
    return SQLITE_OK;
}

/* PRAGMA quick_check: OPEN_OK, OPEN_DAMAGED with what it found, or
 * OPEN_FAILED when the check itself could not run. */
static open_status quick_check(uh_store *st, uh_error *err)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db, "PRAGMA quick_check", -1, &s, NULL);
    if (rc != SQLITE_OK)
        return sql_failure(st, rc, "cannot check the results store", err);
    rc = sqlite3_step(s);
    open_status os = OPEN_OK;
    if (rc == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(s, 0);
        if (!t || strcmp(t, "ok") != 0) {
            /* SQLite lists every bad page; the first few say enough. */
            char found[240];
            snprintf(found, sizeof found, "%s", t ? t : "?");
            flatten(found);
            uh_error_set(err, st->path, 0, _("the results store is damaged: %s%s"), found,
                         t && strlen(t) >= sizeof found ? "..." : "");
            os = OPEN_DAMAGED;
        }
    } else {
        os = sql_failure(st, rc, "cannot check the results store", err);
    }
    sqlite3_finalize(s);
    return os;
}

/* Whether a store that could not be read (rc) is a copy nobody can change
 * here: the file and its folder are not writable and it has no WAL. */
static bool read_only_medium(const char *path, int rc)
{
    if (PRIMARY(rc) != SQLITE_READONLY && PRIMARY(rc) != SQLITE_CANTOPEN)
        return false;
    char *wal = uh_xasprintf("%s-wal", path), *dir = uh_dirname(path);
    bool ro = access(wal, F_OK) != 0 && access(path, W_OK) != 0 && access(dir, W_OK) != 0;
    free(wal);
    free(dir);
    return ro;
}

/* "file:PATH?immutable=1", with the characters a URI reserves escaped. */
static char *immutable_uri(const char *path)
{
    size_t n = strlen(path);
    char *out = uh_xmalloc(3 * n + 32), *o = out;
    o += sprintf(o, "file:");
    for (const char *p = path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#')
            o += sprintf(o, "%%%02X", (unsigned char)*p);
        else
            *o++ = *p;
    }
    sprintf(o, "?immutable=1");
    return out;
}

/* Before a write, under the writer lock: whether the files are as this
 * connection's last commit (or its open) left them and no other
 * connection committed since; if not, it can no longer vouch for them. */
static void vouch_before_write(uh_store *st)
{
    st->vouch = false;
    if (!st->clean)
        return;
    char now[640];
    int dv = -1;
    files_state(st->path, now);
    st->vouch = strcmp(now, st->state) == 0 &&
                query_int(st->db, "PRAGMA data_version", &dv) == SQLITE_OK && dv == st->data_version;
    st->clean = st->vouch;
}

/* After each commit of this connection (SQLite's WAL hook, which this
 * replaces: so it also checkpoints the WAL past 1000 pages as the default
 * one does). A commit that started from the state this connection vouches
 * for leaves a sound store: its state is taken and remembered at once, so
 * that a report run while the kiosk has the store open need not check it
 * either. Any other commit (one not begun through begin_write) ends the
 * vouching. */
static int on_commit(void *arg, sqlite3 *db, const char *name, int frames)
{
    uh_store *st = arg;
    if (frames >= 1000)
        sqlite3_wal_checkpoint(db, name);
    if (st->vouch) {
        files_state(st->path, st->state);
        remember_check(st);
    } else {
        st->clean = false;
    }
    st->vouch = false;
    return SQLITE_OK;
}

/* The store is sound as of now: later commits by other connections show
 * in PRAGMA data_version, changes by anything else in the files' state
 * (see uh_store_close). */
static open_status made_clean(uh_store *st)
{
    st->clean = query_int(st->db, "PRAGMA data_version", &st->data_version) == SQLITE_OK;
    files_state(st->path, st->state);
    sqlite3_wal_hook(st->db, on_commit, st);
    return OPEN_OK;
}

/* Opens st->path with SQLite, tells what it is, checks it and (for
 * writing) migrates it to version. st->ours is set once the file is known
 * to be an Unhooked store. */
static open_status try_open(uh_store *st, const probe *pb, int version, bool *ours,
                            bool *foreign, uh_error *err)
{
    /* The files' state before SQLite opens them (opening makes a WAL). */
    char state[640];
    files_state(st->path, state);
    /* Read-write even for reading: the last connection to close then
     * folds the WAL back and removes it, as if nobody had looked. A file
     * the program may only read is opened read-only by SQLite itself. */
    int rc = sqlite3_open_v2(st->path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        db_fail(st, err, "cannot open the results store");
        size_t k = strlen(err ? err->msg : "");
        if (err && k + 1 < sizeof err->msg)
            snprintf(err->msg + k, sizeof err->msg - k, "; nothing was changed");
        return OPEN_FAILED;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, st->lock_wait_ms > 100 ? st->lock_wait_ms : 100);
    if (st->read_only)
        sqlite3_exec(st->db, "PRAGMA query_only = 1", NULL, NULL, NULL);

    /* The first statement that reads the header finds a file that is not
     * a database; quick_check finds damaged pages and indexes. */
    int app = 0, ver = 0;
    rc = query_int(st->db, "PRAGMA application_id", &app);
    if (rc != SQLITE_OK && st->read_only && read_only_medium(st->path, rc)) {
        /* A copy on a read-only medium: nobody can write it, no WAL is
         * beside it, so it is read as it is, without the WAL's files. */
        sqlite3_close(st->db);
        st->db = NULL;
        char *uri = immutable_uri(st->path);
        rc = sqlite3_open_v2(uri, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                             SQLITE_OPEN_NOMUTEX, NULL);
        free(uri);
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(st->db, 1);
            rc = query_int(st->db, "PRAGMA application_id", &app);
        }
    }
    if (rc != SQLITE_OK || (rc = query_int(st->db, "PRAGMA user_version", &ver)) != SQLITE_OK)
        return sql_failure(st, rc, "cannot read the results store", err);
    file_kind kind = KIND_OURS;
    char other[200];
    if ((uint32_t)app != UH_STORE_APPLICATION_ID) {
        if (app != 0) {
            *foreign = true;
            uh_error_set(err, st->path, 0,
                         _("not an Unhooked results store (a SQLite database of another program: "
                         "application_id %d); nothing was changed"), app);
            return OPEN_FAILED;
        }
        if ((rc = schema_kind(st, ver, &kind, other, sizeof other)) != SQLITE_OK)
            return sql_failure(st, rc, "cannot read the results store", err);
        if (kind == KIND_FOREIGN) {
            *foreign = true;
            if (other[0])
                uh_error_set(err, st->path, 0, _("not an Unhooked results store (a SQLite database "
                             "with the tables %s); nothing was changed"), other);
            else
                uh_error_set(err, st->path, 0, _("not an Unhooked results store (a SQLite database "
                             "with user_version %d); nothing was changed"), ver);
            return OPEN_FAILED;
        }
        if (kind == KIND_EMPTY && st->read_only) {
            uh_error_set(err, st->path, 0, _("no results have been recorded in this store yet"));
            return OPEN_FAILED;
        }
    }
    *ours = kind == KIND_OURS;
    if (ver > UH_STORE_SCHEMA_VERSION) {
        uh_error_set(err, st->path, 0,
                     _("the results store has schema version %d; this program knows up to %d "
                     "(a newer Unhooked wrote it); nothing was changed"), ver,
                     UH_STORE_SCHEMA_VERSION);
        return OPEN_FAILED;
    }
    st->version = ver;
    st->remembered = !pb->empty && check_remembered(st, state);
    if (!pb->empty && !st->remembered) {
        open_status os = quick_check(st, err);
        if (os != OPEN_OK)
            return os;
    }
    if (!st->remembered)
        st->checked_ms = now_ms();  /* checked now, or a new empty file */
    if (st->read_only)
        return made_clean(st);
    /* WAL + FULL: a commit is on disk when it returns. secure_delete makes
     * purged rows unrecoverable from the file's free pages. */
    if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                 "PRAGMA secure_delete=ON;", err)) {
        /* Garbage read here (with a check remembered, the first full read
         * of the header page) is damage, to be confirmed. */
        int rc = sqlite3_extended_errcode(st->db);
        return damage_code(rc) ? sql_failure(st, rc, "", err) : OPEN_FAILED;
    }
    if (ver < version) {
        if (migrate(st, ver, version, err))
            return OPEN_FAILED;
        st->version = version;
    }
    return made_clean(st);
}

/* A second opinion before anything is moved: a fresh connection runs the
 * full integrity check. True when it finds damage too; otherwise err
 * says the first finding was not confirmed. */
static bool confirm_damage(uh_store *st, uh_error *err)
{
    char first[sizeof err->msg];
    snprintf(first, sizeof first, "%s", err ? err->msg : "");
    sqlite3 *db = NULL;
    bool damaged = false;
    int rc = sqlite3_open_v2(st->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    sqlite3_stmt *s = NULL;
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, st->lock_wait_ms > 100 ? st->lock_wait_ms : 100);
        rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(20)", -1, &s, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const char *t = (const char *)sqlite3_column_text(s, 0);
            damaged = !t || strcmp(t, "ok") != 0;
        } else {
            damaged = damage_code(rc);
        }
    }
    if (!damaged) {
        char m[400] = "";
        if (rc != SQLITE_ROW && db)
            sql_message(db, rc, m, sizeof m);
        uh_error_set(err, st->path, 0, _("%s; a second check %s%s, so nothing was changed"), first,
                     m[0] ? _("could not run: ") : _("found nothing wrong"), m);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return damaged;
}

static uh_store *open_store(const char *path, const uh_store_options *o, uh_error *err)
{
    static const uh_store_options defaults = {0};
    if (!o)
        o = &defaults;
    int version = o->version ? o->version : UH_STORE_SCHEMA_VERSION;
    if (version < 1 || version > UH_STORE_SCHEMA_VERSION) {
        uh_error_set(err, path, 0, _("no schema version %d"), version);
        return NULL;
    }
    uh_store *st = uh_xcalloc(1, sizeof *st);
    st->path = uh_xstrdup(path);
    st->read_only = o->read_only;
    st->lock_fd = -1;
    st->lock_wait_ms = o->lock_wait_ms == 0 ? LOCK_WAIT_MS : o->lock_wait_ms < 0 ? 0
                                                                               : o->lock_wait_ms;
    char *lock_path = uh_xasprintf("%s-lock", path);
    bool locked = false, created = false, ours = false, foreign = false;
    probe pb;
    open_status os = OPEN_FAILED;
    /* PATH-lock is made by every program that ever wrote here: the one
     * sign that a file which is no database any more was a store. */
    bool lock_existed = access(lock_path, F_OK) == 0;

    if (st->read_only) {
        if (probe_path(path, &pb, err))
            goto done;
        if (!pb.exists) {
            uh_error_set(err, path, 0, _("there is no results store here (a wrong --db, or nothing "
                         "was recorded yet)"));
            goto done;
        }
        if (pb.empty) {
            uh_error_set(err, path, 0, _("no results have been recorded in this store yet"));
            goto done;
        }
        if (!pb.sqlite) {
            uh_error_set(err, path, 0, _("not a SQLite database: %s; nothing was changed"),
                         lock_existed ? _("the results store is damaged")
                                      : _("not a results store"));
            goto done;
        }
        st->lock_fd = open(lock_path, O_RDONLY | O_CLOEXEC);
    } else {
        /* A file that is no database, where no store has been: refused
         * before anything is created beside it. */
        if (probe_path(path, &pb, err))
            goto done;
        if (pb.exists && !pb.empty && !pb.sqlite && !lock_existed) {
            uh_error_set(err, path, 0, _("not an Unhooked results store (not a SQLite database); "
                         "nothing was changed"));
            goto done;
        }
        if (make_parents(path, err))
            goto done;
        st->lock_fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (st->lock_fd < 0) {
            uh_error_set(err, path, 0, _("cannot create the lock file %s: %s"), lock_path,
                         strerror(errno));
            goto done;
        }
    }
    if (st->lock_fd >= 0 && in_use_lock(st->lock_fd, F_RDLCK, st->lock_wait_ms) != 0) {
        uh_error_set(err, path, 0, errno == EAGAIN ? "another program is setting the results "
                     "store aside; try again" : "cannot lock the results store: %s",
                     strerror(errno));
        goto done;
    }
    if (!st->read_only) {
        if (write_lock(st, err))
            goto done;
        locked = true;
        if (probe_path(path, &pb, err))
            goto done;
        if (pb.exists && !pb.empty && !pb.sqlite && !lock_existed) {
            uh_error_set(err, path, 0, _("not an Unhooked results store (not a SQLite database); "
                         "nothing was changed"));
            goto done;
        }
        if (!pb.exists) {
            /* Create it owner-only; SQLite gives its WAL the same mode. */
            int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0) {
                uh_error_set(err, path, 0,
                             _("cannot create the results store: %s"), strerror(errno));
                goto done;
            }
            close(fd);
            created = true;
            pb = (probe){.exists = true, .empty = true};
        }
    }
    os = try_open(st, &pb, version, &ours, &foreign, err);
    if (os == OPEN_DAMAGED) {
        sqlite3_close(st->db);
        st->db = NULL;
        /* Only a store is set aside: one marked as ours, recognised by its
         * tables, or a file where a store has been (its lock file). */
        bool evidence = ours || pb.app_id == UH_STORE_APPLICATION_ID || lock_existed;
        if (st->read_only) {
            size_t k = strlen(err ? err->msg : "");
            if (err && k + 1 < sizeof err->msg)
                snprintf(err->msg + k, sizeof err->msg - k, "; nothing was changed (the next "
                         "program that writes to it sets it aside)");
            os = OPEN_FAILED;
        } else if (!evidence) {
            size_t k = strlen(err ? err->msg : "");
            if (err && k + 1 < sizeof err->msg)
                snprintf(err->msg + k, sizeof err->msg - k, ", and nothing shows it is an "
                         "Unhooked store; nothing was changed");
            os = OPEN_FAILED;
        } else if (!confirm_damage(st, err)) {
            os = OPEN_FAILED;
        } else if (in_use_lock(st->lock_fd, F_WRLCK, 0) != 0) {
            size_t k = strlen(err ? err->msg : "");
            if (err && k + 1 < sizeof err->msg)
                snprintf(err->msg + k, sizeof err->msg - k, "; another program has it open, so "
                         "it is set aside when that program stops");
            os = OPEN_FAILED;
        } else {
            char reason[sizeof err->msg];
            const char *why = err ? err->msg : "damaged";
            const char *prefix = "the results store is damaged: ";
            if (!strncmp(why, prefix, strlen(prefix)))
                why += strlen(prefix);
            snprintf(reason, sizeof reason, "%s", why);
            st->recovered_from = set_aside(path, reason, err);
            in_use_lock(st->lock_fd, F_RDLCK, 0);
            os = OPEN_FAILED;
            if (st->recovered_from) {
                int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
                if (fd >= 0)
                    close(fd);
                created = true;
                pb = (probe){.exists = true, .empty = true};
                os = try_open(st, &pb, version, &ours, &foreign, err);
            }
        }
    }
    if (os == OPEN_OK && created)
        sync_parent(path);
done:
    /* Refusing another program's file leaves no lock file beside it: that
     * would count as a sign of a store next time. */
    if (foreign && !lock_existed)
        unlink(lock_path);
    if (locked)
        write_unlock(st);
    free(lock_path);
    if (os != OPEN_OK) {
        uh_store_close(st);
        return NULL;
    }
    return st;
}

uh_store *uh_store_open_with(const char *path, const uh_store_options *o, uh_error *err)
{
    return open_store(path, o, err);
}

uh_store *uh_store_open(const char *path, uh_error *err)
{
    return open_store(path, NULL, err);
}

uh_store *uh_store_open_at(const char *path, int version, uh_error *err)
{
    uh_store_options o = {.version = version};
    return open_store(path, &o, err);
}

uh_store *uh_store_open_config(const uh_config *cfg, const char *path, const uh_store_options *o,
                               uh_error *err)
{
    char *p = path ? uh_xstrdup(path) : uh_config_results_db(cfg);
    uh_store *st = open_store(p, o, err);
    free(p);
    if (st && cfg && cfg->retention_days > 0) {
        int64_t cut = now_ms() - (int64_t)cfg->retention_days * 86400000;
        if (st->read_only) {
            st->hide_before = cut;  /* reading changes nothing: leave them out */
        } else {
            /* A kiosk runs for months: saves apply it again, at most
             * hourly; one that fails now (a full disk) is retried then. */
            st->retention_days = cfg->retention_days;
            st->retention_ran = uh_store_apply_retention(st, cfg->retention_days, NULL, NULL) == 0
                                    ? now_ms() : 0;
        }
    }
    return st;
}

const char *uh_store_recovered_from(const uh_store *st)
{
    return st ? st->recovered_from : NULL;
}

bool uh_store_check_remembered(const uh_store *st, int64_t *checked_ms)
{
    if (checked_ms)
        *checked_ms = st ? st->checked_ms : 0;
    return st && st->remembered;
}

bool uh_store_read_only(const uh_store *st)
{
    return st && st->read_only;
}

void uh_store_set_lock_wait(uh_store *st, int ms)
{
    st->lock_wait_ms = ms == 0 ? LOCK_WAIT_MS : ms < 0 ? 0 : ms;
    sqlite3_busy_timeout(st->db, st->lock_wait_ms > 100 ? st->lock_wait_ms : 100);
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
        /* Closing the last connection checkpoints the WAL: a write, done
         * under the writer lock or not at all. */
        bool locked = st->lock_fd >= 0 && write_lock(st, NULL) == 0;
        if (st->lock_fd >= 0 && !locked)
            sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)NULL);
        /* Still clean if only this connection wrote since it was checked:
         * remember the check for the files as the close leaves them. */
        int dv = -1;
        char now[640];
        files_state(st->path, now);
        bool clean = locked && st->clean && !st->batch &&
                     query_int(st->db, "PRAGMA data_version", &dv) == SQLITE_OK &&
                     dv == st->data_version && strcmp(now, st->state) == 0;
        bool closed = sqlite3_close(st->db) == SQLITE_OK;
        if (clean && closed && !st->read_only)  /* reading changes nothing */
            remember_check(st);
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
    if (st->batch)
        return st->batch_failed ? uh_error_set(err, st->path, 0, _("an earlier write of this batch "
                                               "failed; it is rolled back")) : 0;
    if (st->read_only)
        return uh_error_set(err, st->path, 0, _("the results store was opened for reading only"));
    if (write_lock(st, err))
        return -1;
    vouch_before_write(st);
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
    if (st->batch) {
        st->batch_failed |= rc != 0;
        return rc;
    }
    if (rc == 0 && exec(st, "COMMIT", err))
        rc = -1;
    if (rc != 0)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    st->vouch = false;  /* the commit (if any) used it */
    write_unlock(st);
    return rc;
}

static int prepare(uh_store *st, const char *sql, sqlite3_stmt **s, uh_error *err)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK) {
        *s = NULL;
        return db_fail(st, err, _("cannot prepare a query"));
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

/* A trainee or cohort as the window's sign-in accepts them: UTF-8 text
 * with no control characters (NULL passes). From `run --trainee` or an
 * imported file, anything else went as it was into the exports, where a
 * stray byte makes the xAPI statements JSON an LRS refuses and a newline
 * splits the report's and the CSV's lines. */
static bool plain_text(const char *s)
{
    if (!s)
        return true;
    size_t n = strlen(s);
    if (uh_utf8_invalid(s, n) < n)
        return false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            return false;
    return true;
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

struct uh_attempt_copy {
    char uuid[37];
    char *trainee, *cohort, *mode, *scenario, *hash, *title, *ending, *json, *language;
    bool anonymous, completed, reported, passed;
    char started[32], ended[32];
    int64_t started_ms, ended_ms;
    int hook, hook_at_report, score;  /* hook_at_report: -1 when not reported */
    size_t nchoices;
    int *choices;
    char **scenes;  /* the scene each choice was made in (NULL when unknown) */
    char *report_to;  /* the report's recipient (option id), NULL when none */
    uh_strv spotted, missed;  /* red flags on the path, marked and not */
};

static char *dup_or_null(const char *s)
{
    return s ? uh_xstrdup(s) : NULL;
}

uh_attempt_copy *uh_attempt_copy_new(const uh_attempt *a, uh_error *err)
{
    const uh_result *r = a->result;
    if (!r || !r->scenario) {
        uh_error_set(err, NULL, 0, _("an attempt needs a result with a scenario id"));
        return NULL;
    }
    char pseudonym[32];
    const char *trainee = a->trainee;
    if (a->anonymous && (!trainee || strncmp(trainee, "anon-", 5) != 0)) {
        uh_store_pseudonym(pseudonym);
        trainee = pseudonym;
    }
    if (!trainee || !*trainee) {
        uh_error_set(err, NULL, 0, _("an attempt needs a trainee (or anonymous mode)"));
        return NULL;
    }
    if (!plain_text(trainee) || !plain_text(a->cohort)) {
        uh_error_set(err, NULL, 0, _("the trainee and the cohort must be UTF-8 text without control "
                     "characters"));
        return NULL;
    }
    uh_attempt_copy *c = uh_xcalloc(1, sizeof *c);
    if (norm_time(a->started_at, "started_at", &c->started_ms, c->started, err) ||
        norm_time(a->ended_at, "ended_at", &c->ended_ms, c->ended, err)) {
        free(c);
        return NULL;
    }
    if (a->uuid)
        snprintf(c->uuid, sizeof c->uuid, "%s", a->uuid);
    else
        random_uuid(c->uuid);
    c->trainee = uh_xstrdup(trainee);
    c->anonymous = a->anonymous;
    c->cohort = a->cohort && *a->cohort ? uh_xstrdup(a->cohort) : NULL;
    c->mode = uh_xstrdup(a->mode ? a->mode : "self");
    c->language = uh_xstrdup(a->language && *a->language ? a->language : "en");
    c->scenario = uh_xstrdup(r->scenario);
    c->hash = dup_or_null(r->hash);
    c->title = dup_or_null(r->title);
    c->completed = r->completed;
    c->ending = r->completed ? dup_or_null(r->ending) : NULL;
    c->reported = r->reported;
    c->hook = r->hook;
    c->hook_at_report = r->reported ? r->reported_at_hook : -1;
    c->score = r->score.score;
    c->passed = r->score.passed;
    c->json = uh_result_to_string(r, false);
    c->report_to = r->reported ? dup_or_null(r->report_to) : NULL;
    for (size_t k = 0; k < r->spotted_ids.n; k++)
        uh_strv_push(&c->spotted, r->spotted_ids.v[k]);
    for (size_t k = 0; k < r->missed_ids.n; k++)
        uh_strv_push(&c->missed, r->missed_ids.v[k]);
    /* The k-th choice was made in the k-th scene shown. */
    c->nchoices = r->nchoices;
    c->choices = uh_xcalloc(r->nchoices ? r->nchoices : 1, sizeof *c->choices);
    c->scenes = uh_xcalloc(r->nchoices ? r->nchoices : 1, sizeof *c->scenes);
    for (size_t k = 0; k < r->nchoices; k++) {
        c->choices[k] = r->choices[k];
        c->scenes[k] = k < r->path.n ? dup_or_null(r->path.v[k]) : NULL;
    }
    return c;
}

/* Every field uh_attempt_copy_new fills from an attempt is filled here from
 * the stored columns and result JSON (a column added to the copy needs a
 * line in both; results_fleet compares an imported attempt with its
 * original field by field). */
uh_attempt_copy *uh_attempt_copy_from_record(const uh_record *r, uh_error *err)
{
    if (!r->uuid || strlen(r->uuid) != 36 || strspn(r->uuid, "0123456789abcdefABCDEF-") != 36) {
        uh_error_set(err, NULL, 0, _("an imported attempt needs its UUID"));
        return NULL;
    }
    if (!r->trainee || !*r->trainee || !r->scenario || !*r->scenario || !r->mode || !*r->mode) {
        uh_error_set(err, NULL, 0,
                     _("attempt %s: it needs a trainee, a mode and a scenario"), r->uuid);
        return NULL;
    }
    if (!plain_text(r->trainee) || !plain_text(r->cohort)) {
        uh_error_set(err, NULL, 0, _("attempt %s: the trainee and the cohort must be UTF-8 text "
                     "without control characters"), r->uuid);
        return NULL;
    }
    if (r->anonymous && strncmp(r->trainee, "anon-", 5) != 0) {
        uh_error_set(err, NULL, 0, _("attempt %s: anonymous, yet it has a name"), r->uuid);
        return NULL;
    }
    if (!cJSON_IsObject(r->result)) {
        uh_error_set(err, NULL, 0, _("attempt %s: its result is not a JSON object"), r->uuid);
        return NULL;
    }
    static const char *const modes[] = {"self", "kiosk", "facilitated", "cli"};
    bool known = false;
    for (size_t i = 0; i < 4; i++)
        known = known || strcmp(r->mode, modes[i]) == 0;
    if (!known) {
        uh_error_set(err, NULL, 0,
                     _("attempt %s: mode \"%s\" is not self, kiosk, facilitated or cli"),
                     r->uuid, r->mode);
        return NULL;
    }
    if (r->score < 0 || r->score > 100 || r->hook < 0 || r->hook > 100 || r->hook_at_report < -1 ||
        r->hook_at_report > 100) {
        uh_error_set(err, NULL, 0, _("attempt %s: a score or hook depth outside 0-100"), r->uuid);
        return NULL;
    }
    uh_attempt_copy *c = uh_xcalloc(1, sizeof *c);
    const char *t0 = r->started_at ? r->started_at : "", *t1 = r->ended_at ? r->ended_at : "";
    if (norm_time(t0, "started_at", &c->started_ms, c->started, err) ||
        norm_time(t1, "ended_at", &c->ended_ms, c->ended, err)) {
        char keep[sizeof err->msg];
        snprintf(keep, sizeof keep, "%s", err ? err->msg : "");
        uh_error_set(err, NULL, 0, _("attempt %s: %s"), r->uuid, keep);
        free(c);
        return NULL;
    }
    for (int i = 0; i < 36; i++)
        c->uuid[i] = (char)tolower((unsigned char)r->uuid[i]);
    c->trainee = uh_xstrdup(r->trainee);
    c->anonymous = r->anonymous;
    c->cohort = r->cohort && *r->cohort ? uh_xstrdup(r->cohort) : NULL;
    c->mode = uh_xstrdup(r->mode);
    c->language = uh_xstrdup(r->language && *r->language ? r->language : "en");
    c->scenario = uh_xstrdup(r->scenario);
    c->hash = dup_or_null(r->scenario_hash);
    c->title = dup_or_null(r->title);
    c->completed = r->completed;
    c->ending = r->completed ? dup_or_null(r->ending) : NULL;
    c->reported = r->reported;
    c->hook = r->hook;
    c->hook_at_report = r->reported ? r->hook_at_report : -1;
    c->score = r->score;
    c->passed = r->passed;
    c->json = cJSON_PrintUnformatted(r->result);
    c->nchoices = r->nchoices;
    c->choices = uh_xcalloc(r->nchoices ? r->nchoices : 1, sizeof *c->choices);
    c->scenes = uh_xcalloc(r->nchoices ? r->nchoices : 1, sizeof *c->scenes);
    for (size_t k = 0; k < r->nchoices; k++) {
        c->choices[k] = r->choices[k];
        c->scenes[k] = r->choice_scenes ? dup_or_null(r->choice_scenes[k]) : NULL;
    }
    /* What the report's tables keep at save time, from the result JSON as
     * the migration to schema 5 takes it. */
    const cJSON *to = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(r->result, "report"), "to");
    c->report_to = r->reported && cJSON_IsString(to) ? uh_xstrdup(to->valuestring) : NULL;
    const cJSON *flags = cJSON_GetObjectItemCaseSensitive(r->result, "flags"), *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(flags, "spotted_ids"))
        if (cJSON_IsString(it))
            uh_strv_push(&c->spotted, it->valuestring);
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(flags, "missed_ids"))
        if (cJSON_IsString(it))
            uh_strv_push(&c->missed, it->valuestring);
    return c;
}

int uh_store_has_attempt(uh_store *st, const char *uuid, uh_error *err)
{
    sqlite3_stmt *s;
    if (prepare(st, "SELECT 1 FROM attempts WHERE uuid = lower(?)", &s, err))
        return -1;
    bind_text(s, 1, uuid);
    int rc = sqlite3_step(s);
    int out = rc == SQLITE_ROW    ? 1
              : rc == SQLITE_DONE ? 0
                                  : db_fail(st, err, _("cannot look for an attempt"));
    sqlite3_finalize(s);
    return out;
}

void uh_attempt_copy_free(uh_attempt_copy *c)
{
    if (!c)
        return;
    free(c->trainee);
    free(c->cohort);
    free(c->mode);
    free(c->language);
    free(c->scenario);
    free(c->hash);
    free(c->title);
    free(c->ending);
    free(c->json);
    free(c->report_to);
    uh_strv_free(&c->spotted);
    uh_strv_free(&c->missed);
    for (size_t k = 0; k < c->nchoices; k++)
        free(c->scenes[k]);
    free(c->scenes);
    free(c->choices);
    free(c);
}

/* Writes what reports count by for the attempt saved as row: the
 * recipient of its report and every red flag on its path. */
static int save_extracts(uh_store *st, const uh_attempt_copy *c, int64_t row, sqlite3_stmt *to,
                         sqlite3_stmt *fl, uh_error *err)
{
    /* The outcome as summary.h defines it: reported, hooked, missed (an
     * ending that reports, clears or walks away without a report), or
     * incomplete. */
    static const char *const safe[] = {"walked_away", "declined", "ignored", "refused",
                                       "reported", "cleared"};
    int outcome = 1;
    if (c->reported)
        outcome = 0;
    else if (!c->completed)
        outcome = 3;
    for (size_t i = 0; outcome == 1 && c->ending && i < sizeof safe / sizeof *safe; i++)
        if (strncmp(c->ending, safe[i], strlen(safe[i])) == 0)
            outcome = 2;
    bind_text(to, 1, c->report_to);
    sqlite3_bind_int(to, 2, outcome);
    sqlite3_bind_int64(to, 3, row);
    if (sqlite3_step(to) != SQLITE_DONE)
        return db_fail(st, err, _("cannot save the attempt"));
    /* The tallies count it; a finished attempt makes its trainee trained. */
    if (c->completed) {
        sqlite3_stmt *t;
        if (prepare(st, "INSERT INTO trained (trainee, last_ms) VALUES (?1, ?2) ON CONFLICT DO "
                        "UPDATE SET last_ms = max(last_ms, ?2)", &t, err))
            return -1;
        bind_text(t, 1, c->trainee);
        sqlite3_bind_int64(t, 2, c->started_ms);
        int step = sqlite3_step(t);
        sqlite3_finalize(t);
        if (step != SQLITE_DONE)
            return db_fail(st, err, _("cannot save the attempt's tallies"));
    }
    static const char *const tally[2] = {
        "INSERT INTO tally_groups (scenario, cohort, hook, outcome, completed, passed, report_to, "
        "attempts, score_sum) VALUES (?1, coalesce(?2, ''), ?3, ?4, ?5, ?6, coalesce(?7, ''), 1, "
        "?8) ON CONFLICT DO UPDATE SET attempts = attempts + 1, score_sum = score_sum + ?8",
        "INSERT INTO tally_days (day, hook, outcome, completed, passed, report_to, attempts, "
        "score_sum) VALUES (?9 / 86400000, ?3, ?4, ?5, ?6, coalesce(?7, ''), 1, ?8) ON CONFLICT "
        "DO UPDATE SET attempts = attempts + 1, score_sum = score_sum + ?8",
    };
    for (int k = 0; k < 2; k++) {
        sqlite3_stmt *t;
        if (prepare(st, tally[k], &t, err))
            return -1;
        bind_text(t, 1, c->scenario);
        bind_text(t, 2, c->cohort);
        sqlite3_bind_int(t, 3, c->hook_at_report >= 0 ? c->hook_at_report : -1);
        sqlite3_bind_int(t, 4, outcome);
        sqlite3_bind_int(t, 5, c->completed);
        sqlite3_bind_int(t, 6, c->passed);
        bind_text(t, 7, c->report_to);
        sqlite3_bind_int(t, 8, c->score);
        sqlite3_bind_int64(t, 9, c->started_ms);
        int step = sqlite3_step(t);
        sqlite3_finalize(t);
        if (step != SQLITE_DONE)
            return db_fail(st, err, _("cannot save the attempt's tallies"));
    }
    const uh_strv *lists[2] = {&c->missed, &c->spotted};
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < lists[k]->n; i++) {
            sqlite3_reset(fl);
            sqlite3_bind_int64(fl, 1, row);
            bind_text(fl, 2, lists[k]->v[i]);
            bind_text(fl, 3, c->scenario);
            sqlite3_bind_int(fl, 4, k);
            sqlite3_bind_int64(fl, 5, c->started_ms);
            if (sqlite3_step(fl) != SQLITE_DONE)
                return db_fail(st, err, _("cannot save the attempt's red flags"));
            if (sqlite3_changes(st->db) == 0)
                continue;  /* a flag listed twice counts once */
            sqlite3_stmt *t;
            if (prepare(st, "INSERT INTO tally_flags (scenario, flag, shown, missed) VALUES "
                            "(?1, ?2, 1, ?3) ON CONFLICT DO UPDATE SET shown = shown + 1, "
                            "missed = missed + ?3", &t, err))
                return -1;
            bind_text(t, 1, c->scenario);
            bind_text(t, 2, lists[k]->v[i]);
            sqlite3_bind_int(t, 3, k == 0);
            int step = sqlite3_step(t);
            sqlite3_finalize(t);
            if (step != SQLITE_DONE)
                return db_fail(st, err, _("cannot save the attempt's tallies"));
        }
    }
    return 0;
}

int uh_store_save_copy(uh_store *st, const uh_attempt_copy *c, int64_t *id, uh_error *err)
{
    char saved[32];
    uh_time_format(now_ms(), saved);
    sqlite3_stmt *ins = NULL, *ch = NULL, *old = NULL, *fl = NULL, *to = NULL;
    int rc = -1;
    if (begin_write(st, err))
        return -1;
    /* From version 5 the recipient and the flags are kept for reports. */
    if (st->version >= UH_STORE_REPORT_VERSION &&
        (prepare(st, "UPDATE attempts SET report_to = ?, outcome = ? WHERE id = ?", &to, err) ||
         prepare(st, "INSERT OR IGNORE INTO attempt_flags (attempt_id, flag, scenario, spotted, "
                     "started_ms) VALUES (?,?,?,?,?)", &fl, err)))
        goto done;
    /* A copy saved before (the commit was durable, but its caller never
     * heard) is not saved twice: the UUID is unique. */
    /* The language column came with UH_STORE_LANGUAGE_VERSION (a store held
     * at an older version by uh_store_options.version has none). */
    bool lang = st->version >= UH_STORE_LANGUAGE_VERSION;
    if (prepare(st,
                lang ? "INSERT INTO attempts (uuid, trainee, anonymous, cohort, mode, scenario, "
                       "scenario_hash, title, started_at, started_ms, ended_at, ended_ms, completed, "
                       "ending, reported, hook, hook_at_report, score, passed, result_json, saved_at, "
                       "language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT(uuid) DO NOTHING"
                     : "INSERT INTO attempts (uuid, trainee, anonymous, cohort, mode, scenario, "
                       "scenario_hash, title, started_at, started_ms, ended_at, ended_ms, completed, "
                       "ending, reported, hook, hook_at_report, score, passed, result_json, saved_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uuid) DO NOTHING",
                &ins, err) ||
        prepare(st, "INSERT INTO choices (attempt_id, seq, scene, position) VALUES (?,?,?,?)", &ch,
                err))
        goto done;
    int i = 1;
    bind_text(ins, i++, c->uuid);
    bind_text(ins, i++, c->trainee);
    sqlite3_bind_int(ins, i++, c->anonymous);
    bind_text(ins, i++, c->cohort);
    bind_text(ins, i++, c->mode);
    bind_text(ins, i++, c->scenario);
    bind_text(ins, i++, c->hash);
    bind_text(ins, i++, c->title);
    bind_text(ins, i++, c->started);
    sqlite3_bind_int64(ins, i++, c->started_ms);
    bind_text(ins, i++, c->ended);
    sqlite3_bind_int64(ins, i++, c->ended_ms);
    sqlite3_bind_int(ins, i++, c->completed);
    bind_text(ins, i++, c->ending);
    sqlite3_bind_int(ins, i++, c->reported);
    sqlite3_bind_int(ins, i++, c->hook);
    if (c->hook_at_report >= 0)
        sqlite3_bind_int(ins, i++, c->hook_at_report);
    else
        sqlite3_bind_null(ins, i++);
    sqlite3_bind_int(ins, i++, c->score);
    sqlite3_bind_int(ins, i++, c->passed);
    bind_text(ins, i++, c->json);
    bind_text(ins, i++, saved);
    if (lang)
        bind_text(ins, i++, c->language);
    if (sqlite3_step(ins) != SQLITE_DONE) {
        db_fail(st, err, _("cannot save the attempt"));
        goto done;
    }
    int64_t row;
    if (sqlite3_changes(st->db) == 0) {
        if (prepare(st, "SELECT id FROM attempts WHERE uuid = ?", &old, err))
            goto done;
        bind_text(old, 1, c->uuid);
        if (sqlite3_step(old) != SQLITE_ROW) {
            db_fail(st, err, _("cannot find an attempt saved before"));
            goto done;
        }
        row = sqlite3_column_int64(old, 0);
    } else {
        row = sqlite3_last_insert_rowid(st->db);
        for (size_t k = 0; k < c->nchoices; k++) {
            sqlite3_reset(ch);
            sqlite3_bind_int64(ch, 1, row);
            sqlite3_bind_int64(ch, 2, (sqlite3_int64)k);
            bind_text(ch, 3, c->scenes[k]);
            sqlite3_bind_int(ch, 4, c->choices[k]);
            if (sqlite3_step(ch) != SQLITE_DONE) {
                db_fail(st, err, _("cannot save the attempt's choices"));
                goto done;
            }
        }
        if (to && save_extracts(st, c, row, to, fl, err))
            goto done;
    }
    if (id)
        *id = row;
    rc = 0;
done:
    sqlite3_finalize(ins);
    sqlite3_finalize(ch);
    sqlite3_finalize(old);
    sqlite3_finalize(fl);
    sqlite3_finalize(to);
    rc = end_write(st, rc, err);
    if (rc == 0 && !st->batch && st->retention_days > 0 &&
        now_ms() - st->retention_ran > 3600 * 1000) {
        st->retention_ran = now_ms();
        uh_store_apply_retention(st, st->retention_days, NULL, NULL);  /* retried next hour */
    }
    return rc;
}

int uh_store_save(uh_store *st, const uh_attempt *a, int64_t *id, uh_error *err)
{
    uh_attempt_copy *c = uh_attempt_copy_new(a, err);
    if (!c) {
        if (err)
            snprintf(err->file, sizeof err->file, "%s", st->path);
        return -1;
    }
    int rc = uh_store_save_copy(st, c, id, err);
    uh_attempt_copy_free(c);
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
        rc = db_fail(st, err, _("cannot read progress"));
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
    "a.reported, a.hook, a.hook_at_report, a.score, a.passed, a.result_json, "
/* ... and the language, which a store before UH_STORE_LANGUAGE_VERSION lacks. */
#define RECORD_LANGUAGE(st) ((st)->version >= UH_STORE_LANGUAGE_VERSION ? "a.language" : "'en'")

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
    r->language = col_text(s, i++);
    if (!r->language)
        r->language = uh_xstrdup("en");
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
    return rc == SQLITE_DONE ? 0 : db_fail(st, err, _("cannot read choices"));
}

/* One pass over the attempts a filter selects, a row at a time, inside
 * one read transaction (a consistent snapshot even while a kiosk writes). */
struct uh_record_iter {
    uh_store *st;
    sqlite3_stmt *s, *q;  /* the attempts; the choices of one attempt */
    uh_record cur;        /* the record last returned */
    bool in_tx;
    bool done;            /* the last row was read (a step now would start over) */
};

static void record_clear(uh_record *r)
{
    free(r->uuid);
    free(r->trainee);
    free(r->cohort);
    free(r->mode);
    free(r->language);
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
    memset(r, 0, sizeof *r);
}

void uh_record_iter_free(uh_record_iter *it)
{
    if (!it)
        return;
    record_clear(&it->cur);
    sqlite3_finalize(it->s);
    sqlite3_finalize(it->q);
    if (it->in_tx)
        sqlite3_exec(it->st->db, "COMMIT", NULL, NULL, NULL);
    free(it);
}

/* Starts reading the records selected by "SELECT RECORD_COLUMNS FROM
 * attempts a WHERE <filter> <extra> ORDER BY ...". */
static uh_record_iter *iterate(uh_store *st, const uh_filter *f, const char *extra, size_t limit,
                               uh_error *err)
{
    uh_filter none = {0};
    if (!f)
        f = &none;
    int64_t since = 0, before = 0;
    if (f->since && uh_time_parse(f->since, &since, err))
        return NULL;
    if (f->before && uh_time_parse(f->before, &before, err))
        return NULL;
    char sql[1024], lim[40] = "";
    if (limit)
        snprintf(lim, sizeof lim, " LIMIT %zu", limit);
    snprintf(sql, sizeof sql,
             "SELECT " RECORD_COLUMNS "%s FROM attempts a WHERE 1 %s%s%s%s%s%s%s "
             "ORDER BY a.started_ms, a.id%s", RECORD_LANGUAGE(st),
             st->hide_before ? "AND a.started_ms >= :hide " : "",
             f->cohort ? "AND a.cohort = :cohort " : "", f->since ? "AND a.started_ms >= :since " : "",
             f->before ? "AND a.started_ms < :before " : "",
             f->trainee ? "AND a.trainee = :trainee " : "",
             f->scenario ? "AND a.scenario = :scenario " : "", extra ? extra : "", lim);
    uh_record_iter *it = uh_xcalloc(1, sizeof *it);
    it->st = st;
    if (exec(st, "BEGIN", err)) {
        free(it);
        return NULL;
    }
    it->in_tx = true;
    if (prepare(st, sql, &it->s, err) ||
        prepare(st, "SELECT scene, position FROM choices WHERE attempt_id = ? ORDER BY seq",
                &it->q, err)) {
        uh_record_iter_free(it);
        return NULL;
    }
    sqlite3_stmt *s = it->s;
    sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":hide"), st->hide_before);
    bind_text(s, sqlite3_bind_parameter_index(s, ":cohort"), f->cohort);
    sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":since"), since);
    sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":before"), before);
    bind_text(s, sqlite3_bind_parameter_index(s, ":trainee"), f->trainee);
    bind_text(s, sqlite3_bind_parameter_index(s, ":scenario"), f->scenario);
    return it;
}

uh_record_iter *uh_store_iterate(uh_store *st, const uh_filter *f, uh_error *err)
{
    return iterate(st, f, NULL, 0, err);
}

/* Reads the next row into r (which must be cleared). 1 = a record, 0 = the
 * end, -1 = an error. */
static int iter_step(uh_record_iter *it, uh_record *r, uh_error *err)
{
    if (it->done)
        return 0;
    int step = sqlite3_step(it->s);
    if (step == SQLITE_DONE) {
        it->done = true;
        return 0;
    }
    if (step != SQLITE_ROW)
        return db_fail(it->st, err, _("cannot read attempts"));
    read_record(it->s, r);
    if (read_choices(it->st, it->q, r, err)) {
        record_clear(r);
        return -1;
    }
    return 1;
}

int uh_record_iter_next(uh_record_iter *it, const uh_record **rec, uh_error *err)
{
    record_clear(&it->cur);
    *rec = NULL;
    int rc = iter_step(it, &it->cur, err);
    if (rc == 1)
        *rec = &it->cur;
    return rc;
}

static int query_records(uh_store *st, const uh_filter *f, const char *extra, size_t limit,
                         uh_record **out, size_t *n, uh_error *err)
{
    *out = NULL;
    *n = 0;
    uh_record_iter *it = iterate(st, f, extra, limit, err);
    if (!it)
        return -1;
    uh_record *recs = NULL;
    size_t count = 0, cap = 0;
    int rc;
    for (;;) {
        if (count == cap) {
            cap = cap ? 2 * cap : 16;
            recs = uh_xrealloc(recs, cap * sizeof *recs);
        }
        memset(&recs[count], 0, sizeof *recs);
        if ((rc = iter_step(it, &recs[count], err)) != 1)
            break;
        count++;
    }
    uh_record_iter_free(it);
    if (rc < 0) {
        uh_records_free(recs, count);
        return -1;
    }
    *out = recs;
    *n = count;
    return 0;
}

int uh_store_query(uh_store *st, const uh_filter *f, uh_record **out, size_t *n, uh_error *err)
{
    return query_records(st, f, NULL, 0, out, n, err);
}

void uh_records_free(uh_record *recs, size_t n)
{
    if (!recs)
        return;
    for (size_t i = 0; i < n; i++)
        record_clear(&recs[i]);
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
    /* The tallies lose what is purged; then children first, so the purge
     * does not depend on foreign_keys. */
    static const char *const sql[] = {
        (TALLY_ADD("-", "a.started_ms < ?1")
         /* Whoever last finished before then has no finished attempt left. */
         "DELETE FROM trained WHERE last_ms < ?1;\n"),
        "DELETE FROM choices WHERE attempt_id IN (SELECT id FROM attempts WHERE started_ms < ?)",
        "DELETE FROM outbox WHERE attempt_id IN (SELECT id FROM attempts WHERE started_ms < ?)",
        ("DELETE FROM attempt_flags WHERE attempt_id IN "
         "(SELECT id FROM attempts WHERE started_ms < ?)"),
        "DELETE FROM attempts WHERE started_ms < ?",
    };
    static const int since_version[] = {UH_STORE_REPORT_VERSION, 0, 2, UH_STORE_REPORT_VERSION, 0};
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
        /* Each entry may hold several statements, each with ?1 = before. */
        for (const char *next = sql[i]; st->version >= since_version[i] && *next;) {
            if (sqlite3_prepare_v2(st->db, next, -1, &s, &next) != SQLITE_OK) {
                db_fail(st, err, _("cannot purge"));
                goto done;
            }
            if (!s)
                continue;
            sqlite3_bind_int64(s, 1, before);
            if (sqlite3_step(s) != SQLITE_DONE) {
                db_fail(st, err, _("cannot purge"));
                goto done;
            }
            sqlite3_finalize(s);
            s = NULL;
        }
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
        vouch_before_write(st);
        sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
        if (st->vouch) {  /* the checkpoint moved pages, under the lock */
            files_state(st->path, st->state);
            remember_check(st);
        }
        st->vouch = false;
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
    return uh_store_unqueued_first(st, 0, out, n, err);
}

int uh_store_unqueued_first(uh_store *st, size_t limit, uh_record **out, size_t *n, uh_error *err)
{
    return query_records(st, NULL,
                         "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.attempt_id = a.id)", limit,
                         out, n, err);
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
            uh_error_set(err, st->path, 0, _("a statement to queue has no id"));
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
            db_fail(st, err, _("cannot queue a statement"));
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
        db_fail(st, err, _("cannot read the outbox"));
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
    if (st->version < 3)
        return 0;  /* read from a store older than parking: none */
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
            db_fail(st, err, _("cannot update the outbox"));
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
        db_fail(st, err, _("cannot park a statement"));
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
    if (st->version < 3)
        return 0;  /* read from a store older than parking: nothing to count */
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
        rc = db_fail(st, err, _("cannot count the outbox"));
    }
    sqlite3_finalize(s);
    return rc;
}

/* =====================================================================
 * Batches, and the connection for the queries of reports (store_sql.h)
 * =================================================================== */

int uh_store_batch_begin(uh_store *st, uh_error *err)
{
    if (st->batch)
        return uh_error_set(err, st->path, 0, _("a batch is already open"));
    if (begin_write(st, err))
        return -1;
    st->batch = true;
    st->batch_failed = false;
    return 0;
}

int uh_store_batch_end(uh_store *st, bool commit, uh_error *err)
{
    if (!st->batch)
        return uh_error_set(err, st->path, 0, _("no batch is open"));
    st->batch = false;
    int rc = st->batch_failed ? -1 : commit ? 0 : -1;
    if (st->batch_failed)
        uh_error_set(err, st->path, 0, _("a write of the batch failed; nothing of it was saved"));
    rc = end_write(st, rc, err);
    return commit ? rc : 0;
}

sqlite3 *uh_store_sqlite(uh_store *st)
{
    return st->db;
}

int uh_store_schema_version(const uh_store *st)
{
    return st->version;
}

int64_t uh_store_hidden_before(const uh_store *st)
{
    return st->hide_before;
}

int uh_store_sql_error(uh_store *st, uh_error *err, const char *what)
{
    return db_fail(st, err, what);
}

int uh_store_write_begin(uh_store *st, uh_error *err)
{
    return begin_write(st, err);
}

int uh_store_write_end(uh_store *st, int rc, uh_error *err)
{
    return end_write(st, rc, err);
}
