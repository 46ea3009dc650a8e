// The documented use of <ctql/core/dialect/mysql.hpp>: the tag ctql::mysql given to ctql::sql<>() and
// ctql::create_table<>(), and what it decides: quoting, placeholders, OFFSET without LIMIT,
// integer division, upsert spelling, DEFAULT VALUES, the auto key's DDL. The dialect's header comes
// first; then the renderers and the statements and tables every dialect's use shares
// (tests/headers/support/, which include no dialect header). Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/dialect/mysql.hpp"

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/dialect_statements.hpp"

namespace mysql_use {

using namespace dialect_statements;

void spelling() {
  using D = ctql::mysql;
  auto q = offset_without_limit();
  static_assert(ctql::sql<D>(q) ==
                "SELECT `users`.`id` FROM `users` WHERE (`users`.`age` DIV ?) > ? LIMIT 18446744073709551615 OFFSET ?");
  auto upsert = upsert_on_email();
  static_assert(ctql::sql<D>(upsert) ==
                "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) AS new ON DUPLICATE KEY UPDATE `name` = new.`name`, `id` = `id` + 0 * LAST_INSERT_ID(0)");
  auto defaults = default_values();
  static_assert(ctql::sql<D>(defaults) == "INSERT INTO `counters` () VALUES ()");
  static_assert(ctql::create_table<D>(counters) ==
                "CREATE TABLE `counters` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `hits` INT NOT NULL DEFAULT 0) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
}

}  // namespace mysql_use
