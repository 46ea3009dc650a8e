#pragma once
// What the migration scenarios share: a clean slate (no record table, no tables the steps make),
// and questions about the live database asked in each dialect's own catalog.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <ctql/migrations.hpp>

#include "scenarios/backends.hpp"

namespace test {

/// The tables the migration scenarios create.
inline constexpr std::string_view migration_tables[] = {"ctql_migrations", "mig_people", "mig_half",
                                                        "mig_extra", "mig_log", "mig_many"};

template <class Db>
void drop_migration_tables(Db& db) {
  for (auto name : migration_tables) db.execute("DROP TABLE IF EXISTS " + std::string(name));
}

/// A connection of the backend with none of the migration scenarios' tables.
template <class Backend>
auto migration_connect() {
  auto db = Backend::connect();
  drop_migration_tables(db);
  return db;
}

inline bool table_exists(ctql::sqlite::connection& db, std::string_view name) {
  return std::get<0>(*db(ctql::text<std::int64_t>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :n"),
                         ctql::arg<"n">(name))
                          .first()) == 1;
}
#ifdef CTQL_TEST_MYSQL
inline bool table_exists(ctql::mariadb::connection& db, std::string_view name) {
  return std::get<0>(*db(ctql::text<std::int64_t>("SELECT COUNT(*) FROM information_schema.tables "
                                                   "WHERE table_schema = DATABASE() AND table_name = :n"),
                         ctql::arg<"n">(name))
                          .first()) == 1;
}
#endif
#ifdef CTQL_TEST_POSTGRES
inline bool table_exists(ctql::postgres::connection& db, std::string_view name) {
  return std::get<0>(*db(ctql::text<std::int64_t>("SELECT COUNT(*) FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema() AND table_name = :n"),
                         ctql::arg<"n">(name))
                          .first()) == 1;
}
#endif

/// The versions ctql_migrations records, in order, and which of them are dirty.
template <class Db>
std::vector<std::int64_t> recorded_versions(Db& db) {
  std::vector<std::int64_t> out;
  for (auto [version] : db(ctql::text<std::int64_t>("SELECT version FROM ctql_migrations ORDER BY version")))
    out.push_back(version);
  return out;
}
template <class Db>
std::vector<std::int64_t> dirty_versions(Db& db) {
  std::vector<std::int64_t> out;
  for (auto [version] : db(ctql::text<std::int64_t>("SELECT version FROM ctql_migrations WHERE dirty <> 0 ORDER BY version")))
    out.push_back(version);
  return out;
}

template <class Db>
std::int64_t count_rows(Db& db, std::string_view table) {
  return std::get<0>(*db(ctql::text<std::int64_t>("SELECT COUNT(*) FROM " + std::string(table))).first());
}

}  // namespace test
