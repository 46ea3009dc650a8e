#!/usr/bin/env bash
# ctql-gen's round trip (CTest: ctql_gen.round_trip), on SQLite and, when their URLs are set
# (CTQL_MYSQL_URL, CTQL_POSTGRES_URL), on MariaDB and PostgreSQL:
#   hand-written types (seed.cpp) -> create_all -> ctql-gen -> compile the header (recreate.cpp)
#   -> create_all in a fresh database -> ctql-gen again gives the same text;
# the CHECKs of gen_checked written back as ctql::check<> (so they take part in the round trip);
# and --check (0 on the same text, 1 and the differing lines on another, and on a changed CHECK), a
# CHECK outside check<>'s subset reported in a comment with its reason, an unnamed SQLite CHECK named
# as PostgreSQL would, an unknown column type refused with table, column and type.
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
tables=(--table gen_kinds --table select --table gen_checked)

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

# Every CHECK of gen_checked is generated (none is left as a comment), each in its own spelling.
for b in "${backends[@]}"; do
  h=$work/gen_$b.hpp
  [[ $(grep -c 'ctql::check<"gen_' "$h") == 9 ]] || fail "$b: not the 9 CHECKs of gen_checked: $(grep -n check "$h")"
  grep -q '^// gen_checked' "$h" && fail "$b: a CHECK of gen_checked is a comment: $(grep '^// gen_checked' "$h")"
  grep -qF 'ctql::check<"gen_qty_positive">(gen_'"$b"'::gen_checked.qty > ctql::literal<0>)' "$h" || fail "$b: gen_qty_positive"
  grep -qF '!(gen_'"$b"'::gen_checked.name == ctql::literal<"it'"'"'s \"q\" \\ ü">)' "$h" \
    || grep -qF 'gen_'"$b"'::gen_checked.name != ctql::literal<"it'"'"'s \"q\" \\ ü">' "$h" || fail "$b: the quoted string of gen_logic"
  grep -qF 'gen_'"$b"'::gen_checked.name.in(ctql::literal<"a">, ctql::literal<"b,c">, ctql::literal<"">)' "$h" || fail "$b: gen_in"
  grep -q 'gen_'"$b"'::gen_checked.order[ .][^,]*ctql::literal<-1>' "$h" || fail "$b: the column \"order\" inside a CHECK"
done

# A CHECK outside check<>'s subset is a comment saying why; a changed CHECK is a --check difference.
# (gen_odd is made by SQL, not by ctql; SQLite's unnamed column CHECK is named as PostgreSQL would.)
odd_url() { [[ $1 == sqlite ]] && echo "sqlite:///$work/odd.db" || echo "${first[$1]}"; }
for b in "${backends[@]}"; do
  url=$(odd_url "$b")
  make_odd() {
    local key="id BIGINT PRIMARY KEY"
    "$seed" "$b" "$(target "$url")" "DROP TABLE IF EXISTS gen_odd" \
      "CREATE TABLE gen_odd ($key, qty INT NOT NULL$([[ $b == sqlite ]] && echo " CHECK (qty <> 7)"), CONSTRAINT odd_even CHECK (qty % 2 = 0), CONSTRAINT odd_positive CHECK (qty > $1))"
  }
  make_odd 0
  "$gen" --url "$url" --table gen_odd > "$work/odd_$b.hpp"
  grep -q '^// gen_odd: CHECK odd_even: .* -- not generated: it uses arithmetic' "$work/odd_$b.hpp" \
    || fail "$b: the CHECK outside the subset is not reported with its reason: $(cat "$work/odd_$b.hpp")"
  grep -qF 'ctql::check<"odd_positive">(gen_odd.qty > ctql::literal<0>)' "$work/odd_$b.hpp" || fail "$b: odd_positive"
  if [[ $b == sqlite ]]; then
    grep -qF 'ctql::check<"gen_odd_qty_check">(gen_odd.qty != ctql::literal<7>)' "$work/odd_$b.hpp" \
      && grep -q '^// gen_odd: CHECK (qty <> 7) has no name in the database: named gen_odd_qty_check here' "$work/odd_$b.hpp" \
      || fail "sqlite: the unnamed CHECK: $(cat "$work/odd_$b.hpp")"
  fi
  make_odd 1
  set +e
  "$gen" --url "$url" --table gen_odd --check "$work/odd_$b.hpp" > "$work/odd_check_$b.txt" 2>&1
  rc=$?
  set -e
  [[ $rc == 1 ]] || fail "$b: --check on a changed CHECK exits $rc, not 1"
  grep -qF -- '-    ctql::check<"odd_positive">(gen_odd.qty > ctql::literal<0>)' "$work/odd_check_$b.txt" \
    && grep -qF -- '+    ctql::check<"odd_positive">(gen_odd.qty > ctql::literal<1>)' "$work/odd_check_$b.txt" \
    || fail "$b: --check does not show the changed CHECK: $(cat "$work/odd_check_$b.txt")"
  "$seed" "$b" "$(target "$url")" "DROP TABLE gen_odd"
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
