#pragma once
// What verify_schema reads of a live SQLite database: sqlite_master and the table-valued pragmas
// (pragma_table_xinfo, pragma_index_list, pragma_index_info, pragma_foreign_key_list). SQLite
// keeps no catalog of CHECK constraints, so they are not compared. Pure C++: it runs text
// statements through any connection of the SQLite dialect.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/verify/catalog.hpp"
#include "ctql/core/verify/schema_shape.hpp"

namespace ctql::sqlite_catalog {

/// The names of the database's tables (not SQLite's own).
template <class Db>
std::vector<std::string> table_names(Db& db) {
  std::vector<std::string> names;
  for (auto [name] : db(text<std::string>(
           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
           "ORDER BY name")))
    names.push_back(std::move(name));
  return names;
}

/// One table's columns, keys and indexes.
template <class Db>
table_shape read_table(Db& db, const std::string& table) {
  table_shape t;
  t.name = table;
  t.checks_known = false;
  std::vector<std::pair<std::int64_t, std::string>> key;
  for (auto [name, type, not_null, pk] : db(text<std::string, std::string, std::int64_t, std::int64_t>(
                                                "SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(:t) "
                                                "WHERE hidden = 0 ORDER BY cid"),
                                            arg<"t">(table))) {
    // A primary key column holds no NULL (the rowid cannot; ctql writes NOT NULL on the others).
    t.columns.push_back({name, type, not_null == 0 && pk == 0});
    if (pk > 0) key.emplace_back(pk, name);
  }
  std::sort(key.begin(), key.end());
  for (auto& k : key) t.primary_key.push_back(k.second);

  std::vector<std::tuple<std::string, bool>> indexes;
  for (auto [name, unique, origin] : db(text<std::string, std::int64_t, std::string>(
                                            "SELECT name, \"unique\", origin FROM pragma_index_list(:t)"),
                                        arg<"t">(table)))
    if (origin != "pk") indexes.emplace_back(name, unique != 0);
  for (auto& [name, unique] : indexes) {
    index_shape i{name, unique, {}};
    for (auto [column] : db(text<std::optional<std::string>>(
                                "SELECT name FROM pragma_index_info(:i) ORDER BY seqno"),
                            arg<"i">(name)))
      i.columns.push_back(column.value_or("<expression>"));
    // SQLite's own names for UNIQUE constraints (sqlite_autoindex_...) are not compared.
    if (i.name.rfind("sqlite_autoindex_", 0) == 0) i.name.clear();
    t.indexes.push_back(std::move(i));
  }

  std::int64_t current = -1;
  for (auto [id, target, from, to] : db(text<std::int64_t, std::string, std::string, std::optional<std::string>>(
                                            "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(:t) "
                                            "ORDER BY id, seq"),
                                        arg<"t">(table))) {
    // No target column: the target's primary key, filled in below.
    t.add_foreign_key_column(id != current, target, std::move(from), to.value_or(""));
    current = id;
  }
  for (auto& f : t.foreign_keys) {
    if (std::find(f.targets.begin(), f.targets.end(), "") == f.targets.end()) continue;
    f.targets.clear();
    std::vector<std::pair<std::int64_t, std::string>> pk;
    for (auto [name, position] : db(text<std::string, std::int64_t>(
                                        "SELECT name, pk FROM pragma_table_xinfo(:t) WHERE pk > 0"),
                                    arg<"t">(f.table)))
      pk.emplace_back(position, name);
    std::sort(pk.begin(), pk.end());
    for (auto& k : pk) f.targets.push_back(k.second);
  }
  return t;
}

}  // namespace ctql::sqlite_catalog

namespace ctql {

/// verify_schema reads a sqlite database this way.
template <>
struct catalog_for<sqlite> {
  template <class Db>
  static std::vector<std::string> table_names(Db& db) { return sqlite_catalog::table_names(db); }
  template <class Db>
  static table_shape read_table(Db& db, const std::string& table) { return sqlite_catalog::read_table(db, table); }
};

}  // namespace ctql
