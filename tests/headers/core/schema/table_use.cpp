// The documented use of <ctql/core/schema/table.hpp>, declaring a table:
// `struct users_t : ctql::table<users_t, "users"> { column<"id", std::int64_t, ctql::primary_key> id; };`
// and, with nothing else included, what a user then writes with its columns: the operators
// (== < + && ...) and the member functions (.in(), .like(), .is_null(), .asc(), ...). A column's
// operators are free functions, found only if declared: so table.hpp (through column.hpp) brings
// them. Nothing is rendered here (no statement header is included). Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/schema/table.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

namespace table_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique> email;
};
inline constexpr users_t users{};

// The table finds its own columns, in declaration order.
static_assert(std::is_same_v<ctql::columns_of<users_t>,
                             ctql::type_list<decltype(users_t::id), decltype(users_t::name), decltype(users_t::age),
                                             decltype(users_t::email)>>);
static_assert(users.id.is_primary_key && users.id.is_auto_assigned && users.name.is_required && !users.age.is_required);
static_assert(users.email.is_nullable && users.email.is_unique);

// The operators and member functions every column has.
static_assert(ctql::boolean_expression<decltype(users.id == 1)>);
static_assert(ctql::boolean_expression<decltype((users.age >= 18 && !(users.name != "x")) || users.id < 2)>);
static_assert(std::is_same_v<ctql::value_type_of<decltype(users.age + 1)>, int>);
static_assert(std::is_same_v<ctql::value_type_of<decltype(users.age * 2 - -users.age / 3 % 4)>, int>);
static_assert(std::is_same_v<ctql::value_type_of<decltype(users.email == "a@x.org")>, std::optional<bool>>);
static_assert(ctql::boolean_expression<decltype(users.id.in(1, 2, 3))>);
static_assert(ctql::boolean_expression<decltype(users.name.like("A%"))>);
static_assert(ctql::boolean_expression<decltype(users.age.between(18, 65))>);
static_assert(ctql::boolean_expression<decltype(users.email.is_null())>);
static_assert(ctql::is_assignment<decltype(users.age = 30)>);
static_assert(std::is_base_of_v<ctql::sort_tag, decltype(users.name.desc())>);

}  // namespace table_use
