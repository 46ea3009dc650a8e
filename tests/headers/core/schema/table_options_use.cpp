// The documented use of <ctql/core/schema/table_options.hpp>: ctql::table_options<T> =
// ctql::options(...) with every builder, and ctql::literal<V>, with only that header and
// core/schema/table.hpp for its own tables (an option is a specialisation the other uses must not see). Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/table_options.hpp"

#include <type_traits>

#include <cstdint>
#include <string>

#include "ctql/core/schema/table.hpp"

namespace table_options_use {
struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
};
inline constexpr users_t users{};
struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};
}  // namespace table_options_use

template <>
inline constexpr auto ctql::table_options<table_options_use::posts_t> = ctql::options(
    ctql::unique_together(table_options_use::posts.user_id, table_options_use::posts.title),
    ctql::unique_index<"posts_title">(table_options_use::posts.title),
    ctql::check<"title_not_empty">(table_options_use::posts.title != ctql::literal<"">),
    ctql::foreign_key<"posts_author">(table_options_use::posts.user_id).references(table_options_use::users.id));

namespace table_options_use {

using items = ctql::table_option_items<table_options_use::posts_t>;
static_assert(items::size == 4);
static_assert(std::is_same_v<std::remove_cvref_t<decltype(ctql::table_options<table_options_use::posts_t>)>::table,
                             table_options_use::posts_t>);
// unique_together without a name is named as PostgreSQL would name it.
static_assert(ctql::unique_constraint<"", std::remove_cvref_t<decltype(table_options_use::posts.user_id)>,
                                      std::remove_cvref_t<decltype(table_options_use::posts.title)>>::sql_name ==
              "posts_user_id_title_key");

}  // namespace table_options_use
