// The documented use of <ctql/core/function/function_call.hpp>: a Function with an SQL name and a result type is a call, `function_call<Function, Args...>`, made by `make_call<Function>(args...)`.
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/function_call.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace function_call_use {

using use_tables::scored::users;

struct soundex : ctql::scalar_function {
  static constexpr std::string_view sql = "SOUNDEX";
  template <class... Args>
  using result = ctql::null_if_any_t<std::string, Args...>;
};

void function_call() {
  auto q = ctql::select(ctql::make_call<soundex>(ctql::as_node(users.email))).from(users);
  static_assert(ctql::sql<ctql::postgres>(q) == R"(SELECT SOUNDEX("users"."email") FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::optional<std::string>>>);
}

}  // namespace function_call_use
