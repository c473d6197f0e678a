#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with the repository's own inputs: the bundled plans, the
# invalid-case plans, the data files and fixtures, and the queries of the tests.
set -euo pipefail
cd "$(dirname "$0")"
root=..
for t in plan_text fmt_text query_text csv_data json_data xlsx_data; do mkdir -p "corpus/$t"; done
cp "$root"/plans/*.plan "$root"/plans/*/*.plan "$root"/tests/cases/invalid/*.plan \
   "$root"/tests/fixtures/agency-files/plan.plan corpus/plan_text/
cp corpus/plan_text/* corpus/fmt_text/
cp "$root"/plans/data/*.csv "$root"/tests/fixtures/agency-files/*.csv \
   "$root"/tests/fixtures/agency-files/*.txt corpus/csv_data/
cp "$root"/tests/fixtures/agency-files/*.json corpus/json_data/
find "$root/tests" "$root/plans" -name '*.json' -size -64k -exec cp {} corpus/json_data/ \;
printf '%s' '[{"indicator":"1","area":"tỉnh","period":"2022","value":88.5,"reported_by":"sở_y_tế"}]' > corpus/json_data/array.json
printf '%s' '{"decimal":"comma","observations":[{"indicator":"1","area":"tỉnh","period":"2023","value":"90,5"}]}' > corpus/json_data/comma.json
cp "$root"/tests/fixtures/agency-files/*.xlsx corpus/xlsx_data/
# Every `-e "..."` query and every query string in the query tests, one file each.
grep -ohE '"(indicators|targets|agencies|objectives|reports|late|missing|count|show)[^"]*"' \
    "$root"/tests/*/*.rs "$root"/README.md "$root"/docs/*.md | sort -u | sed 's/^"//; s/"$//' |
    while IFS= read -r q; do
        printf '%s' "$q" > "corpus/query_text/$(printf '%s' "$q" | sha1sum | cut -c1-16)"
    done
for t in plan_text fmt_text query_text csv_data json_data xlsx_data; do
    echo "$t: $(ls "corpus/$t" | wc -l) seeds"
done
