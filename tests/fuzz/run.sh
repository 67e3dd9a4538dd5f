#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (address and undefined-behaviour sanitizers on everything
# they link) and runs each one for FUZZ_SECONDS (default 30) from the seed corpus in corpus/.
#   tests/fuzz/run.sh [build dir]            (default: build/fuzz)
# Environment: FUZZ_SECONDS, FUZZ_JOBS (build jobs, default 2), CXX (default clang++-14).
# Exits non-zero when a target crashes; the crashing input is left in the build dir's fuzz/ folder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-"$source_dir/build/fuzz"}
seconds=${FUZZ_SECONDS:-30}
jobs=${FUZZ_JOBS:-2}
cxx=${CXX:-clang++-14}

if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "run.sh: $cxx not found (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

# Every object the targets link is instrumented for coverage and checked by the sanitizers.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DINVOICEDESK_BUILD_TESTS=ON \
    -DINVOICEDESK_BUILD_BENCH=OFF \
    -DINVOICEDESK_BUILD_FUZZ=ON \
    -DINVOICEDESK_WERROR=OFF >/dev/null
cmake --build "$build_dir" --target fuzz_csvimport fuzz_vippsreplies -j "$jobs"

status=0
for target in fuzz_csvimport:csv fuzz_vippsreplies:replies; do
    name=${target%%:*}
    seeds=$here/corpus/${target##*:}
    work=$build_dir/fuzz/$name
    mkdir -p "$work/corpus"
    echo "== $name: ${seconds}s from $seeds"
    # New inputs go to the build dir's corpus; the seed corpus in the source tree is only read.
    if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "$build_dir/tests/fuzz/$name" \
        -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1 \
        "$work/corpus" "$seeds" 2>"$work/log.txt"); then
        tail -n 40 "$work/log.txt"
        echo "== $name FAILED; the input is in $work" >&2
        status=1
    else
        grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$work/log.txt" || true
    fi
done
exit $status
