#pragma once
// `users.age = 30`: one SET item of an insert or update.
#include <optional>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/column_value.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

template <class Column, class Value>
struct assignment : composite_traits<Value> {
  static_assert(fixed_shape<Value>,
                "ctql: set() and insert values cannot take maybe(), dynamic() or or_each(); a value that may be "
                "missing needs its own statement (or write std::nullopt for NULL)");
  using column = Column;
  Value value;

  /// `"age" = ?` (the column unqualified, as INSERT and UPDATE want it).
  template <class Ctx>
  static constexpr void render_value(Ctx& ctx) {
    Value::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    // A value of a value_traits type is converted where it is bound: a refusal names the column.
    if constexpr (category_of<typename Column::value_type>() == category::custom)
      naming_column<Column>([&] { visit_part(value, f); });
    else visit_part(value, f);
  }
};

/// `column = ctql::ref(x)` where the column's floating-point type differs from x's: x is read,
/// converted and checked (column_value) each time the statement runs.
template <class T, class Referred>
struct converted_ref_node : expression_tag, leaf_traits {
  using value_type = T;
  static constexpr bool binds_values = true;
  std::reference_wrapper<const Referred> value;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.placeholder();
  }
  template <class F>
  void visit(F& f) const {
    const auto converted = column_value<T>(value.get());
    f(bound_copy<std::remove_const_t<decltype(converted)>>{converted});  // gone when f returns
  }
};

template <class Column, class Value>
constexpr void window_function_assigned() {
  static_assert(always_false<Column, Value>,
                "ctql: a column cannot be set to a window function (set(), do_update()); window functions belong "
                "in select() and order_by(): select it with .as<name>() in a derived table and set the column "
                "from there");
}

template <class T>
inline constexpr bool is_assignment = false;
template <class C, class V>
inline constexpr bool is_assignment<assignment<C, V>> = true;

template <class Column, class Value>
constexpr void own_type_assigned_other() {
  static_assert(always_false<Column, Value>,
                "ctql: a column of an enum or a ctql::value_traits type (a strong id, ...) takes only values of "
                "its own type, and a column of another type takes none of them; assign a value of the column's type");
}

template <class Column, class Value>
constexpr void decimal_assigned_other() {
  static_assert(always_false<Column, Value>,
                "ctql: a ctql::decimal<P, S> column takes only a decimal of the same scale S (not a double, which is "
                "not exact, nor an integer); write the value as ctql::decimal<P, S>{...}");
}

/// Which values a column accepts (see accepts()).
template <class Column, class V>
constexpr bool assignable() {
  return values_accepted<typename Column::value_type, V>();
}

template <class Column, class V>
constexpr auto make_assignment(const Column&, V&& v) {
  using T = typename Column::value_type;
  using U = std::remove_cvref_t<V>;
  if constexpr (std::is_same_v<U, std::nullopt_t>) {
    if constexpr (!is_optional_v<T>) {
      nullopt_assigned_to_not_null_column<column_name_t<Column>>();
      return assignment<Column, invalid_expression>{};
    } else {
      return assignment<Column, value_node<T>>{{}, {{}, {}, T{}}};
    }
  } else if constexpr (is_untyped_parameter<U>) {
    using P = decltype(typed_as<T>(v));
    return assignment<Column, P>{{}, P{}};
  } else {
    using Node = node_t<V>;
    using From = typename Node::value_type;
    if constexpr (Node::has_window) {
      window_function_assigned<column_name_t<Column>, Node>();
      return assignment<Column, invalid_expression>{};
    } else if constexpr (!assignable<Column, From>() && (category_of<T>() == category::custom ||
                                                         category_of<From>() == category::custom)) {
      own_type_assigned_other<column_name_t<Column>, From>();
      return assignment<Column, invalid_expression>{};
    } else if constexpr (!assignable<Column, From>() && (category_of<T>() == category::decimal ||
                                                         category_of<From>() == category::decimal)) {
      decimal_assigned_other<column_name_t<Column>, From>();
      return assignment<Column, invalid_expression>{};
    } else if constexpr (!assignable<Column, From>()) {
      incompatible_assignment<column_name_t<Column>, From>();
      return assignment<Column, invalid_expression>{};
    } else if constexpr (is_optional_v<From> && !is_optional_v<T>) {
      optional_assigned_to_not_null_column<column_name_t<Column>, From>();
      return assignment<Column, invalid_expression>{};
    } else if constexpr (expression<V> || value_statement<V>) {
      return assignment<Column, Node>{{}, as_node(std::forward<V>(v))};
    } else if constexpr (is_reference_wrapper<typename Node::stored_type> &&
                         converts_for_column<T, std::unwrap_reference_t<typename Node::stored_type>>) {
      using Referred = std::remove_cvref_t<std::unwrap_reference_t<typename Node::stored_type>>;
      return assignment<Column, converted_ref_node<T, Referred>>{{}, {{}, {}, std::cref(detail::referred(v))}};
    } else if constexpr (converts_for_column<T, typename Node::stored_type>) {
      // A number written into a floating-point column is stored as the column's own type.
      using Converted = std::remove_cvref_t<decltype(column_value<T>(v))>;
      return assignment<Column, value_node<Converted>>{{}, {{}, {}, column_value<T>(v)}};
    } else {
      return assignment<Column, Node>{{}, as_node(std::forward<V>(v))};
    }
  }
}

}  // namespace ctql
