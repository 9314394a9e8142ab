#!/usr/bin/env bash
# Runs every fuzz harness for a bounded time.
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      (default 60 s, every target)
# Coverage-guided with AFL++ and SharpFuzz when both are installed (apt-get install afl++;
# dotnet tool install --global SharpFuzz.CommandLine), otherwise the bounded random-mutation runner.
# Findings: fuzz/findings/ (random runner) or fuzz/out/TARGET/default/crashes/ (AFL). Exit 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
build=fuzz/.build
dotnet publish fuzz/BrandWatch.Fuzz -c Release -o "$build" -v q -nologo >/dev/null
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  mapfile -t targets < <(dotnet "$build/BrandWatch.Fuzz.dll" list | awk '{print $1}')
fi

sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
if command -v afl-fuzz >/dev/null 2>&1 && [ -x "$sharpfuzz" ] && [ "${FUZZ_ENGINE:-afl}" = afl ]; then
  # Instrument the assemblies whose parsers are fuzzed (once per build).
  for dll in BrandWatch.Rules.dll brandwatch-worker.dll; do
    "$sharpfuzz" "$build/$dll" >/dev/null 2>&1 || true
  done
  export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
  found=0
  for target in "${targets[@]}"; do
    rm -rf "fuzz/corpus/$target"
    dotnet "$build/BrandWatch.Fuzz.dll" seed "$target" "fuzz/corpus/$target" >/dev/null
    mkdir -p "fuzz/out/$target"
    afl-fuzz -i "fuzz/corpus/$target" -o "fuzz/out/$target" -V "$seconds" -t 5000 -m none \
      -- dotnet "$build/BrandWatch.Fuzz.dll" afl "$target" > "fuzz/out/$target/afl.log" 2>&1 || true
    stats="fuzz/out/$target/default/fuzzer_stats"
    if [ -f "$stats" ]; then
      execs=$(awk -F': ' '/^execs_done/{print $2}' "$stats"); paths=$(awk -F': ' '/^corpus_count/{print $2}' "$stats")
      crashes=$(awk -F': ' '/^saved_crashes/{print $2}' "$stats"); hangs=$(awk -F': ' '/^saved_hangs/{print $2}' "$stats")
      printf '%-10s afl: %s execs, %s paths, %s crashes, %s hangs in %s s\n' "$target" "$execs" "$paths" "$crashes" "$hangs" "$seconds"
      [ "${crashes:-0}" -eq 0 ] || found=1
    else
      echo "$target: afl-fuzz did not start; see fuzz/out/$target/afl.log" >&2
      found=1
    fi
  done
  exit $found
fi

echo "afl-fuzz or sharpfuzz not found: running the random-mutation runner instead" >&2
status=0
for target in "${targets[@]}"; do
  dotnet "$build/BrandWatch.Fuzz.dll" random "$target" "$seconds" || status=1
done
exit $status
