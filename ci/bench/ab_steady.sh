#!/bin/bash
# Compares two builds of Weft on the threaded programs in the steady state, interleaved so
# that the machine's drift falls on both alike: for each round and program, one process of
# OLD's bin/weft and one of NEW's, each running the program THREADS-threaded 6 times in
# process (ci/bench/threads/_steady.py) and printing its best time and --stats' collection
# count and time. Two checkouts (`git worktree add /tmp/old <commit>`), each built.
#
#   ci/bench/ab_steady.sh ROUNDS THREADS OLD NEW PROGRAM...
#   ci/bench/ab_steady.sh 4 2 /tmp/old . richards_threads tq_tasks
set -eu
[ $# -ge 5 ] || { echo "usage: $0 ROUNDS THREADS OLD NEW PROGRAM..." >&2; exit 2; }
rounds=$1 threads=$2 old=$3 new=$4
shift 4
echo "round program threads build best_s collections"
for r in $(seq "$rounds"); do
  for p in "$@"; do
    for b in "$old" "$new"; do
      out=$(cd "$b" && bin/weft run --stats ci/bench/threads/_steady.py "$p" "$threads" 6 2>&1 >/dev/null)
      best=$(echo "$out" | grep '^steady' | sort -k3 -n | head -1 | awk '{print $3}')
      gc=$(echo "$out" | grep -o '[0-9]* collections ([0-9]* ms' | tr -d '(' || true)
      echo "$r $p $threads $b $best $gc"
    done
  done
done
