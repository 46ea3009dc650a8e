#pragma once
// ctql::mariadb: how MariaDB 10.5 or later spells SQL and what it supports (see
// core/dialect/sqlite.hpp for what each member means). It is MySQL's spelling (core/dialect/mysql.hpp)
// but for RETURNING after INSERT and DELETE (not UPDATE) and excluded() as VALUES(column): MariaDB
// has no `INSERT ... AS new` row alias. Its connector is the MySQL one, defined in <ctql/mariadb.hpp>.
#include <string_view>

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

struct mariadb : detail::mysql_family {
  static constexpr std::string_view name = "MariaDB";
  static constexpr bool supports_returning = true;          // INSERT and DELETE ... RETURNING, since 10.5
  static constexpr bool supports_update_returning = false;  // UPDATE ... RETURNING: not in MariaDB
  /// No row alias: excluded(c) is VALUES(c).
  static constexpr excluded_style excluded = excluded_style::values_function;
  /// MariaDB 10.7 and later have UUID (an older server refuses the CREATE TABLE).
  static constexpr std::string_view uuid_type = "UUID";
  /// CREATE INDEX IF NOT EXISTS (MySQL 8 has none): indexes are created after the tables.
  static constexpr bool create_index_if_not_exists = true;

  class connection;
  /// `auto db = ctql::mariadb::connect("mariadb://user:pw@127.0.0.1:3306/app");` (defined in
  /// <ctql/mariadb.hpp>; a mysql:// URL is taken too). Refuses a server that is not MariaDB 10.5+.
  static connection connect(std::string_view url);
};

}  // namespace ctql
