#pragma once
// `struct users_t : ctql::table<users_t, "users"> { column<"id", std::int64_t, ctql::primary_key> id; };`
// The table finds its own columns by counting and binding its members, so each is written once.
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/clause/join.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/schema/column.hpp"
#include "ctql/core/schema/member_types.hpp"
#include "ctql/core/schema/table_alias.hpp"

namespace ctql {

struct table_tag {};

/// Base of every table type. Self is the table type, Name its SQL name.
template <class Self, fixed_string Name>
struct table : table_tag, source_ops<Self> {
  /// A column of this table: `column<"id", std::int64_t, ctql::primary_key> id;`
  template <fixed_string ColumnName, class T, class... Options>
  using column = ::ctql::column<Self, ColumnName, T, Options...>;

  static constexpr std::string_view sql_name = Name.view();
  static_assert(Name.size() <= 63,
                "ctql: a table name is longer than 63 bytes, which PostgreSQL would silently cut; choose a "
                "shorter name");

  // A table in FROM provides itself; nothing is nullable until an outer join says so.
  using provided_tables = type_list<Self>;
  using nullable_tables = type_list<>;
  using tables = type_list<>;
  using params = type_list<>;
  using unjoined_on_tables = type_list<>;
  static constexpr bool is_dynamic = false;
  static constexpr bool binds_values = false;
  static constexpr bool uses_full_join = false;

  template <class Ctx>
  static constexpr void render_source(Ctx& ctx) {
    ctx.identifier(sql_name);
  }
  template <class F>
  constexpr void visit(F&) const {}

  /// The same table under another name, for self-joins: `constexpr auto boss = users.as<"boss">();`
  template <fixed_string Alias>
  constexpr table_alias<Self, Alias> as() const {
    return {};
  }
};

template <class T>
concept table_type = std::is_base_of_v<table_tag, T> && std::is_aggregate_v<T>;

namespace detail {
// Converts to anything: counting how many of these initialise T counts T's members.
struct any_initializer {
  template <class T>
  operator T() const;
};

template <class T, std::size_t... I>
constexpr bool initializable_with(std::index_sequence<I...>) {
  return requires { T{(void(I), any_initializer{})...}; };
}

// The first initializer is the table<> base, the rest are the columns. T takes Lo columns and not
// Hi + 1: halving the range costs a table log2 probes instead of one per column.
template <class T, std::size_t Lo, std::size_t Hi>
constexpr std::size_t count_columns_between() {
  if constexpr (Lo == Hi) {
    return Lo;
  } else {
    constexpr std::size_t mid = Lo + (Hi - Lo + 1) / 2;
    if constexpr (initializable_with<T>(std::make_index_sequence<mid + 1>{}))
      return count_columns_between<T, mid, Hi>();
    else
      return count_columns_between<T, Lo, mid - 1>();
  }
}
/// T's column count; max_table_columns + 1 for a table with more columns than that.
template <class T>
constexpr std::size_t count_columns() {
  return count_columns_between<T, 0, max_table_columns + 1>();
}

template <class T>
struct columns_of_impl {
  static_assert(table_type<T>, "ctql: a table must be an aggregate deriving from ctql::table<Self, name>");
  static constexpr std::size_t count = count_columns<T>();
  static_assert(count <= max_table_columns,
                "ctql: a table has at most 128 columns; split it into tables that share a key, or raise MAX "
                "in scripts/generate-member-types.py and run the script");
  // Past the maximum, no columns: one error, not a second one from binding 129 names.
  using type = decltype(member_types<count <= max_table_columns ? count : 0>(std::declval<T&>()));
};
}  // namespace detail

/// The columns of table T, in declaration order.
template <class T>
using columns_of = typename detail::columns_of_impl<T>::type;

/// The column the database assigns when an insert leaves it out (the single integer primary
/// key), or "" if the table has none.
template <class Table>
constexpr std::string_view auto_key_name() {
  return []<class... Columns>(type_list<Columns...>) {
    std::string_view name;
    if constexpr ((0 + ... + (Columns::is_primary_key ? 1 : 0)) == 1)
      ((Columns::is_primary_key && Columns::is_auto_assigned ? void(name = Columns::sql_name) : void()), ...);
    return name;
  }(columns_of<Table>{});
}

}  // namespace ctql
