#pragma once
// Start-up verification: does the live database have the tables the compiled types describe?
//   ctql::verify_schema(db, users, posts);          // one ctql::error listing every difference
//   auto report = ctql::schema_differences(db, users, posts);   // std::vector<ctql::schema_difference>
//   db.verify_schema(users, posts);                  // the same, once this header is included
// On an engine connection (<ctql/engine.hpp>) each reads the catalog of the dialect its URL names.
// Kept out of <ctql/ctql.hpp>: it reads catalogs at run time and most programs need it once.
// See docs/schema.md for what is compared on each database.
#include <string>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/run/schema_hook.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/verify/catalog.hpp"
#include "ctql/core/verify/expected_shape.hpp"
#include "ctql/core/verify/schema_shape.hpp"
#include "ctql/mysql/catalog.hpp"
#include "ctql/postgres/catalog.hpp"
#include "ctql/sqlite/catalog.hpp"

namespace ctql {

/// Every difference between the live database and the tables' types (empty when they agree):
/// missing and extra tables, missing and extra columns, type family, max_length, nullability,
/// primary key, unique constraints, foreign keys, named indexes and CHECK names (see docs/schema.md).
/// Tables in the database but not given are reported too, as extra_table.
template <class Db, table_type... Tables>
std::vector<schema_difference> schema_differences(Db& db, const Tables&... tables) {
  if constexpr (requires { typename Db::dialect; }) {
    using D = typename Db::dialect;
    using catalog = catalog_for<D>;
    const std::vector<table_shape> expected{expected_table_shape<D, Tables>()...};
    return compare_schema(expected, catalog::table_names(db),
                          [&db](const std::string& name) { return catalog::read_table(db, name); });
  } else {
    // An engine connection: its dialect is known at run time; each of its connections' is at compile time.
    return db.visit([&](auto& inner) { return ::ctql::schema_differences(inner, tables...); });
  }
}

/// The text of a ctql::error listing differences, one line each.
inline std::string describe_differences(const std::vector<schema_difference>& differences) {
  std::string text = "the database differs from the table types (" + std::to_string(differences.size()) +
                     (differences.size() == 1 ? " difference):" : " differences):");
  for (const schema_difference& d : differences) text += "\n  " + d.describe();
  return text;
}

/// Throws one ctql::error listing every difference; returns if the database agrees with the types.
template <class Db, table_type... Tables>
void verify_schema(Db& db, const Tables&... tables) {
  const auto differences = schema_differences(db, tables...);
  if (!differences.empty()) throw error(describe_differences(differences));
}

namespace detail {
/// What db.verify_schema(tables...) calls (core/run/schema_hook.hpp).
template <>
struct schema_verification<true> {
  template <class Db, class... Tables>
  static void verify(Db& db, const Tables&... tables) {
    ::ctql::verify_schema(db, tables...);
  }
};
}  // namespace detail

}  // namespace ctql
