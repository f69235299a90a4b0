/* sandbox.h — one Lua 5.4 state per scenario, locked down as SPEC §2 says.
 *
 * The sandbox is data: an allow-list of globals and libraries (see
 * sandbox.c), text-only chunks, an instruction budget per call into the
 * script enforced by a count hook that keeps firing once tripped (so a
 * script's own pcall cannot swallow it), and a memory cap enforced by the
 * state's allocator. C library functions that could loop without running VM
 * instructions (pattern matching, string.rep, table.move) are wrapped so
 * their work is charged against the same budget.
 *
 * Every entry into script code goes through uh_sandbox_call, which turns
 * any failure into an uh_error naming the scenario file and, where known,
 * the line. */
#ifndef UH_SANDBOX_H
#define UH_SANDBOX_H

#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "../core/error.h"

typedef struct uh_sandbox uh_sandbox;

/* Creates a state with only the allowed globals, math.random seeded with
 * seed, the budget (VM instructions per call) and memory cap (bytes).
 * file is the path used in every message. Returns NULL only when even the
 * bare state cannot be created (err filled). Free with uh_sandbox_free. */
uh_sandbox *uh_sandbox_new(const char *file, long long budget, size_t memory_cap, uint32_t seed,
                           uh_error *err);

/* The Lua state, for reading values and pushing arguments. */
lua_State *uh_sandbox_lua(uh_sandbox *sb);

/* Compiles text (never bytecode) and runs it under the limits; on success
 * pushes exactly one value (the chunk's first result, or nil). */
int uh_sandbox_run_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err);

/* Calls the function below nargs arguments on the stack, under a fresh
 * budget, leaving nresults results. On failure pops everything it was given
 * and fills err ("FILE:LINE: message"). */
int uh_sandbox_call(uh_sandbox *sb, int nargs, int nresults, uh_error *err);

/* Runs a C function in protected mode (for reading script values safely:
 * any Lua error, e.g. out of memory, becomes an uh_error). */
int uh_sandbox_cpcall(uh_sandbox *sb, lua_CFunction fn, void *ud, uh_error *err);

/* The scenario file the sandbox reports against. */
const char *uh_sandbox_file(const uh_sandbox *sb);

/* Bytes the state currently holds. */
size_t uh_sandbox_memory(const uh_sandbox *sb);

/* Closes the state and frees the sandbox. Accepts NULL. */
void uh_sandbox_free(uh_sandbox *sb);

#endif
