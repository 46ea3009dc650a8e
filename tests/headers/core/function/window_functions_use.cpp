// The documented use of <ctql/core/function/window_functions.hpp>: row_number(), rank(),
// dense_rank() (std::int64_t), lag<N>(x) and lead<N>(x) (optional), each with .over(...).
// The header comes first, so it cannot lean on the others; then a table (support/tables.hpp), a
// statement (core/query/select.hpp) and core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/window_functions.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace window_functions_use {

using use_tables::blog::posts;

void ranking() {
  auto newest = ctql::partition_by(posts.user_id).order_by(posts.id.desc());
  auto q = ctql::select(ctql::row_number().over(newest), ctql::rank().over(newest), ctql::dense_rank().over(newest),
                        ctql::lag(posts.title).over(newest), ctql::lead<2>(posts.id).over(newest))
               .from(posts);
  static_assert(ctql::sql<ctql::mysql>(q) ==
                "SELECT ROW_NUMBER() OVER (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC), RANK() OVER "
                "(PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC), DENSE_RANK() OVER (PARTITION BY "
                "`posts`.`user_id` ORDER BY `posts`.`id` DESC), LAG(`posts`.`title`) OVER (PARTITION BY `posts`.`user_id` "
                "ORDER BY `posts`.`id` DESC), LEAD(`posts`.`id`, 2) OVER (PARTITION BY `posts`.`user_id` ORDER BY "
                "`posts`.`id` DESC) FROM `posts`");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::int64_t, std::int64_t,
                                                                 std::optional<std::string>, std::optional<std::int64_t>>>);
}

}  // namespace window_functions_use
