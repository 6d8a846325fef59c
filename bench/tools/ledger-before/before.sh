#!/usr/bin/env bash
# Regenerates bench/src/main/resources/org/okju/bench/ledger/before/people.tsv: the people the
# ledger reader found in each round of fresh development documents *before* that round's fixes
# (the reader of the commit before the round's documents were added, rounds.txt), i.e. the rules on
# text they had never seen. Reads the development half only (never test/).
#   bench/tools/ledger-before/before.sh        (after ./okju has built cli/target/lib)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
tools="$repo/bench/tools/ledger-before"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$repo/bench/src/main/resources/org/okju/bench/ledger/before/people.tsv"
lib="$repo/cli/target/lib"
all=$(ls "$lib"/*.jar | tr '\n' ':')
old_cp=$(ls "$lib"/*.jar | grep -v okju-ledger | tr '\n' ':')
# The development texts as the bench reads them (the pngs through OCR), pages apart by \f.
mkdir -p "$work/cur"
javac -nowarn -cp "$all" -d "$work/cur" "$tools/DumpTexts.java"
java -cp "$work/cur:$all" DumpTexts "$work/texts" 2>/dev/null
{
  echo "# round	commit (reader before the round)	document	name	flags	titled	cued	party	role"
  while read -r round commit docs; do
    d="$work/old/$round"
    mkdir -p "$d/src" "$d/classes"
    git -C "$repo" archive "$commit" ledger/src/main | tar -x -C "$d/src"
    cp -r "$d/src/ledger/src/main/resources/." "$d/classes/" 2>/dev/null || true
    javac -nowarn -Xprefer:source -encoding UTF-8 -sourcepath "$d/src/ledger/src/main/java" \
      -cp "$old_cp" -d "$d/classes" "$tools/DumpPeople.java" \
      "$d/src/ledger/src/main/java/org/okju/ledger/LedgerExtractor.java"
    names=()
    for n in $docs; do
      for f in "$work"/texts/$(printf '%02d' "$n")-*.txt; do
        b=$(basename "$f")
        names+=("${b%.txt}")
      done
    done
    echo "#documents	$round	${names[*]}"
    java -cp "$d/classes:$old_cp" DumpPeople "$work/texts" "${names[@]}" 2>/dev/null \
      | sed "s/^/$round\t$commit\t/"
  done < "$tools/rounds.txt"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") mentions)"
