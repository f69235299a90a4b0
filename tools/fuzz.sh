#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/fuzz.sh NAME SECONDS — fuzzes one input of the program with libFuzzer.
#
# Builds the harness tests/fuzz/fuzz_NAME.c with clang, AddressSanitizer,
# UndefinedBehaviorSanitizer and float-cast-overflow into build-fuzz/ (or
# $UNHOOKED_FUZZ_DIR), then runs it for SECONDS starting from the seeds in
# tests/fuzz/corpus/NAME/. New inputs go to build-fuzz/corpus/NAME/ (the
# seeds in the repository are only read), crashes to
# build-fuzz/artifacts/. Exits 0 when nothing was found, 1 on a crash, a
# leak, a broken property or an input slower than 30 s.
#
#   tools/fuzz.sh --list          the harnesses
#   tools/fuzz.sh --build         build them all, run none
#   tools/fuzz.sh scenario 1800   half an hour on the scenario loader
#
# UNHOOKED_FUZZ_NO_BUILD=1 skips the build (the test suite builds once).
# Extra libFuzzer options can follow SECONDS (e.g. -jobs=2, -dict=...).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${UNHOOKED_FUZZ_DIR:-$root/build-fuzz}
names="scenario answers config resume pin_state date"

usage() {
    echo "usage: tools/fuzz.sh NAME SECONDS [LIBFUZZER-OPTION...] | --build | --list" >&2
    echo "harnesses: $names" >&2
    exit 2
}

build() {
    if ! command -v clang >/dev/null 2>&1; then
        echo "fuzz: clang is missing; tools/setup.sh --test installs it" >&2
        exit 1
    fi
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        CC=clang cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DUNHOOKED_FUZZ=ON -DUNHOOKED_WERROR=ON >/dev/null
    fi
    cmake --build "$dir" -j"$(nproc)" --target "$1"
}

[ $# -ge 1 ] || usage
case "$1" in
--list) echo "$names"; exit 0 ;;
--build) build fuzz_all; exit 0 ;;
-*) usage ;;
esac
name=$1
case " $names " in *" $name "*) ;; *) echo "fuzz: no harness '$name'" >&2; usage ;; esac
[ $# -ge 2 ] || usage
secs=$2
shift 2
case "$secs" in ''|*[!0-9]*) usage ;; esac

[ "${UNHOOKED_FUZZ_NO_BUILD:-}" = 1 ] || build "fuzz_$name"
bin="$dir/tests/fuzz/fuzz_$name"
if [ ! -x "$bin" ]; then
    echo "fuzz: $bin is not built (tools/fuzz.sh --build)" >&2
    exit 1
fi

# A crash found earlier is not retried away (the suite repeats a failed
# test once): until its input is kept as a regression test or deleted, the
# harness fails straight away.
for f in "$dir/artifacts/$name-"crash-* "$dir/artifacts/$name-"leak-* \
         "$dir/artifacts/$name-"timeout-* "$dir/artifacts/$name-"oom-*; do
    [ -e "$f" ] || continue
    echo "fuzz: an earlier run found $f" >&2
    echo "fuzz: fix it and keep the input as tests/fuzz/corpus/$name/regress-WHAT, or delete it" >&2
    exit 1
done

seeds="$root/tests/fuzz/corpus/$name"
work="$dir/corpus/$name"
mkdir -p "$work" "$dir/artifacts"
dict=""
[ -f "$root/tests/fuzz/$name.dict" ] && dict="-dict=$root/tests/fuzz/$name.dict"

# The harnesses write small scratch files (progress, PIN state) and the
# atomic writer syncs each one: in memory that costs nothing.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
# Leaks are errors; SDL is not linked into any harness, so no suppressions.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
log="$dir/fuzz-$name.log"
echo "fuzz: $name for ${secs}s, seeds $seeds, corpus $work, log $log"
set +e
# shellcheck disable=SC2086
"$bin" -max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/$name-" $dict "$@" "$work" "$seeds" >"$log" 2>&1
rc=$?
set -e
# The figures: executions, speed, coverage, corpus.
grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|stat::new_units_added)' "$log" || true
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
[ -n "$last" ] && echo "fuzz: last status: $last"
if [ $rc -ne 0 ]; then
    echo "fuzz: $name FAILED (libFuzzer exit $rc); the report:" >&2
    grep -n -E 'ERROR|SUMMARY|property broken|runtime error|Test unit written|==[0-9]+==' "$log" | head -n 40 >&2
    tail -n 60 "$log" >&2
    echo "fuzz: keep the input as a regression test:" >&2
    echo "  cp $dir/artifacts/$name-crash-... tests/fuzz/corpus/$name/regress-WHAT" >&2
    exit 1
fi
echo "fuzz: $name: nothing found in ${secs}s"
