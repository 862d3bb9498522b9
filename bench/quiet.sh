#!/usr/bin/env bash
# Refreshes the headline figures of docs/performance.md (issue 17) on a quiet machine, in about 3–6 minutes on two
# cores: `spokes bench` (single runs and lock-step, wall and thread CPU time) and `spokes explore` of the default
# design with 100,000 and 1,000,000 experiments, lock-step on and off (CPU time and peak memory from /usr/bin/time,
# wall time, byte-identical outputs checked between the two 1,000,000 runs' experiment files).
# Usage: bench/quiet.sh [OUTDIR]   (default: a temporary folder, removed at the end; the results are printed).
# SIZES="1000 2000" bench/quiet.sh runs other explore sizes (a smoke test of the script).
# It builds ./spokes (Release, ReadyToRun) first if needed, and says the load average before and after each step:
# figures taken at a load average above about 1 per core are not quiet-machine figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
keep="${1:+yes}"
mkdir -p "$out"
spokes="$root/spokes"
start=$(date +%s)

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores," \
  "$(grep -qw avx512f /proc/cpuinfo && echo 'AVX-512' || echo 'no AVX-512'), $(grep -qw avx2 /proc/cpuinfo && echo 'AVX2' || echo 'no AVX2');" \
  "dotnet $(dotnet --version); $(date -u '+%Y-%m-%d %H:%M UTC')"
"$spokes" --version >/dev/null 2>&1 || "$spokes" --help >/dev/null  # builds once if the sources changed
echo "load average before: $(load)"

echo "== spokes bench --runs 20000 --lockstep (default scenario)"
"$spokes" bench --runs 20000 --lockstep
echo "load average: $(load)"

run() { # N MODE
  local dir="$out/explore-$1-$2"
  rm -rf "$dir"
  /usr/bin/time -f "  CPU %U s user + %S s system, wall %e s, peak %M KB" \
    "$spokes" explore --n "$1" --lockstep "$2" --out "$dir" 2>&1 >"$out/explore-$1-$2.txt" | grep -v '^progress' || true
  echo "  $(grep -m1 'experiments (' "$out/explore-$1-$2.txt")   [load $(load)]"
}
for n in ${SIZES:-100000 1000000}; do
  for mode in on off; do
    echo "== spokes explore --n $n --lockstep $mode (default design, 2 threads)"
    run "$n" "$mode"
  done
done
last=${SIZES:-1000000}; last=${last##* }
if cmp -s "$out/explore-$last-on/experiments.parquet" "$out/explore-$last-off/experiments.parquet"; then
  echo "experiments.parquet identical in both modes (same design); outcomes agree within 1e-12 relative (tests)"
else
  echo "experiments.parquet DIFFERS between the modes: investigate"
fi
echo "load average after: $(load); $(($(date +%s) - start)) s in all"
[ -n "$keep" ] || rm -rf "$out"
