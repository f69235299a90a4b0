/* SPDX-License-Identifier: Apache-2.0 */
/* sandbox.h — one Lua 5.4 state per scenario, locked down as SPEC §2 says.
 *
 * The sandbox is data: an allow-list of globals and libraries (see
 * sandbox.c), text-only chunks, and limits on every call into the script:
 *
 *  - an instruction budget, enforced by a count hook that keeps firing once
 *    tripped (so a script's own pcall cannot swallow it);
 *  - a memory cap, enforced by the state's allocator; a memory error cannot
 *    be caught by the script's pcall either;
 *  - a time limit per call and one per step (all the calls made to load the
 *    file, or to show one scene, share it), read from CLOCK_MONOTONIC in
 *    the hook and around every library call.
 *
 * Library functions do their work in C, where the count hook never fires.
 * Each one that can do more than constant work is wrapped: before it runs,
 * its worst case (from the sizes of its arguments: a pattern's backtracking,
 * a sort, a shift of a table, bytes scanned) is charged against the
 * instruction budget and compared with the time left, and the clock is read
 * again when it returns. Bytes allocated are charged as well, which bounds
 * work the VM does in single instructions (concatenating long strings).
 *
 * Nothing a script sees carries a heap address: tostring of a table or a
 * function gives a per-state number ("table: #3"), string.format refuses
 * "%p", and error values that are not strings become messages.
 *
 * Every entry into script code goes through uh_sandbox_call, which turns
 * any failure into an uh_error naming the scenario file and, where known,
 * the line. */
#ifndef UH_SANDBOX_H
#define UH_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "../core/config.h"
#include "../core/error.h"

typedef struct uh_sandbox uh_sandbox;

/* Creates a state with only the allowed globals, math.random seeded with
 * seed, and the limits (instructions, memory, time per call and per step;
 * see uh_limits). file is the path used in every message. The first step
 * begins. Returns NULL only when even the bare state cannot be created (err
 * filled). Free with uh_sandbox_free. */
uh_sandbox *uh_sandbox_new(const char *file, const uh_limits *limits, uint32_t seed,
                           uh_error *err);

/* The Lua state, for reading values and pushing arguments. */
lua_State *uh_sandbox_lua(uh_sandbox *sb);

/* Compiles text (never bytecode) and runs it under the limits; on success
 * pushes exactly one value (the chunk's first result, or nil). */
int uh_sandbox_run_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err);

/* Calls the function below nargs arguments on the stack, under a fresh
 * instruction budget and whatever is left of the step's time, leaving
 * nresults results. On failure pops everything it was given and fills err
 * ("FILE:LINE: message"). */
int uh_sandbox_call(uh_sandbox *sb, int nargs, int nresults, uh_error *err);

/* Begins a new step: the calls made from now on share a fresh allowance of
 * limits->scene_time_ms (time spent inside calls only). The run state
 * machine begins one for each choice and each report form sent. */
void uh_sandbox_new_step(uh_sandbox *sb);

/* Fresh runs without a fresh state (`unhooked batch`): keep_chunk compiles
 * text (never bytecode) and keeps the chunk without running it; restart
 * then makes the state what a new sandbox with this seed would show a
 * script (new globals from the allowed ones as set up, each library table
 * copied anew and the string metatable pointing at the new string table,
 * the kept chunk's _ENV set to them; or the same globals when nothing
 * changed them since; math.random seeded again, tostring's
 * numbers starting again, a new step) and, when rerun is true, runs the
 * kept chunk under the limits, pushing its first result as
 * uh_sandbox_run_chunk does. What earlier runs built is unreachable from
 * the new globals and the new chunk's closures; it stays until collected
 * (an allocation the cap refuses first collects it all). Both return 0, or
 * -1 with err filled.
 *
 * env_id is the identity (lua_upvalueid) of the kept chunk's _ENV, which
 * every function the chunk made shares, or NULL; globals_pristine tells
 * whether the globals are still as restart made them (no global set, no
 * library table changed). */
int uh_sandbox_keep_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err);
int uh_sandbox_restart(uh_sandbox *sb, uint32_t seed, bool rerun, uh_error *err);
const void *uh_sandbox_env_id(uh_sandbox *sb);
bool uh_sandbox_globals_pristine(uh_sandbox *sb);

/* Runs a C function in protected mode (for reading script values safely:
 * any Lua error, e.g. out of memory, becomes an uh_error). */
int uh_sandbox_cpcall(uh_sandbox *sb, lua_CFunction fn, void *ud, uh_error *err);

/* The scenario file the sandbox reports against. */
const char *uh_sandbox_file(const uh_sandbox *sb);

/* Bytes the state currently holds. */
size_t uh_sandbox_memory(const uh_sandbox *sb);

/* Closes the state and frees the sandbox. Accepts NULL. */
void uh_sandbox_free(uh_sandbox *sb);

/* Asks every sandbox in the process to stop: the script running now fails
 * within one hook interval or library call ("stopped: the program is
 * shutting down"), and every later call fails at once. Safe to call from a
 * signal handler (it only sets a flag). */
void uh_sandbox_interrupt(void);

/* True once uh_sandbox_interrupt was called (and not cleared). */
bool uh_sandbox_interrupted(void);

/* Clears the request, for a program (or a test) that carries on. */
void uh_sandbox_clear_interrupt(void);

#endif
