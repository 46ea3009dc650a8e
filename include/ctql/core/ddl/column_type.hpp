#pragma once
// The SQL type each dialect stores a C++ value type in.
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/table_options.hpp"
#include "ctql/core/schema/value_traits.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

namespace detail {
/// Whether a unique constraint, an index or a foreign key of the table's options uses Column.
template <class Column, class... Items>
constexpr bool keyed_by_options(type_list<Items...>) {
  return (meta::contains<Column, typename Items::columns> || ...);
}
}  // namespace detail

/// Whether a string column without max_length may be TEXT where TEXT cannot be indexed: it is
/// neither a key nor referenced.
template <class Column>
constexpr bool unindexed_text_column() {
  return std::is_void_v<typename Column::max_length_option> && !Column::is_unique && !Column::is_primary_key &&
         std::is_void_v<typename Column::references_option> &&
         !detail::keyed_by_options<Column>(table_option_items<typename Column::table>{});
}

namespace detail {
/// The type T is finally stored as: T itself unless it is a value_traits type.
template <class T>
struct stored_form {
  using type = T;
};
template <custom_value T>
struct stored_form<T> {
  using type = typename stored_form<stored_type_t<T>>::type;
};
}  // namespace detail

/// The SQL type of a column of Column holding T: a value_traits type's sql_type<D>, or its
/// stored type's (ctql::uuid's is sql_uuid's, UUID or BLOB; your strong id's an integer's).
template <class D, class Column, class T, class Ctx>
constexpr void render_value_type(Ctx& ctx) {
  constexpr category c = category_of<T>();
  if constexpr (has_sql_type<T, D>) {
    ctx.text(std::string_view(value_traits<T>::template sql_type<D>));
  } else if constexpr (custom_value<T>) {
    render_value_type<D, Column, stored_type_t<T>>(ctx);
  } else if constexpr (std::is_same_v<T, sql_uuid>) {
    ctx.text(D::uuid_type);
  } else if constexpr (std::is_same_v<T, sql_json>) {
    ctx.text(D::json_type);
  } else if constexpr (is_sql_numeric<T>) {
    ctx.text(D::decimal_type);
    if constexpr (D::decimal == decimal_storage::numeric) {
      ctx.text("(");
      ctx.number(static_cast<std::uint64_t>(T::precision));
      ctx.text(", ");
      ctx.number(static_cast<std::uint64_t>(T::scale));
      ctx.text(")");
    } else {
      static_assert(T::precision <= 18,
                    "ctql: SQLite stores a ctql::decimal as a 64-bit integer of its units (value * 10^S): a "
                    "decimal column there has at most 18 digits (P <= 18)");
    }
  } else if constexpr (c == category::boolean) {
    ctx.text(D::boolean_type);
  } else if constexpr (c == category::integral) {
    ctx.text(D::integer_type(sizeof(T), std::is_unsigned_v<T>));
  } else if constexpr (c == category::floating) {
    ctx.text(D::floating_type(sizeof(T)));
  } else if constexpr (c == category::text) {
    using max_length = typename Column::max_length_option;
    if constexpr (!std::is_void_v<max_length>) {
      ctx.text("VARCHAR(");
      ctx.number(max_length::value);
      ctx.text(")");
    } else if constexpr (D::indexed_text_needs_length && !unindexed_text_column<Column>()) {
      ctx.text("VARCHAR(255)");
    } else {
      ctx.text("TEXT");
    }
  } else if constexpr (c == category::blob) {
    ctx.text(D::blob_type);
  } else if constexpr (c == category::date) {
    ctx.text(D::date_type);
  } else if constexpr (c == category::timestamp) {
    ctx.text(D::timestamp_type);
  } else if constexpr (c == category::time) {
    ctx.text(D::time_type);
  }
}

/// The CHECK that makes a column of a dialect that does not check value types hold only its
/// SQL form's values (SQLite: an sql_uuid is 16 bytes, an sql_numeric has at most P digits, an
/// sql_json is valid JSON), or nothing. NULL passes each.
template <class D, class Column, class Ctx>
constexpr void render_value_type_check(Ctx& ctx) {
  using T = typename detail::stored_form<strip_optional_t<typename Column::value_type>>::type;
  if constexpr (D::checks_value_types && is_sql_numeric<T>) {
    std::uint64_t largest = 1;  // 10^P - 1 units
    for (int i = 0; i < T::precision; ++i) largest *= 10;
    --largest;
    ctx.text(" CHECK (");
    ctx.identifier(Column::sql_name);
    ctx.text(" BETWEEN -");
    ctx.number(largest);
    ctx.text(" AND ");
    ctx.number(largest);
    ctx.text(")");
  } else if constexpr (D::checks_value_types && std::is_same_v<T, sql_uuid>) {
    ctx.text(" CHECK (length(");
    ctx.identifier(Column::sql_name);
    ctx.text(") = 16)");
  } else if constexpr (D::checks_value_types && std::is_same_v<T, sql_json>) {
    ctx.text(" CHECK (");
    if constexpr (Column::is_nullable) {
      ctx.identifier(Column::sql_name);  // json_valid(NULL) is 0 (SQLite 3.40), which a CHECK refuses
      ctx.text(" IS NULL OR ");
    }
    ctx.text("json_valid(");
    ctx.identifier(Column::sql_name);
    ctx.text("))");
  }
}

/// The column type name, without NOT NULL or length. Column is a ctql::column type.
template <class D, class Column, class Ctx>
constexpr void render_column_type(Ctx& ctx) {
  render_value_type<D, Column, strip_optional_t<typename Column::value_type>>(ctx);
}

}  // namespace ctql
