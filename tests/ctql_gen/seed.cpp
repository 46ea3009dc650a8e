// ctql-gen's round trip, first step: the hand-written types, created on one backend by create_all.
//   ctql_gen_seed sqlite PATH | mariadb URL | postgres URL          drop_all, then create_all
//   ctql_gen_seed sqlite PATH | mariadb URL | postgres URL SQL...   runs each SQL text instead
// Every value type, every column and table option ctql-gen generates, a C++ keyword as a column
// name ("class"), an SQL keyword as a table name ("select"), a unicode column and index name.
// gen_checked holds CHECKs of every form ctql-gen writes back as ctql::check<> (comparisons with
// literals of each kind, AND/OR/NOT, IS [NOT] NULL, [NOT] BETWEEN, [NOT] IN, [NOT] LIKE, functions).
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include <ctql/ctql.hpp>
#include <ctql/mariadb.hpp>
#include <ctql/postgres.hpp>
#include <ctql/sqlite.hpp>
#include <ctql/value_types.hpp>

namespace seed {
struct kinds_t : ctql::table<kinds_t, "gen_kinds"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"flag", bool, ctql::default_value<true>> flag;
  column<"tiny", std::int8_t> tiny;
  column<"small", std::int16_t, ctql::default_value<-3>> small;
  column<"medium", std::int32_t> medium;
  column<"big", std::uint64_t> big;
  column<"u32", std::uint32_t> u32;
  column<"ratio", double, ctql::default_value<2.5>> ratio;
  column<"weight", std::optional<float>> weight;
  column<"label", std::string, ctql::default_value<"it's \"q\"">> label;
  column<"code", std::string, ctql::max_length<12>, ctql::unique> code;
  column<"data", ctql::blob> data;
  column<"day", std::optional<ctql::date>> day;
  column<"at", ctql::timestamp> at;
  column<"alarm", ctql::time_of_day> alarm;
  column<"token", ctql::uuid> token;
  column<"price", ctql::decimal<10, 2>> price;
  column<"meta", std::optional<ctql::json>> meta;
  column<"class", int> class_;
  column<"größe", std::optional<int>> groesse;
};
inline constexpr kinds_t kinds{};

struct select_t : ctql::table<select_t, "select"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"kind", std::int64_t, ctql::references<&kinds_t::id>> kind;
  column<"tiny", std::int8_t> tiny;
  column<"medium", std::int32_t> medium;
  column<"note", std::optional<std::string>> note;
};
inline constexpr select_t select{};

struct checked_t : ctql::table<checked_t, "gen_checked"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"qty", int> qty;
  column<"name", std::string> name;
  column<"note", std::optional<std::string>> note;
  column<"ratio", double> ratio;
  column<"flag", bool> flag;
  column<"order", std::int16_t> order;  // a reserved word inside a CHECK
};
inline constexpr checked_t checked{};
}  // namespace seed

template <>
inline constexpr auto ctql::table_options<seed::kinds_t> =
    ctql::options(ctql::unique_together(seed::kinds.tiny, seed::kinds.medium),
                  ctql::index<"gen_by_day">(seed::kinds.day, seed::kinds.at),
                  ctql::unique_index<"gen_índice">(seed::kinds.weight));
template <>
inline constexpr auto ctql::table_options<seed::select_t> = ctql::options(
    ctql::foreign_key(seed::select.tiny, seed::select.medium).references(seed::kinds.tiny, seed::kinds.medium),
    ctql::index<"gen_by_note">(seed::select.note));
template <>
inline constexpr auto ctql::table_options<seed::checked_t> =
    ctql::options(ctql::check<"gen_qty_positive">(seed::checked.qty > ctql::literal<0>),
                  ctql::check<"gen_logic">((seed::checked.qty >= ctql::literal<-5> && seed::checked.qty <= ctql::literal<100>) ||
                                           !(seed::checked.name == ctql::literal<"it's \"q\" \\ ü">)),
                  ctql::check<"gen_null">(seed::checked.note.is_null() || ctql::length(seed::checked.note) > ctql::literal<0>),
                  ctql::check<"gen_between">(seed::checked.order.between(ctql::literal<-1>, ctql::literal<9>) &&
                                             !(seed::checked.qty.between(ctql::literal<50>, ctql::literal<60>))),
                  ctql::check<"gen_in">(seed::checked.name.in(ctql::literal<"a">, ctql::literal<"b,c">, ctql::literal<"">) ||
                                        !(seed::checked.order.in(ctql::literal<3>, ctql::literal<4>))),
                  ctql::check<"gen_like">(seed::checked.name.like(ctql::literal<"x%">) ||
                                          !(ctql::lower(seed::checked.name).like(ctql::literal<"%_z">))),
                  ctql::check<"gen_functions">(ctql::abs(seed::checked.ratio) < ctql::literal<2.5> &&
                                               ctql::upper(seed::checked.name) != ctql::trim(seed::checked.name)),
                  ctql::check<"gen_flag">(seed::checked.flag == ctql::literal<true> || seed::checked.note.is_not_null()),
                  ctql::check<"gen_columns">(seed::checked.qty != seed::checked.ratio));

namespace {
template <class Db>
void seed_into(Db db, int argc, char** argv) {
  if (argc > 3) {
    for (int i = 3; i < argc; ++i) db.execute(argv[i]);
    return;
  }
  db.drop_all(seed::select, seed::kinds, seed::checked);
  db.create_all(seed::select, seed::kinds, seed::checked);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: ctql_gen_seed sqlite|mariadb|postgres PATH-OR-URL [SQL...]\n", stderr);
    return 2;
  }
  const std::string_view backend = argv[1];
  try {
    if (backend == "sqlite") seed_into(ctql::sqlite::connect(argv[2]), argc, argv);
    else if (backend == "mariadb") seed_into(ctql::mariadb::connect(argv[2]), argc, argv);
    else if (backend == "postgres") seed_into(ctql::postgres::connect(argv[2]), argc, argv);
    else return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ctql_gen_seed: %s\n", e.what());
    return 1;
  }
  return 0;
}
