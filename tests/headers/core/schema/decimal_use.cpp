// The documented use of <ctql/core/schema/decimal.hpp>: a decimal column compared and summed
// exactly. With that header first, then a table, a select, core/query/sql.hpp,
// core/function/aggregate.hpp and core/ddl/create_table.hpp with one dialect. Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/schema/decimal.hpp"

#include <cstdint>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/dialect/mariadb.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace decimal_use {
struct prices_t : ctql::table<prices_t, "prices"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"price", ctql::decimal<12, 2>> price;
};
inline constexpr prices_t prices{};

void dear_ones() {
  static_assert(ctql::create_table<ctql::mariadb>(prices) ==
                "CREATE TABLE `prices` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `price` DECIMAL(12, 2) NOT NULL) "
                "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  auto q = ctql::select(ctql::sum(prices.price)).from(prices).where(prices.price > ctql::decimal<12, 2>{"1234.50"});
  static_assert(ctql::sql<ctql::mariadb>(q) == "SELECT SUM(`prices`.`price`) FROM `prices` WHERE `prices`.`price` > ?");
  static_assert(ctql::decimal<12, 2>::parse("1234.5")->units() == 123450);
}
}  // namespace decimal_use
