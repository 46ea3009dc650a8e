#!/usr/bin/env bash
# ctql-gen's round trip (CTest: ctql_gen.round_trip), on SQLite and, when their URLs are set
# (CTQL_MYSQL_URL, CTQL_POSTGRES_URL), on MariaDB and PostgreSQL:
#   hand-written types (seed.cpp) -> create_all -> ctql-gen -> compile the header (recreate.cpp)
#   -> create_all in a fresh database -> ctql-gen again gives the same text;
# and --check (0 on the same text, 1 and the differing lines on another), a CHECK reported as not
# generated, an unknown column type refused with table, column and type.
# The servers' tables go to their own database (MariaDB: ctql_test_gen, which the test user may
# create) and schema (PostgreSQL: ctql_gen), so the scenario tests never see them.
#   round_trip.sh CTQL_GEN SEED WORK_DIR RECREATE BUILD_COMMAND...
# BUILD_COMMAND builds RECREATE from recreate.cpp with WORK_DIR on its include path (CMake: the target
# ctql_gen_recreate, not in ALL); it runs once the headers are written.
set -euo pipefail
gen=$1 seed=$2 work=$3 recreate=$4
shift 4
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAILED: $*" >&2; exit 1; }

declare -A first second
backends=(sqlite)
first[sqlite]=sqlite:///$work/first.db second[sqlite]=sqlite:///$work/second.db
if [[ -n ${CTQL_MYSQL_URL:-} ]]; then
  "$seed" mariadb "$CTQL_MYSQL_URL" "CREATE DATABASE IF NOT EXISTS ctql_test_gen CHARACTER SET utf8mb4"
  backends+=(mariadb)
  first[mariadb]=${CTQL_MYSQL_URL%/*}/ctql_test_gen second[mariadb]=${first[mariadb]}
else
  echo "CTQL_MYSQL_URL is not set: MariaDB skipped"
fi
if [[ -n ${CTQL_POSTGRES_URL:-} ]]; then
  "$seed" postgres "$CTQL_POSTGRES_URL" "CREATE SCHEMA IF NOT EXISTS ctql_gen"
  sep='?'; [[ $CTQL_POSTGRES_URL == *\?* ]] && sep='&'
  backends+=(postgres)
  first[postgres]="$CTQL_POSTGRES_URL${sep}options=-csearch_path%3Dctql_gen" second[postgres]=${first[postgres]}
else
  echo "CTQL_POSTGRES_URL is not set: PostgreSQL skipped"
fi
target() { [[ $1 == sqlite:///* ]] && echo "${1#sqlite:///}" || echo "$1"; }
tables=(--table gen_kinds --table select)

for b in "${backends[@]}"; do
  "$seed" "$b" "$(target "${first[$b]}")"
  "$gen" --url "${first[$b]}" "${tables[@]}" --namespace "gen_$b" > "$work/gen_$b.hpp"
  grep -q 'column<"class", [^>]*> class_;' "$work/gen_$b.hpp" || fail "$b: the column \"class\" is not class_"
  grep -q 'column<"größe", ' "$work/gen_$b.hpp" || fail "$b: the column größe is missing"
  # --check: the same text is 0; a changed line is 1 and shows both sides.
  "$gen" --url "${first[$b]}" "${tables[@]}" --namespace "gen_$b" --check "$work/gen_$b.hpp" \
    || fail "$b: --check differs on the text it wrote"
  sed 's/column<"label", /column<"label_x", /' "$work/gen_$b.hpp" > "$work/changed_$b.hpp"
  set +e
  "$gen" --url "${first[$b]}" "${tables[@]}" --namespace "gen_$b" --check "$work/changed_$b.hpp" > "$work/check_$b.txt" 2>&1
  rc=$?
  set -e
  [[ $rc == 1 ]] || fail "$b: --check on a changed file exits $rc, not 1"
  grep -q '^-  column<"label_x"' "$work/check_$b.txt" && grep -q '^+  column<"label"' "$work/check_$b.txt" \
    || fail "$b: --check does not show the differing lines: $(cat "$work/check_$b.txt")"
done

# A CHECK is named in a comment, not generated (SQLite has no catalog of CHECKs).
for b in "${backends[@]}"; do
  [[ $b == sqlite ]] && continue
  "$gen" --url "${first[$b]}" --table gen_checked > "$work/checked_$b.hpp"
  grep -q '^// gen_checked: CHECK gen_qty_positive: .*not generated' "$work/checked_$b.hpp" \
    || fail "$b: the CHECK is not reported: $(cat "$work/checked_$b.hpp")"
done

# An unknown type: a message naming table, column and type, exit 2, nothing on stdout.
"$seed" sqlite "$work/legacy.db" "CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount NUMERIC(10, 2))"
set +e
"$gen" --url "sqlite:///$work/legacy.db" > "$work/legacy.out" 2> "$work/legacy.err"
rc=$?
set -e
[[ $rc == 2 ]] || fail "unknown type: exit $rc, not 2"
grep -q "table 'ledger', column 'amount'.*type 'NUMERIC(10, 2)'" "$work/legacy.err" || fail "unknown type: $(cat "$work/legacy.err")"
[[ ! -s $work/legacy.out ]] || fail "unknown type: a header was written anyway"
# A missing file is not made into an empty database.
if "$gen" --url "sqlite:///$work/no-such.db" > /dev/null 2>&1 || [[ -e $work/no-such.db ]]; then fail "a missing SQLite file"; fi

# The headers compile (warnings are errors), and make their tables again.
"$@"
for b in "${backends[@]}"; do
  "$recreate" "$b" "$(target "${second[$b]}")"
  "$gen" --url "${second[$b]}" "${tables[@]}" --namespace "gen_$b" > "$work/again_$b.hpp"
  diff -u "$work/gen_$b.hpp" "$work/again_$b.hpp" || fail "$b: generating again gives another text"
  echo "$b: round trip stable ($(grep -c 'column<' "$work/gen_$b.hpp") columns)"
done
