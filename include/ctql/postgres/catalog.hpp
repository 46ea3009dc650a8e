#pragma once
// What verify_schema reads of a live PostgreSQL database: pg_catalog (pg_class, pg_attribute,
// pg_index, pg_constraint) of the current schema (the first of search_path). Pure C++: it runs
// text statements through any PostgreSQL connection.
#include <string>
#include <utility>
#include <vector>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/verify/catalog.hpp"
#include "ctql/core/verify/schema_shape.hpp"

namespace ctql::postgres_catalog {

/// The names of the current schema's tables.
template <class Db>
std::vector<std::string> table_names(Db& db) {
  std::vector<std::string> names;
  for (auto [name] : db(text<std::string>(
           "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname")))
    names.push_back(std::move(name));
  return names;
}

/// One table's columns, keys, indexes and CHECK names.
template <class Db>
table_shape read_table(Db& db, const std::string& table) {
  table_shape t;
  t.name = table;
  for (auto [name, type, not_null] : db(text<std::string, std::string, bool>(
                                            "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                                            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                            "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                            "WHERE n.nspname = current_schema() AND c.relname = :t "
                                            "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
                                        arg<"t">(table)))
    t.columns.push_back({name, type, !not_null});

  for (auto [name, unique, primary, column] : db(text<std::string, bool, bool, std::string>(
                                                     "SELECT i.relname::text, x.indisunique, x.indisprimary, a.attname::text "
                                                     "FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid "
                                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                     "JOIN pg_class i ON i.oid = x.indexrelid "
                                                     "CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                                                     "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                                                     "WHERE n.nspname = current_schema() AND c.relname = :t "
                                                     "ORDER BY i.relname, k.ord"),
                                                 arg<"t">(table))) {
    if (primary) {
      t.primary_key.push_back(column);
      continue;
    }
    t.add_index_column(name, unique, std::move(column));
  }

  std::string current;
  for (auto [constraint, column, target, target_column] : db(text<std::string, std::string, std::string, std::string>(
                                                              "SELECT con.conname::text, a.attname::text, rt.relname::text, "
                                                              "ra.attname::text FROM pg_constraint con "
                                                              "JOIN pg_class c ON c.oid = con.conrelid "
                                                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                              "JOIN pg_class rt ON rt.oid = con.confrelid "
                                                              "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY "
                                                              "AS k(col, rcol, ord) "
                                                              "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col "
                                                              "JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.rcol "
                                                              "WHERE con.contype = 'f' AND n.nspname = current_schema() "
                                                              "AND c.relname = :t ORDER BY con.conname, k.ord"),
                                                          arg<"t">(table))) {
    t.add_foreign_key_column(constraint != current, target, std::move(column), std::move(target_column));
    current = std::move(constraint);
  }

  for (auto [name] : db(text<std::string>("SELECT con.conname::text FROM pg_constraint con "
                                          "JOIN pg_class c ON c.oid = con.conrelid "
                                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE con.contype = 'c' AND n.nspname = current_schema() AND c.relname = :t "
                                          "ORDER BY con.conname"),
                        arg<"t">(table)))
    t.checks.push_back(std::move(name));
  return t;
}

}  // namespace ctql::postgres_catalog

namespace ctql {

/// verify_schema reads a postgres database this way.
template <>
struct catalog_for<postgres> {
  template <class Db>
  static std::vector<std::string> table_names(Db& db) { return postgres_catalog::table_names(db); }
  template <class Db>
  static table_shape read_table(Db& db, const std::string& table) { return postgres_catalog::read_table(db, table); }
};

}  // namespace ctql
