#pragma once
// What verify_schema reads of a live MySQL or MariaDB database: information_schema (TABLES,
// COLUMNS, STATISTICS, KEY_COLUMN_USAGE, TABLE_CONSTRAINTS) of the current database. Pure C++: it
// runs text statements through any connection of the MySQL family.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ctql/core/dialect/mariadb.hpp"
#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/verify/catalog.hpp"
#include "ctql/core/verify/schema_shape.hpp"

namespace ctql::mysql_catalog {

/// The names of the current database's base tables.
template <class Db>
std::vector<std::string> table_names(Db& db) {
  std::vector<std::string> names;
  for (auto [name] : db(text<std::string>("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                          "DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")))
    names.push_back(std::move(name));
  return names;
}

/// One table's columns, keys, indexes and CHECK names.
template <class Db>
table_shape read_table(Db& db, const std::string& table) {
  table_shape t;
  t.name = table;
  for (auto [name, type, nullable] : db(text<std::string, std::string, std::string>(
                                            "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                                            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t ORDER BY ORDINAL_POSITION"),
                                        arg<"t">(table)))
    t.columns.push_back({name, type, nullable == "YES"});

  for (auto [name, non_unique, column] : db(text<std::string, std::int64_t, std::string>(
                                                "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
                                                "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t "
                                                "ORDER BY INDEX_NAME, SEQ_IN_INDEX"),
                                            arg<"t">(table))) {
    if (name == "PRIMARY") {
      t.primary_key.push_back(column);
      continue;
    }
    t.add_index_column(name, non_unique == 0, std::move(column));
  }

  std::string current;
  for (auto [constraint, column, target, target_column] : db(text<std::string, std::string, std::string, std::string>(
                                                              "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, "
                                                              "REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                                                              "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t AND "
                                                              "REFERENCED_TABLE_NAME IS NOT NULL "
                                                              "ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION"),
                                                          arg<"t">(table))) {
    t.add_foreign_key_column(constraint != current, target, std::move(column), std::move(target_column));
    current = std::move(constraint);
  }
  // InnoDB adds an index to a foreign key that has none: it is the database's, not a difference.
  for (const index_shape& i : t.indexes)
    if (!i.unique && std::any_of(t.foreign_keys.begin(), t.foreign_keys.end(),
                                 [&](const foreign_key_shape& f) { return f.columns == i.columns; }))
      t.implicit_indexes.push_back(i.name);

  for (auto [name] : db(text<std::string>("SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS WHERE "
                                          "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t AND CONSTRAINT_TYPE = 'CHECK' "
                                          "ORDER BY CONSTRAINT_NAME"),
                        arg<"t">(table)))
    t.checks.push_back(std::move(name));
  return t;
}

}  // namespace ctql::mysql_catalog

namespace ctql {

/// verify_schema reads a mysql database this way.
template <>
struct catalog_for<mysql> {
  template <class Db>
  static std::vector<std::string> table_names(Db& db) { return mysql_catalog::table_names(db); }
  template <class Db>
  static table_shape read_table(Db& db, const std::string& table) { return mysql_catalog::read_table(db, table); }
};
/// verify_schema reads a mariadb database this way.
template <>
struct catalog_for<mariadb> {
  template <class Db>
  static std::vector<std::string> table_names(Db& db) { return mysql_catalog::table_names(db); }
  template <class Db>
  static table_shape read_table(Db& db, const std::string& table) { return mysql_catalog::read_table(db, table); }
};

}  // namespace ctql
