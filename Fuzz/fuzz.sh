#!/usr/bin/env bash
# Builds Folio's fuzz targets with libFuzzer and AddressSanitizer and runs each for a fixed
# number of inputs, from a fresh corpus seeded by Fuzz/Corpus/ and the repository's
# fixtures. Prints, per target, the runs executed, the corpus size and the time taken;
# exits non-zero when a target crashes, leaving the input in Fuzz/.build/crashes/.
#
#   Fuzz/fuzz.sh [RUNS] [TARGET...]     RUNS defaults to 100000; targets: front-matter,
#                                       csv, template, markdown (default: all four)
# FUZZ_SEED (default 1) fixes libFuzzer's random seed, FUZZ_FLAGS adds libFuzzer flags.
# FOLIO_COMMONMARK_SPEC and FOLIO_MUSTACHE_SPEC, when set, add the spec examples as seeds.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-100000}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front-matter csv template markdown)
work=.build/fuzz
repository=..
fixtures="$repository/Tests/FolioKitTests/Build/Fixtures"

# Optimized, as fuzzing wants many runs a second; -enable-testing keeps Folio's internal
# types reachable through @testable import.
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing)
swift build "${flags[@]}" >/dev/null
bin="$(swift build "${flags[@]}" --show-bin-path)"

# The seeds of one target: the committed corpus, then the fixtures of that kind.
seed() {
  local target=$1 seeds=$2
  cp Corpus/"$target"/* "$seeds"/
  local index=0
  copy() { while read -r file; do index=$((index + 1)); cp "$file" "$seeds/fixture-$index"; done; }
  case $target in
    front-matter | markdown)
      find "$repository/Content" "$fixtures" -name '*.md' -not -path '*-expected*' | sort | copy ;;
    csv)
      find "$repository/Content" "$fixtures" -name '*.csv' | sort | copy ;;
    template)
      find "$repository/Templates" "$fixtures" -name '*.mustache' | sort | copy ;;
  esac
  if [ "$target" = markdown ] && [ -f "${FOLIO_COMMONMARK_SPEC:-}" ]; then
    python3 - "$FOLIO_COMMONMARK_SPEC" "$seeds" <<'PY'
import json, sys
for example in json.load(open(sys.argv[1])):
    open(f"{sys.argv[2]}/spec-{example['example']}", "w").write(example["markdown"])
PY
  fi
  if [ "$target" = template ] && [ -d "${FOLIO_MUSTACHE_SPEC:-}" ]; then
    python3 - "$FOLIO_MUSTACHE_SPEC" "$seeds" <<'PY'
import glob, json, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    name = os.path.basename(path)[:-5].strip("~")
    for number, test in enumerate(json.load(open(path))["tests"]):
        open(f"{sys.argv[2]}/spec-{name}-{number}", "w").write(test["template"])
PY
  fi
}

status=0
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target" seeds="$work/seeds/$target"
  rm -rf "$corpus" "$seeds"
  mkdir -p "$corpus" "$seeds" "$work/crashes"
  seed "$target" "$seeds"
  log="$work/$target.log"
  # New inputs go to the first folder only, so the seeds stay as they are.
  set +e
  # shellcheck disable=SC2086
  "$bin/fuzz-$target" "$corpus" "$seeds" -runs="$runs" -seed="${FUZZ_SEED:-1}" \
    -timeout=10 -dict="Dictionaries/$target.dict" -print_final_stats=1 \
    -artifact_prefix="$work/crashes/$target-" ${FUZZ_FLAGS:-} >"$log" 2>&1
  result=$?
  set -e
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
  # libFuzzer's corpus: the seeds and new inputs that reach code no other input reaches.
  corp=$(grep -o 'corp: [0-9]*/[0-9a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  seeded=$(find "$seeds" -type f | wc -l)
  found=$(find "$corpus" -type f | wc -l)
  if [ "$result" -eq 0 ]; then
    printf '%-13s %s runs in %s s; corpus %s inputs/bytes (from %s seeds; %s new inputs)\n' \
      "$target" "${executed:-?}" "${seconds:-?}" "${corp:-?}" "$seeded" "$found"
  else
    status=1
    printf '%-13s CRASHED after %s runs; see %s and %s\n' "$target" "${executed:-?}" "$log" \
      "$(ls -t "$work"/crashes/"$target"-* 2>/dev/null | head -1)"
    grep -m1 -E 'Fatal error|ERROR: (AddressSanitizer|libFuzzer)' "$log" || true
  fi
done
exit $status
