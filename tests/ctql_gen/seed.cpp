// ctql-gen's round trip, first step: the hand-written types, created on one backend by create_all.
//   ctql_gen_seed sqlite PATH | mariadb URL | postgres URL          drop_all, then create_all
//   ctql_gen_seed sqlite PATH | mariadb URL | postgres URL SQL...   runs each SQL text instead
// Every value type, every column and table option ctql-gen generates, a C++ keyword as a column
// name ("class"), an SQL keyword as a table name ("select"), a unicode column and index name.
// gen_checked holds a CHECK, which ctql-gen reports as not generated (it is kept out of the round trip).
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
    ctql::options(ctql::check<"gen_qty_positive">(seed::checked.qty > ctql::literal<0>));

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
