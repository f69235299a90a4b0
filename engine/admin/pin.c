/* SPDX-License-Identifier: Apache-2.0 */
/* pin.c — yescrypt hashing of the admin PIN and the persistent lockout. */
#include "pin.h"

#include <crypt.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/atomic.h"
#include "../core/config.h"
#include "../core/i18n.h"
#include "../core/util.h"

_Static_assert(UH_PIN_HASH_SIZE >= CRYPT_OUTPUT_SIZE, "UH_PIN_HASH_SIZE too small");

#define STATE_MAGIC "unhooked admin-pin state 1"

struct uh_pin_guard {
    char *path;            /* state file, or NULL for memory only */
    int max_tries, lockout_s;
    int failures;          /* wrong tries since the last success or lockout */
    int64_t locked_until;  /* Unix seconds; locked while now < locked_until */
    bool lock_pending;     /* state unreadable: lock from the first query on */
    char problem[512];     /* for the admin screen, "" when none */
    bool save_failed;      /* problem is about saving, cleared by the next save */
};

/* ---------------------------------------------------------------------
 * Hashing
 * ------------------------------------------------------------------- */

bool uh_pin_valid(const char *pin)
{
    if (!pin)
        return false;
    size_t n = 0;
    for (; pin[n]; n++)
        if (pin[n] < '0' || pin[n] > '9')
            return false;
    return n >= UH_PIN_MIN_DIGITS && n <= UH_PIN_MAX_DIGITS;
}

bool uh_pin_guessable(const char *pin)
{
    size_t n = strlen(pin);
    if (n < 2)
        return true;
    bool same = true, up = true, down = true;
    for (size_t i = 1; i < n; i++) {
        same = same && pin[i] == pin[0];
        up = up && pin[i] == pin[i - 1] + 1;
        down = down && pin[i] == pin[i - 1] - 1;
    }
    return same || up || down;
}

bool uh_pin_hash_usable(const char *hash)
{
    /* Only "$id$..." hashes: the traditional DES form would take any
     * two-character string as a salt and truncates the phrase. */
    if (!hash || hash[0] != '$')
        return false;
    int ok = crypt_checksalt(hash);
    return ok == CRYPT_SALT_OK || ok == CRYPT_SALT_METHOD_LEGACY || ok == CRYPT_SALT_TOO_CHEAP;
}

int uh_pin_hash(const char *pin, char out[UH_PIN_HASH_SIZE], uh_error *err)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    int rc = -1;
    /* struct crypt_data is ~32 KiB: too much for a UI thread's stack. */
    struct crypt_data *cd = NULL;

    if (!uh_pin_valid(pin))
        return uh_error_set(err, NULL, 0, _("the PIN must be %d to %d digits"), UH_PIN_MIN_DIGITS,
                            UH_PIN_MAX_DIGITS);
    /* Count 0 picks libxcrypt's default cost; NULL random bytes make it
     * draw the salt from the kernel. */
    if (!crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt)) {
        uh_error_set(err, NULL, 0, _("cannot make a yescrypt salt: %s"), strerror(errno));
        goto out;
    }
    cd = uh_xcalloc(1, sizeof *cd);
    const char *h = crypt_rn(pin, salt, cd, (int)sizeof *cd);
    if (!h || h[0] == '*') {
        uh_error_set(err, NULL, 0, _("yescrypt failed: %s"), strerror(errno));
        goto out;
    }
    snprintf(out, UH_PIN_HASH_SIZE, "%s", h);
    rc = 0;
out:
    if (cd) {
        explicit_bzero(cd, sizeof *cd);  /* it held the PIN */
        free(cd);
    }
    return rc;
}

/* Compares two strings in time that depends only on their lengths (which
 * are public: the length of a hash says nothing about the PIN). */
static bool same_string(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), n = la > lb ? la : lb;
    unsigned char diff = la != lb;
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)((i < la ? a[i] : 0) ^ (i < lb ? b[i] : 0));
    return diff == 0;
}

bool uh_pin_verify(const char *hash, const char *pin)
{
    if (!pin || !uh_pin_hash_usable(hash))
        return false;
    struct crypt_data *cd = uh_xcalloc(1, sizeof *cd);
    const char *h = crypt_rn(pin, hash, cd, (int)sizeof *cd);
    bool ok = h && h[0] != '*' && same_string(h, hash);
    explicit_bzero(cd, sizeof *cd);
    free(cd);
    return ok;
}

/* ---------------------------------------------------------------------
 * The hash file
 * ------------------------------------------------------------------- */

char *uh_pin_hash_path(const char *config_path)
{
    const char *cfg = config_path ? config_path : UH_SYSTEM_CONFIG;
    const char *slash = strrchr(cfg, '/');
    return slash ? uh_xasprintf("%.*s/admin-pin.hash", (int)(slash - cfg), cfg)
                 : uh_xstrdup("admin-pin.hash");
}

/* Whether a yescrypt hash has its whole shape, "$y$PARAMS$SALT$HASH"
 * with a hash of 43 characters of crypt's alphabet (256 bits). */
static bool yescrypt_shaped(const char *hash)
{
    if (strncmp(hash, "$y$", 3) != 0)
        return false;
    const char *params = hash + 3, *salt = strchr(params, '$');
    const char *sum = salt ? strchr(salt + 1, '$') : NULL;
    if (!salt || salt == params || !sum || sum == salt + 1)
        return false;
    sum++;
    return strlen(sum) == 43 && strspn(sum, "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == 43;
}

/* True when hash is a whole crypt(3) hash, not just a method prefix such
 * as "$y$": hashing anything with it as the setting gives a string of the
 * same length. A yescrypt hash (what set-pin writes) is checked by its
 * shape instead: hashing costs some 20 ms of CPU and 16 MiB of memory,
 * at every start of the kiosk, before its first frame. */
static bool hash_complete(const char *hash)
{
    if (!uh_pin_hash_usable(hash))
        return false;
    if (strncmp(hash, "$y$", 3) == 0)
        return yescrypt_shaped(hash);
    struct crypt_data *cd = uh_xcalloc(1, sizeof *cd);
    const char *h = crypt_rn("0", hash, cd, (int)sizeof *cd);
    bool ok = h && h[0] != '*' && strlen(h) == strlen(hash);
    free(cd);
    return ok;
}

int uh_pin_read_hash(const char *path, char **hash, uh_error *err)
{
    *hash = NULL;
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT)
            return 0;
        return uh_error_set(err, path, 0, "%s", strerror(errno));
    }
    if (!S_ISREG(st.st_mode) || st.st_size > UH_PIN_HASH_SIZE)
        return uh_error_set(err, path, 0, _("not an admin PIN hash file (run unhooked set-pin)"));
    size_t len;
    char *text = uh_read_file(path, &len, err);
    if (!text)
        return -1;
    if (len > 0 && text[len - 1] == '\n')
        text[--len] = '\0';
    if (strlen(text) != len || strpbrk(text, " \t\r\n") || !hash_complete(text)) {
        free(text);
        return uh_error_set(err, path, 1, _("not an admin PIN hash (run unhooked set-pin)"));
    }
    *hash = text;
    return 0;
}

int uh_pin_write_hash(const char *path, const char *hash, gid_t gid, uh_error *err)
{
    struct stat st;
    bool existed = stat(path, &st) == 0;
    char *line = uh_xasprintf("%s\n", hash);
    int rc = uh_atomic_write(path, line, strlen(line), 0640, err);
    free(line);
    if (rc)
        return -1;
    if (!existed && gid != (gid_t)-1 && chown(path, (uid_t)-1, gid) != 0)
        return uh_error_set(err, path, 0, _("cannot give the file to group %lu: %s"),
                            (unsigned long)gid, strerror(errno));
    if (stat(path, &st) == 0 && (st.st_mode & 0007) && chmod(path, st.st_mode & 07770) != 0)
        return uh_error_set(err, path, 0, _("cannot make the file private: %s"), strerror(errno));
    return 0;
}

int uh_pin_load_configured(uh_config *cfg, uh_error *err)
{
    char *path = uh_pin_hash_path(cfg->source);
    char *hash = NULL;
    int rc = uh_pin_read_hash(path, &hash, err);
    if (hash) {
        free(cfg->admin_pin_hash);
        cfg->admin_pin_hash = hash;
    }
    free(path);
    return rc;
}

/* ---------------------------------------------------------------------
 * The state file
 * ------------------------------------------------------------------- */

char *uh_pin_state_path(const char *results_db)
{
    char *fallback = results_db ? NULL : uh_config_results_db(NULL);
    const char *db = results_db ? results_db : fallback;
    const char *slash = strrchr(db, '/');
    char *path = slash ? uh_xasprintf("%.*s/admin-pin.state", (int)(slash - db), db)
                       : uh_xstrdup("admin-pin.state");
    free(fallback);
    return path;
}

static void save(uh_pin_guard *g)
{
    if (!g->path)
        return;
    char text[128];
    int n = snprintf(text, sizeof text, STATE_MAGIC "\nfailures %d\nlocked_until %" PRId64 "\n",
                     g->failures, g->locked_until);
    uh_error e;
    if (uh_atomic_write(g->path, text, (size_t)n, 0600, &e) != 0) {
        char buf[1400];
        snprintf(g->problem, sizeof g->problem,
                 _("The PIN lockout could not be saved (%s); it holds until the kiosk restarts."),
                 uh_error_format(&e, buf, sizeof buf));
        g->save_failed = true;
    } else if (g->save_failed) {
        g->problem[0] = '\0';
        g->save_failed = false;
    }
}

/* Reads the state file; false when it exists but cannot be trusted. */
static bool load(uh_pin_guard *g)
{
    struct stat st;
    if (stat(g->path, &st) != 0 && errno == ENOENT)
        return true;  /* first start */
    uh_error e;
    char *text = uh_read_file(g->path, NULL, &e);
    if (!text) {
        char buf[1400];
        snprintf(g->problem, sizeof g->problem,
                 _("The PIN lockout state is unreadable (%s); the PIN is locked for a while as a "
                   "precaution."),
                 uh_error_format(&e, buf, sizeof buf));
        return false;
    }
    int failures = -1, used = 0;
    int64_t until = -1;
    bool ok = sscanf(text, STATE_MAGIC "\nfailures %d\nlocked_until %" SCNd64 "\n%n", &failures,
                     &until, &used) == 2 &&
              used > 0 && text[used] == '\0' && failures >= 0 && until >= 0;
    free(text);
    if (!ok) {
        snprintf(g->problem, sizeof g->problem,
                 _("The PIN lockout state in %s is damaged; the PIN is locked for a while as a "
                   "precaution."),
                 g->path);
        return false;
    }
    g->failures = failures;
    g->locked_until = until;
    return true;
}

uh_pin_guard *uh_pin_guard_open(const char *state_path, int max_tries, int lockout_s)
{
    uh_pin_guard *g = uh_xcalloc(1, sizeof *g);
    g->path = uh_xstrdup(state_path);
    g->max_tries = max_tries > 0 ? max_tries : 1;
    g->lockout_s = lockout_s > 0 ? lockout_s : 1;
    if (g->path && !load(g))
        g->lock_pending = true;  /* fail closed */
    return g;
}

void uh_pin_guard_close(uh_pin_guard *g)
{
    if (!g)
        return;
    free(g->path);
    free(g);
}

const char *uh_pin_guard_problem(const uh_pin_guard *g)
{
    return g->problem[0] ? g->problem : NULL;
}

/* ---------------------------------------------------------------------
 * Trying
 * ------------------------------------------------------------------- */

/* Brings the state up to time now: starts a lockout owed since open, and
 * pulls the end of a lockout back when the clock was set back, so a clock
 * jump cannot lock the admin out for days. */
static void settle(uh_pin_guard *g, int64_t now)
{
    bool changed = false;
    if (g->lock_pending) {
        g->lock_pending = false;
        g->failures = 0;
        g->locked_until = now + g->lockout_s;
        changed = true;
    } else if (g->locked_until - now > g->lockout_s) {
        g->locked_until = now + g->lockout_s;
        changed = true;
    }
    if (g->failures >= g->max_tries) {  /* max_tries lowered since it was saved */
        g->failures = 0;
        g->locked_until = now + g->lockout_s;
        changed = true;
    }
    if (changed)
        save(g);
}

int uh_pin_seconds_locked(uh_pin_guard *g, int64_t now)
{
    settle(g, now);
    return now < g->locked_until ? (int)(g->locked_until - now) : 0;
}

int uh_pin_tries_left(uh_pin_guard *g, int64_t now)
{
    return uh_pin_seconds_locked(g, now) > 0 ? 0 : g->max_tries - g->failures;
}

static bool ahead_verify(uh_pin_ahead *a, const char *hash, const char *pin);

uh_pin_status uh_pin_try(uh_pin_guard *g, const char *hash, const char *pin, int64_t now,
                         int *seconds_locked)
{
    return uh_pin_try_ahead(g, NULL, hash, pin, now, seconds_locked);
}

uh_pin_status uh_pin_try_ahead(uh_pin_guard *g, uh_pin_ahead *a, const char *hash, const char *pin,
                               int64_t now, int *seconds_locked)
{
    uh_pin_status st;
    int left = uh_pin_seconds_locked(g, now);
    if (left > 0) {
        st = UH_PIN_LOCKED;
    } else if (!uh_pin_hash_usable(hash)) {
        st = UH_PIN_UNSET;
    } else if (a ? ahead_verify(a, hash, pin) : uh_pin_verify(hash, pin)) {
        st = UH_PIN_OK;
        if (g->failures != 0) {
            g->failures = 0;
            save(g);
        }
    } else {
        st = UH_PIN_WRONG;
        if (++g->failures >= g->max_tries) {
            g->failures = 0;
            g->locked_until = now + g->lockout_s;
            left = g->lockout_s;
            st = UH_PIN_LOCKED;
        }
        save(g);
    }
    if (seconds_locked)
        *seconds_locked = left;
    return st;
}

/* ---------------------------------------------------------------------
 * Checking ahead
 * ------------------------------------------------------------------- */

/* One PIN to check: its digits and the hash, and the answer once known. */
typedef struct ahead_job {
    bool set;
    char pin[UH_PIN_MAX_DIGITS + 1];
    char hash[UH_PIN_HASH_SIZE];
    bool match;
} ahead_job;

struct uh_pin_ahead {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    bool started, quit;
    ahead_job next;     /* waiting for the thread */
    ahead_job running;  /* being hashed (set while it is) */
    ahead_job done;     /* the last answer */
};

static void job_wipe(ahead_job *j)
{
    explicit_bzero(j, sizeof *j);
}

static bool job_is(const ahead_job *j, const char *hash, const char *pin)
{
    return j->set && same_string(j->pin, pin) && strcmp(j->hash, hash) == 0;
}

static void *ahead_main(void *arg)
{
    uh_pin_ahead *a = arg;
    pthread_mutex_lock(&a->mu);
    for (;;) {
        while (!a->quit && !a->next.set)
            pthread_cond_wait(&a->cv, &a->mu);
        if (a->quit)
            break;
        a->running = a->next;
        job_wipe(&a->next);
        ahead_job j = a->running;
        pthread_mutex_unlock(&a->mu);
        j.match = uh_pin_verify(j.hash, j.pin);
        pthread_mutex_lock(&a->mu);
        /* Forgotten meanwhile: the answer goes unused. */
        if (a->running.set) {
            job_wipe(&a->done);
            a->done = j;
        }
        job_wipe(&a->running);
        job_wipe(&j);
        pthread_cond_broadcast(&a->cv);
    }
    pthread_mutex_unlock(&a->mu);
    return NULL;
}

uh_pin_ahead *uh_pin_ahead_new(void)
{
    uh_pin_ahead *a = uh_xcalloc(1, sizeof *a);
    pthread_mutex_init(&a->mu, NULL);
    pthread_cond_init(&a->cv, NULL);
    return a;
}

void uh_pin_ahead_start(uh_pin_ahead *a, const char *hash, const char *pin)
{
    if (!a || !pin || !uh_pin_hash_usable(hash) || strlen(hash) >= UH_PIN_HASH_SIZE ||
        strlen(pin) > UH_PIN_MAX_DIGITS)
        return;
    pthread_mutex_lock(&a->mu);
    if (!job_is(&a->done, hash, pin) && !job_is(&a->running, hash, pin)) {
        if (!a->started)
            a->started = pthread_create(&a->thread, NULL, ahead_main, a) == 0;
        if (a->started) {
            job_wipe(&a->next);
            a->next.set = true;
            snprintf(a->next.pin, sizeof a->next.pin, "%s", pin);
            snprintf(a->next.hash, sizeof a->next.hash, "%s", hash);
            pthread_cond_broadcast(&a->cv);
        }
    }
    pthread_mutex_unlock(&a->mu);
}

/* The answer for pin: the thread's when it has it or is working on it,
 * else hashed here. A check that has not begun is dropped: hashed here it
 * does not wait behind the one under way. */
static bool ahead_verify(uh_pin_ahead *a, const char *hash, const char *pin)
{
    pthread_mutex_lock(&a->mu);
    job_wipe(&a->next);
    for (;;) {
        if (job_is(&a->done, hash, pin)) {
            bool match = a->done.match;
            pthread_mutex_unlock(&a->mu);
            return match;
        }
        if (!job_is(&a->running, hash, pin))
            break;
        pthread_cond_wait(&a->cv, &a->mu);
    }
    pthread_mutex_unlock(&a->mu);
    return uh_pin_verify(hash, pin);
}

void uh_pin_ahead_forget(uh_pin_ahead *a)
{
    if (!a)
        return;
    pthread_mutex_lock(&a->mu);
    job_wipe(&a->next);
    job_wipe(&a->running);
    job_wipe(&a->done);
    pthread_mutex_unlock(&a->mu);
}

void uh_pin_ahead_free(uh_pin_ahead *a)
{
    if (!a)
        return;
    pthread_mutex_lock(&a->mu);
    a->quit = true;
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
    if (a->started)
        pthread_join(a->thread, NULL);
    uh_pin_ahead_forget(a);
    pthread_cond_destroy(&a->cv);
    pthread_mutex_destroy(&a->mu);
    free(a);
}
