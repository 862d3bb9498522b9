#!/usr/bin/env bash
# The GPU measurements of issue 17 (docs/performance.md, "GPU: ILGPU"), prepared for a session that is lent a device
# machine. That machine has CUDA but no .NET and no network, so the checks travel as one self-contained executable.
#
#   bench/device-check.sh prepare   here: publishes bench/Spokes.Benchmarks self-contained, single-file and compressed
#                                   into .device/ (about 50 MB, ignored by git; the device tool carries at most 64 MiB
#                                   with the working tree, which is about 5 MB).
#   bench/device-check.sh run       there, through the device tool's run with carry [".device"] and a timeout of about
#                                   540 s: the accelerator, the formula kernel and the whole model on it against the
#                                   host (gpu-check), then explore's default design to Parquet on the GPU and in
#                                   lock-step on the host's cores (pipeline-cpu disk-gpu and disk-lockstep), with the
#                                   two experiment files compared. The log is also written to $OUT when set.
#
# Sizes: FORMULA (default 1000000 experiments of the formula kernel), MODEL (200000 model experiments, each also run
# as a single run on one host thread), EXPLORE (1000000). Without a GPU it runs on ILGPU's CPU accelerator, slowly:
# try it here with FORMULA=2000 MODEL=200 EXPLORE=2000.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exe="$root/.device/Spokes.Benchmarks"
case "${1:-}" in
  prepare)
    # Invariant globalization: the device image may lack ICU, and every number Spokes prints is culture-invariant.
    dotnet publish "$root/bench/Spokes.Benchmarks" -c Release -r linux-x64 --self-contained true -nologo -v q \
      -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true \
      -p:InvariantGlobalization=true -p:DebugType=none -p:GenerateDocumentationFile=false -o "$root/.device"
    ls -l "$exe"
    echo "now: the device tool's run with carry [\".device\"] and command \"bash bench/device-check.sh run\""
    ;;
  run)
    [ -x "$exe" ] || { echo "error: $exe is missing: run 'bench/device-check.sh prepare' here first and carry .device" >&2; exit 2; }
    log="${OUT:-/tmp}/device-check.txt"
    work="$(mktemp -d)"
    threads="$(nproc)"
    {
      echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(nvidia-smi -L 2>/dev/null || echo 'nvidia-smi: none')"
      echo "== gpu-check ${FORMULA:-1000000} ${MODEL:-200000}"
      "$exe" gpu-check "${FORMULA:-1000000}" "${MODEL:-200000}"
      echo "== pipeline-cpu disk-gpu ${EXPLORE:-1000000} (explore's default design to Parquet on the GPU path)"
      "$exe" pipeline-cpu disk-gpu "${EXPLORE:-1000000}" "$threads" "$work/gpu"
      echo "== pipeline-cpu disk-lockstep ${EXPLORE:-1000000} $threads (the same on the host's cores)"
      "$exe" pipeline-cpu disk-lockstep "${EXPLORE:-1000000}" "$threads" "$work/lockstep"
      if cmp -s "$work/gpu/experiments.parquet" "$work/lockstep/experiments.parquet"; then
        echo "experiments.parquet identical on both paths (the same design)"
      else
        echo "experiments.parquet DIFFERS between the paths: investigate"
      fi
    } 2>&1 | tee "$log"
    rm -rf "$work"
    ;;
  *)
    echo "usage: bench/device-check.sh prepare|run" >&2
    exit 2
    ;;
esac
