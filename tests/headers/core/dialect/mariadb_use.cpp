// The documented use of <ctql/core/dialect/mariadb.hpp>: the tag ctql::mariadb given to ctql::sql<>() and
// ctql::create_table<>(), and what it decides: quoting, placeholders, OFFSET without LIMIT,
// integer division, upsert spelling (VALUES(), not MySQL 8's row alias), RETURNING after
// INSERT and DELETE, DEFAULT VALUES, the auto key's DDL. The dialect's header comes
// first; then the renderers and the statements and tables every dialect's use shares
// (tests/headers/support/, which include no dialect header). Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/dialect/mariadb.hpp"

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/dialect_statements.hpp"

namespace mariadb_use {

using namespace dialect_statements;

void spelling() {
  using D = ctql::mariadb;
  auto q = offset_without_limit();
  static_assert(ctql::sql<D>(q) ==
                "SELECT `users`.`id` FROM `users` WHERE (`users`.`age` DIV ?) > ? LIMIT 18446744073709551615 OFFSET ?");
  auto upsert = upsert_on_email();
  static_assert(ctql::sql<D>(upsert) ==
                "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `id` = `id` + 0 * LAST_INSERT_ID(0)");
  static_assert(D::supports_returning && !D::supports_update_returning);
  auto defaults = default_values();
  static_assert(ctql::sql<D>(defaults) == "INSERT INTO `counters` () VALUES ()");
  static_assert(ctql::create_table<D>(counters) ==
                "CREATE TABLE `counters` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `hits` INT NOT NULL DEFAULT 0) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
}

}  // namespace mariadb_use
