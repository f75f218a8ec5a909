#!/usr/bin/env bash
# The local learnware loop in one command: generate sample sources (a synthetic credit domain), make their statistical
# specifications, pack and check them, rank them against a user's data by specification distance, and predict the
# user's data with the nearest classifier.
#
# Usage: scripts/demo.sh [OUT_DIR]     (default: artifacts/demo; it is emptied first)
#        SEED=N scripts/demo.sh         another sample set (the user then resembles another lender)
set -Eeuo pipefail
shopt -s inherit_errexit
trap 'echo "demo.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1

out="${1:-artifacts/demo}"
seed="${SEED:-0}"
sources="$out/sources"
packages="$out/learnwares"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
timings=()
section_start=""
section_name=""
# section TITLE KEY: prints a header; KEY names the section in the timings.
section() {
  end_section
  section_name="$2"
  section_start=$(now)
  printf '\n=== %s ===\n' "$1"
}
end_section() {
  if [[ -n "$section_name" ]]; then timings+=("$(printf '%-10s %6ss' "$section_name" "$(elapsed "$section_start")")"); fi
}
total_start=$(now)

# The path of a project's built assembly, as MSBuild computes it (robust to output layout settings).
target_path() {
  local path
  path=$(dotnet msbuild "$1" -nologo -getProperty:TargetPath -p:Configuration=Release)
  [[ -f "$path" ]] || { echo "demo.sh: $1 was built but $path does not exist" >&2; exit 1; }
  echo "$path"
}

# Only a folder this script made (it holds the marker) or an empty one is emptied: OUT_DIR may be mistyped.
marker="$out/.learnware-demo"
if [[ -e "$out" && ! -e "$marker" && -n "$(ls -A "$out" 2>/dev/null || echo not-a-folder)" ]]; then
  echo "demo.sh: $out exists and was not made by this script; choose another OUT_DIR" >&2
  exit 2
fi
rm -rf "$out"
mkdir -p "$sources" "$packages"
touch "$marker"

# Builds a project quietly; on failure the whole build log is shown.
build() {
  local log="$out/build.$(basename "$1").log"
  if ! dotnet build "$1" -c Release -nologo >"$log" 2>&1; then
    cat "$log" >&2
    echo "demo.sh: building $1 failed (log: $log)" >&2
    exit 1
  fi
  echo "built $1"
}

section "Build" build
# The CLI as users run it: published ReadyToRun (scripts/publish-cli.sh), so each call starts fast.
cli_log="$out/build.publish-cli.log"
if ! cli=$(bash scripts/publish-cli.sh 2>"$cli_log" | tail -n 1) || [[ ! -x "$cli" ]]; then
  cat "$cli_log" >&2
  echo "demo.sh: publishing the CLI failed (log: $cli_log)" >&2
  exit 1
fi
echo "published src/Learnware.Cli"
build samples/Learnware.Samples
samples_tool=$(target_path samples/Learnware.Samples)
learnware() { "$cli" "$@"; }
samples() { dotnet "$samples_tool" "$@"; }
echo "learnware CLI: $cli"

section "Generate sample sources (seed $seed)" generate
samples --out "$sources" --seed "$seed"

section "Make, pack and check each learnware" pack
declare -A kind
names=()
for model in "$sources"/*.onnx; do
  name=$(basename "$model" .onnx)
  names+=("$name")
  echo "--- $name"
  learnware spec table --data "$sources/$name.features.csv" --out "$packages/$name.spec.json" --seed "$seed"
  packed=$(learnware pack --model "$model" --stat "$packages/$name.spec.json" --semantic "$sources/$name.semantic.json" \
    --readme "$sources/$name.README.md" --out "$packages/$name.zip")
  echo "$packed"
  # pack reports the model kind it inferred: "  model   classifier: input ...".
  kind[$name]=$(sed -n 's/^ *model *\([a-z_]*\):.*/\1/p' <<<"$packed")
  [[ -n "${kind[$name]}" ]] || { echo "demo.sh: no model kind in the pack output of $name" >&2; exit 1; }
  learnware check "$packages/$name.zip"
done

section "Search: rank the learnwares by distance to the user's data" search
learnware spec table --data "$sources/user.csv" --out "$out/user.spec.json" --seed "$seed"
ranking="$out/ranking.txt"
for name in "${names[@]}"; do
  mmd2=$(learnware spec dist "$out/user.spec.json" "$packages/$name.spec.json")
  printf '%s %s %s\n' "$mmd2" "$name" "${kind[$name]}"
done | sort -g >"$ranking"
echo "MMD² between the user's specification and each learnware's (nearest first):"
awk '{ printf "  %d. %-30s %-11s %.4f\n", NR, $2, $3, $1 }' "$ranking"
best=$(awk '$3 == "classifier" { print $2; exit }' "$ranking")
[[ -n "$best" ]] || { echo "demo.sh: no classifier in the ranking" >&2; exit 1; }
expected=$(sed -n 's/^source: //p' "$sources/user.README.md")
if [[ "$best" == "$expected" ]]; then verdict="right: the user's rows are drawn mostly from its applicants"
else verdict="not the lender the user's rows mostly come from ($expected)"; fi
echo "nearest classifier: $best ($verdict)"

section "Predict the user's data with $best" predict
learnware predict "$packages/$best.zip" --data "$sources/user.csv" --out "$out/user.predictions.csv"
head -n 4 "$out/user.predictions.csv" | sed 's/^/  /'
echo "  ..."
score=$(samples --score "$out/user.predictions.csv" "$sources/user.labels.csv")
echo "$best: $score"

section "For comparison: every classifier on the user's data" compare
while read -r _ name model_kind; do
  [[ "$model_kind" == "classifier" ]] || continue
  learnware predict "$packages/$name.zip" --data "$sources/user.csv" --out "$out/$name.user.predictions.csv" >/dev/null
  score=$(samples --score "$out/$name.user.predictions.csv" "$sources/user.labels.csv")
  printf '  %-30s %s\n' "$name" "$score"
done <"$ranking"

section "A local market: add every learnware, then search it with the user's specification" market
market="$out/market"
rm -rf "$market"
for name in "${names[@]}"; do
  learnware market add "$packages/$name.zip" --root "$market"
done
learnware market list --root "$market"
learnware market search --root "$market" --spec "$out/user.spec.json"
learnware market search --root "$market" --spec "$out/user.spec.json" --json >"$out/search.json"
mixture_ids=$(tr -d ' \n' <"$out/search.json" | sed -n 's/.*"mixture":{"ids":\[\([^]]*\)\].*/\1/p' | tr -d '"')

section "Reuse: the mixture's learnwares combined by a job selector" reuse
if [[ -n "$mixture_ids" ]]; then
  learnware reuse --method job-selector --root "$market" --ids "$mixture_ids" \
    --data "$sources/user.csv" --out "$out/user.job-selector.csv"
  score=$(samples --score "$out/user.job-selector.csv" "$sources/user.labels.csv")
  echo "job selector over the mixture ($mixture_ids): $score"
else
  echo "the search returned no mixture"
fi

end_section
printf '\n=== Timings ===\n'
printf '  %s\n' "${timings[@]}"
printf '  %-10s %6ss\n' "total" "$(elapsed "$total_start")"
echo "outputs in $out"
