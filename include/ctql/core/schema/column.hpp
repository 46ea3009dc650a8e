#pragma once
// A column: a constexpr member of its table, and the simplest expression.
// It brings the operators every expression takes (== < && + ...): they are free functions, found
// only where declared, and whoever declares a table writes `users.id == 1` next.
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/arithmetic.hpp"
#include "ctql/core/expr/assignment.hpp"
#include "ctql/core/expr/comparison.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/logical.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/schema/constraint.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

/// Column `Name` of `Table`, holding values of type T (nullable when T is std::optional).
/// Written in a table as `column<"age", int, ctql::default_value<0>> age;`.
template <class Table, fixed_string Name, class T, class... Options>
struct column : expression_tag, expression_ops<column<Table, Name, T, Options...>>, leaf_traits {
  static_assert(sql_value<T> && !std::is_same_v<T, std::string_view> &&
                    !std::is_pointer_v<T>,
                "ctql: a column's type must be bool, an integer, float, double, std::string, "
                "ctql::blob, ctql::date, ctql::timestamp, ctql::time_of_day, ctql::uuid, ctql::decimal<P, S>, "
                "ctql::json, an enum with ctql::enum_names, a type with ctql::value_traits, or std::optional of "
                "one of them");
  static_assert((detail::column_option<Options> && ...),
                "ctql: a column option must be ctql::primary_key, ctql::unique, "
                "ctql::default_value<V>, ctql::max_length<N> or ctql::references<&table_t::column>");

  using table = Table;
  using source = Table;  // the FROM entry it reads from
  using value_type = T;
  static constexpr std::string_view sql_name = Name.view();

  static constexpr bool is_nullable = is_optional_v<T>;
  static constexpr bool is_primary_key = (std::is_same_v<Options, primary_key> || ...);
  static constexpr bool is_unique = (std::is_same_v<Options, unique> || ...);
  /// An integer primary key is assigned by the database when an insert leaves it out.
  static constexpr bool is_auto_assigned =
      is_primary_key && category_of<T>() == category::integral && !is_nullable;
  using default_option = typename detail::find_option<detail::is_default_pred, Options...>::type;
  using max_length_option = typename detail::find_option<detail::is_max_length_pred, Options...>::type;
  using references_option = typename detail::find_option<detail::is_references_pred, Options...>::type;
  static constexpr bool has_default = !std::is_void_v<default_option>;
  /// An insert must give this column a value.
  static constexpr bool is_required = !is_nullable && !has_default && !is_auto_assigned;

  static_assert(Name.size() <= 63,
                "ctql: a column name is longer than 63 bytes, which PostgreSQL would silently cut; choose a "
                "shorter name");
  static_assert(std::is_void_v<max_length_option> || category_of<T>() == category::text,
                "ctql: max_length<N> applies only to a string column");
  static_assert(detail::default_fits<T, default_option>(),
                "ctql: default_value<V> must have the column's type (a number for a number column, "
                "a string for a string column, true/false for bool; dates, times and blobs take none)");
  static_assert(detail::reference_fits<T, references_option>(),
                "ctql: references<&table_t::column> must name a column of the same type");

  // Expression traits: a leaf's, reading its table.
  using tables = type_list<Table>;
  using free_columns = type_list<column>;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    // A CHECK in CREATE TABLE names its table's columns unqualified (ddl/create_table.hpp).
    if constexpr (!requires { Ctx::unqualified_columns; }) {
      ctx.identifier(Table::sql_name);
      ctx.text(".");
    }
    ctx.identifier(sql_name);
  }
  /// `items.meta.get<int>(ctql::json_path<"$.stock">)`: the value at a path inside a JSON column,
  /// NULL where there is none (<ctql/core/schema/json.hpp>).
  template <class R, class Path>
  constexpr auto get(Path) const {
    static_assert(category_of<T>() == category::json,
                  "ctql: get<T>(json_path<...>) reads inside a JSON column (ctql::json); this column is not one");
    if constexpr (category_of<T>() == category::json) return json_get<R, Path>(*this);
    else return invalid_expression{};
  }
  /// `users.age = 30` in insert_into().set() and update().set().
  template <class V>
  constexpr auto operator=(V&& v) const {
    return make_assignment(*this, std::forward<V>(v));
  }
};

template <class T>
inline constexpr bool is_column = false;
template <class Table, fixed_string Name, class T, class... Options>
inline constexpr bool is_column<column<Table, Name, T, Options...>> = true;

}  // namespace ctql
