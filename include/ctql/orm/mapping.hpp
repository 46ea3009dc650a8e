#pragma once
// A plain struct mapped to a table: `struct User { using table = users_t; std::int64_t id = 0; ... };`
// or, for a struct you cannot change, `template <> struct ctql::table_of<User> { using type = users_t; };`.
// One field per column, in column order, each of its column's exact type (std::optional exactly
// where the column is nullable), named as the column's member. All checked at compile time.
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/orm/field_names.hpp"
#include "ctql/orm/field_ties.hpp"

namespace ctql {

/// The table a struct maps to: its member `using table = users_t;`, or a specialization
/// `template <> struct ctql::table_of<User> { using type = users_t; };` for a struct you cannot change.
template <class T>
struct table_of {};
template <class T>
  requires requires { typename T::table; }
struct table_of<T> {
  using type = typename T::table;
};
template <class T>
using table_of_t = typename table_of<T>::type;

namespace orm_detail {
// Converts to a reference to anything: counting how many of these initialise T counts its fields
// (a reference, so that a std::optional or std::string field is not ambiguous).
struct any_field {
  template <class U>
  operator U&() const;
};
template <class T, std::size_t... I>
constexpr bool initializable_with(std::index_sequence<I...>) {
  return requires { T{(void(I), any_field{})...}; };
}
template <class T, std::size_t Lo, std::size_t Hi>
constexpr std::size_t count_fields_between() {
  if constexpr (Lo == Hi) {
    return Lo;
  } else {
    constexpr std::size_t mid = Lo + (Hi - Lo + 1) / 2;
    if constexpr (initializable_with<T>(std::make_index_sequence<mid>{}))
      return count_fields_between<T, mid, Hi>();
    else
      return count_fields_between<T, Lo, mid - 1>();
  }
}
/// T's field count (max_mapped_fields + 1 past the maximum).
template <class T>
inline constexpr std::size_t field_count = count_fields_between<T, 0, max_mapped_fields + 1>();

/// A struct's fields as a tuple of references.
template <class T>
constexpr auto fields(T& object) {
  return tie_fields(object, field_count_c<field_count<std::remove_const_t<T>>>{});
}
template <std::size_t I, class T>
constexpr auto& field(T& object) {
  return std::get<I>(fields(object));
}
/// The name of T's I-th field, as written in the struct.
template <class T, std::size_t I>
consteval std::string_view field_name() {
  return member_name_of<T, I, field_count_c<field_count<T>>>();
}
}  // namespace orm_detail

/// How diagnostics name a struct's field: `field_named<'e', 'm', 'a', 'i', 'l'>`.
template <char... Name>
struct field_named {};

namespace orm_detail {
template <class T, std::size_t I, std::size_t... C>
field_named<field_name<T, I>()[C]...> field_name_pack(std::index_sequence<C...>);
template <class T, std::size_t I>
using field_name_t = decltype(field_name_pack<T, I>(std::make_index_sequence<field_name<T, I>().size()>{}));
}  // namespace orm_detail

// The mapping rules' messages: each names the struct, and the field and column at fault.
template <class Struct>
constexpr void mapped_struct_names_no_table() {
  static_assert(always_false<Struct>,
                "ctql: this struct is not mapped to a table; add `using table = users_t;` to it, or specialize "
                "`template <> struct ctql::table_of<Struct> { using type = users_t; };`");
}
template <class Struct, class Table>
constexpr void mapped_struct_table_is_not_a_table() {
  static_assert(always_false<Struct, Table>,
                "ctql: the struct's table (using table = ...) must be a table type deriving from ctql::table<Self, name>");
}
template <class Struct>
constexpr void mapped_struct_must_be_aggregate() {
  static_assert(always_false<Struct>,
                "ctql: a mapped struct must be a plain aggregate (no constructors, no base class, no virtual "
                "functions), with one public field per column");
}
template <class Struct, class Table, class FieldCount, class ColumnCount>
constexpr void mapped_struct_field_count_differs() {
  static_assert(always_false<Struct, Table, FieldCount, ColumnCount>,
                "ctql: the mapped struct must have one field per column of its table, in column order "
                "(FieldCount and ColumnCount below say how many each has)");
}
template <class Struct, class Field, class Column, class FieldType, class ColumnType>
constexpr void mapped_field_type_differs() {
  static_assert(always_false<Struct, Field, Column, FieldType, ColumnType>,
                "ctql: a mapped field must have its column's exact type (Field and Column below name them; "
                "FieldType and ColumnType are the types): change the field's type");
}
template <class Struct, class Field, class Column>
constexpr void mapped_field_nullability_differs() {
  static_assert(always_false<Struct, Field, Column>,
                "ctql: a mapped field is std::optional exactly where its column is nullable (Field and Column "
                "below name them): make the field std::optional<...> or not, as the column is");
}
template <class Struct, class Field, class Column>
constexpr void mapped_field_name_differs() {
  static_assert(always_false<Struct, Field, Column>,
                "ctql: a mapped field must have the name of its column's member in the table, in the same order "
                "(Field and Column below name them): rename the field or reorder the struct");
}
template <class Struct>
constexpr void mapped_table_has_no_primary_key() {
  static_assert(always_false<Struct>,
                "ctql: get(), update(), merge() and remove() find a row by its primary key, and this struct's "
                "table has none; give the table a ctql::primary_key column");
}

namespace orm_detail {
/// The name of a table's I-th column member (`email`, not the SQL name "email" it may differ from).
template <class Table, std::size_t I>
consteval std::string_view column_member_name() {
  return member_name_of<Table, I, field_count_c<columns_of<Table>::size>>();
}

template <class T, class Table, class Columns>
struct field_rules;
template <class T, class Table, class... Columns>
struct field_rules<T, Table, type_list<Columns...>> {
  template <std::size_t I, class Column>
  static constexpr bool check_one() {
    using field_type = std::remove_cvref_t<std::tuple_element_t<I, decltype(fields(std::declval<T&>()))>>;
    using column_type = typename Column::value_type;
    if constexpr (is_optional_v<field_type> != is_optional_v<column_type>) {
      mapped_field_nullability_differs<T, field_name_t<T, I>, column_name_t<Column>>();
      return false;
    } else if constexpr (!std::is_same_v<field_type, column_type>) {
      mapped_field_type_differs<T, field_name_t<T, I>, column_name_t<Column>, field_type, column_type>();
      return false;
    } else if constexpr (field_name<T, I>() != column_member_name<Table, I>()) {
      mapped_field_name_differs<T, field_name_t<T, I>, column_name_t<Column>>();
      return false;
    } else {
      return true;
    }
  }
  static constexpr bool check() {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return (check_one<I, Columns>() && ...);
    }(std::index_sequence_for<Columns...>{});
  }
};

/// Whether T is a correctly mapped struct; gives the first rule it breaks as a `ctql:` error.
template <class T>
constexpr bool check_mapping() {
  if constexpr (!requires { typename table_of<T>::type; }) {
    mapped_struct_names_no_table<T>();
    return false;
  } else if constexpr (!table_type<table_of_t<T>>) {
    mapped_struct_table_is_not_a_table<T, table_of_t<T>>();
    return false;
  } else if constexpr (!std::is_aggregate_v<T> || std::is_polymorphic_v<T>) {
    mapped_struct_must_be_aggregate<T>();
    return false;
  } else if constexpr (field_count<T> != columns_of<table_of_t<T>>::size) {
    mapped_struct_field_count_differs<T, table_of_t<T>, std::integral_constant<std::size_t, field_count<T>>,
                                      std::integral_constant<std::size_t, columns_of<table_of_t<T>>::size>>();
    return false;
  } else {
    return field_rules<T, table_of_t<T>, columns_of<table_of_t<T>>>::check();
  }
}
}  // namespace orm_detail

/// A struct mapped to a table whose fields match its columns (see check_mapping for the messages).
template <class T>
concept mapped = orm_detail::check_mapping<std::remove_const_t<T>>();

/// Whether T names a table and has one field per column, without messages (types, nullability and
/// names are what mapped<T> checks besides, each with its message).
template <class T>
inline constexpr bool is_mapped = [] {
  if constexpr (!requires { typename table_of<T>::type; }) return false;
  else if constexpr (!table_type<table_of_t<T>>) return false;
  else if constexpr (!std::is_aggregate_v<T> || std::is_polymorphic_v<T>) return false;
  else return orm_detail::field_count<T> == columns_of<table_of_t<T>>::size;
}();

namespace orm_detail {
/// Field I of an object and column I of its table, for I in 0..N-1.
template <class T>
using columns_t = columns_of<table_of_t<T>>;

template <class Column>
using key_or_none = std::conditional_t<Column::is_primary_key, type_list<Column>, type_list<>>;
template <class Columns>
struct key_indexes_impl;
template <class... Columns>
struct key_indexes_impl<type_list<Columns...>> {
  static constexpr std::size_t count = (0 + ... + (Columns::is_primary_key ? 1 : 0));
  static constexpr auto value = [] {
    std::array<std::size_t, count> out{};
    std::size_t i = 0, k = 0;
    ((Columns::is_primary_key ? void(out[k++] = i) : void(), ++i), ...);
    return out;
  }();
};
/// The field indexes of T's primary key columns, in column order.
template <class T>
inline constexpr auto key_indexes = key_indexes_impl<columns_t<T>>::value;

/// The index of T's auto-assigned key (the single integer primary key), or the field count if none.
template <class T>
inline constexpr std::size_t auto_key_index = [] {
  constexpr auto keys = key_indexes<T>;
  if constexpr (keys.size() == 1) {
    using C = std::tuple_element_t<keys[0], meta::apply<std::tuple, columns_t<T>>>;
    return C::is_auto_assigned ? keys[0] : columns_t<T>::size;
  } else {
    return columns_t<T>::size;
  }
}();
template <class T>
inline constexpr bool has_auto_key = auto_key_index<T> < columns_t<T>::size;
/// Column I of T's table.
template <class T, std::size_t I>
using column_t = std::tuple_element_t<I, meta::apply<std::tuple, columns_t<T>>>;
}  // namespace orm_detail

}  // namespace ctql
