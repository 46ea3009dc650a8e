// The documented use of <ctql/value_types.hpp>: every value type beyond the core's, with
// <ctql/ctql.hpp> for the table and the statement. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/value_types.hpp"

#include <cstdint>

#include "ctql/ctql.hpp"

namespace value_types_use {
struct goods_t : ctql::table<goods_t, "goods"> {
  column<"id", ctql::uuid, ctql::primary_key> id;
  column<"price", ctql::decimal<12, 2>> price;
  column<"meta", ctql::json> meta;
  column<"opens", ctql::time_of_day> opens;
};
inline constexpr goods_t goods{};

void cheap_in_stock() {
  auto q = ctql::select(goods.id)
               .from(goods)
               .where(goods.price < ctql::decimal<12, 2>{"10"} && goods.meta.get<int>(ctql::json_path<"$.stock">) > 0);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"(SELECT "goods"."id" FROM "goods" WHERE ("goods"."price" < $1) AND (CAST(("goods"."meta" #>> '{stock}') AS BIGINT) > $2))");
}
}  // namespace value_types_use
