/* SPDX-License-Identifier: Apache-2.0 */
/* pin.h — the kiosk's admin PIN: hashing, checking, and a lockout that
 * survives restarts.
 *
 * The PIN is never stored, only its yescrypt hash (crypt(3) from libxcrypt,
 * "$y$..."), written by `unhooked set-pin` into its own file beside the
 * configuration file, /etc/unhooked/admin-pin.hash for the system one (see
 * uh_pin_hash_path). It is kept out of the configuration, which belongs to
 * the administrator, so that a package upgrade never has to merge it; the
 * 0.1 layout's kiosk.admin_pin_hash is still read when there is no such
 * file (uh_pin_load_configured), and `unhooked migrate-config` moves it out.
 * Checking recomputes the hash and compares it in constant time.
 *
 * A guard counts wrong tries. After max_tries wrong tries in a row the PIN
 * is refused, right or wrong, for lockout_s seconds; then the count starts
 * again. The count and the end of the lockout are kept in a small state file
 * (beside the results database, see uh_pin_state_path) replaced atomically
 * on every change, so pulling the plug or killing the kiosk does not reset
 * them. Times are Unix seconds passed in by the caller (time(NULL) in the
 * kiosk, anything in tests).
 *
 *   uh_pin_guard *g = uh_pin_guard_open(path, cfg->pin_max_tries, cfg->pin_lockout_s);
 *   int wait;
 *   switch (uh_pin_try(g, cfg->admin_pin_hash, typed, time(NULL), &wait)) { ... }
 *   uh_pin_guard_close(g);
 */
#ifndef UH_PIN_H
#define UH_PIN_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "../core/config.h"
#include "../core/error.h"

#define UH_PIN_MIN_DIGITS 4
#define UH_PIN_MAX_DIGITS 12
#define UH_PIN_HASH_SIZE 384  /* room for any crypt(3) hash, with its NUL (CRYPT_OUTPUT_SIZE) */

typedef enum uh_pin_status {
    UH_PIN_OK,      /* right PIN: leave kiosk mode / open the admin screen */
    UH_PIN_WRONG,   /* wrong PIN; uh_pin_tries_left says how many remain */
    UH_PIN_LOCKED,  /* too many wrong tries: refused without being checked */
    UH_PIN_UNSET,   /* no usable hash configured: nothing can unlock (run set-pin) */
} uh_pin_status;

typedef struct uh_pin_guard uh_pin_guard;

/* True when pin is 4 to 12 ASCII digits and nothing else. */
bool uh_pin_valid(const char *pin);

/* True for a PIN anyone would try first: one digit repeated ("0000") or a
 * run of consecutive digits up or down ("1234", "9876", "0123"). set-pin
 * refuses them; the kiosk accepts whatever hash is configured. */
bool uh_pin_guessable(const char *pin);

/* Writes a new yescrypt hash of pin (fresh random salt, libxcrypt's default
 * cost) into out. pin must satisfy uh_pin_valid. Returns 0, or -1 with err
 * filled when the PIN is not valid or libxcrypt fails. */
int uh_pin_hash(const char *pin, char out[UH_PIN_HASH_SIZE], uh_error *err);

/* True when pin hashes to hash, compared in constant time. False for a NULL,
 * empty or unusable hash ("*", "!", an unknown method) and for a NULL pin.
 * Counts nothing: kiosk screens go through uh_pin_try. */
bool uh_pin_verify(const char *hash, const char *pin);

/* True when hash is a modern crypt(3) hash ("$id$...", yescrypt or another
 * method libxcrypt still checks), i.e. uh_pin_verify could ever succeed, so
 * the admin screen can say "no PIN set" up front. */
bool uh_pin_hash_usable(const char *hash);

/* The file that holds the admin PIN's hash for the configuration file at
 * config_path: "admin-pin.hash" in the same folder. NULL means the system
 * configuration, so /etc/unhooked/admin-pin.hash. Caller frees. */
char *uh_pin_hash_path(const char *config_path);

/* Reads the hash file at path. Returns 0 with *hash set to the hash (caller
 * frees), or to NULL when there is no such file; -1 with err naming path
 * when it cannot be read or holds anything but one line with a usable
 * crypt(3) hash. */
int uh_pin_read_hash(const char *path, char **hash, uh_error *err);

/* Replaces the hash file at path with hash and a newline, atomically. A new
 * file is mode 0640 in group gid ((gid_t)-1: the folder's group), so the
 * kiosk can read it through its group; an existing one keeps its owner and
 * group and loses any access for others. The folder must exist. Returns 0,
 * or -1 with err filled. */
int uh_pin_write_hash(const char *path, const char *hash, gid_t gid, uh_error *err);

/* Points cfg->admin_pin_hash at the hash the kiosk is to check: the one in
 * the hash file beside cfg->source when that file exists, else whatever the
 * configuration itself held (the 0.1 layout). Returns 0, or -1 with err
 * filled when the file exists but cannot be used; cfg then keeps its own
 * value. */
int uh_pin_load_configured(uh_config *cfg, uh_error *err);

/* The lockout state file for a results database: "admin-pin.state" in the
 * same folder. Pass the path the store really uses (uh_store_path). NULL
 * means the default database location ($XDG_DATA_HOME/unhooked/), never
 * the current folder. Caller frees. */
char *uh_pin_state_path(const char *results_db);

/* Opens the guard whose state lives at state_path (NULL: in memory only,
 * for tests and tools). A missing file is a fresh start. A file that exists
 * but cannot be read or makes no sense fails closed: the guard starts with a
 * full lockout beginning at the first try, and uh_pin_guard_problem says
 * why. max_tries >= 1 and lockout_s >= 1 (the config enforces both). Never
 * returns NULL; close with uh_pin_guard_close. The guard copies state_path. */
uh_pin_guard *uh_pin_guard_open(const char *state_path, int max_tries, int lockout_s);

/* One attempt at the PIN at time now. While locked, returns UH_PIN_LOCKED
 * without checking. Otherwise checks pin against hash: right resets the
 * count (UH_PIN_OK); wrong counts one try (UH_PIN_WRONG), and the try that
 * reaches max_tries starts the lockout (UH_PIN_LOCKED). A NULL or unusable
 * hash gives UH_PIN_UNSET and counts nothing. When seconds_locked is not
 * NULL it receives the seconds the lockout still runs (0 when none). A
 * change is saved to the state file before returning; when saving fails the
 * count still holds for the life of the guard and uh_pin_guard_problem
 * says so. */
uh_pin_status uh_pin_try(uh_pin_guard *g, const char *hash, const char *pin, int64_t now,
                         int *seconds_locked);

/* A PIN checked ahead: while the digits are typed, the PIN they make so
 * far is hashed on a thread of its own, so that the check at OK finds its
 * answer ready instead of hashing then (some 20 ms of CPU, 40 or more on a
 * busy machine, between the key and the admin screen). The answer is only
 * ever used by uh_pin_try_ahead, which counts the try as uh_pin_try does:
 * nothing about the hash, its cost or the lockout changes, and nothing is
 * shown before OK. The typed digits it holds are wiped by
 * uh_pin_ahead_forget and on free. */
typedef struct uh_pin_ahead uh_pin_ahead;

/* A checker with no thread yet (the first start makes it). Never NULL. */
uh_pin_ahead *uh_pin_ahead_new(void);

/* Starts checking pin against hash (both copied) unless that check is
 * under way or done; a check of other digits that has not begun is
 * replaced. Returns at once. Does nothing for an unusable hash. */
void uh_pin_ahead_start(uh_pin_ahead *a, const char *hash, const char *pin);

/* uh_pin_try, taking the answer for pin from a: done already, or under
 * way (then waits for it); else checks here as uh_pin_try does. a may be
 * NULL (then it is uh_pin_try). */
uh_pin_status uh_pin_try_ahead(uh_pin_guard *g, uh_pin_ahead *a, const char *hash, const char *pin,
                               int64_t now, int *seconds_locked);

/* Wipes the digits held and any answer (a check under way ends unused). */
void uh_pin_ahead_forget(uh_pin_ahead *a);

/* Waits for a check under way, ends the thread, wipes and frees. Accepts
 * NULL. */
void uh_pin_ahead_free(uh_pin_ahead *a);

/* Seconds the lockout still runs at time now, 0 when not locked: the
 * countdown for the PIN screen. Never more than lockout_s, even when the
 * clock was set back. */
int uh_pin_seconds_locked(uh_pin_guard *g, int64_t now);

/* Wrong tries left before the next lockout (max_tries when none were
 * made; 0 while locked). */
int uh_pin_tries_left(uh_pin_guard *g, int64_t now);

/* A sentence for the admin screen when the state file could not be read or
 * written, else NULL. Owned by the guard; valid until the next call. */
const char *uh_pin_guard_problem(const uh_pin_guard *g);

/* Closes the guard. Accepts NULL. */
void uh_pin_guard_close(uh_pin_guard *g);

#endif
