#pragma once
// Table-level options: composite UNIQUE, named indexes, CHECK constraints with literals and
// composite foreign keys, given once per table:
//   template <> inline constexpr auto ctql::table_options<users_t> = ctql::options(
//       ctql::unique_together(users.name, users.age), ctql::index<"users_by_age">(users.age),
//       ctql::check<"age_not_negative">(users.age >= ctql::literal<0>));
// Each builder checks its own arguments on the user's line; options() checks the whole list
// (one table, distinct names); create_table checks what needs other tables (a foreign key's target).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/expr/literal.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/column.hpp"

namespace ctql {

/// PostgreSQL cuts longer identifiers to 63 bytes (MySQL and MariaDB refuse more than 64): ctql
/// refuses a longer table, column, constraint or index name at compile time.
inline constexpr std::size_t max_identifier_length = 63;

// ---------------------------------------------------------------------------------------------
// The items of options(...). Each has `table`, `sql_name` and what it renders from.

namespace detail {
template <std::size_t N>
struct name_text {
  char chars[N + 1]{};
  constexpr std::string_view view() const { return {chars, N}; }
};
/// `<table>_<column>..._<suffix>`, as PostgreSQL names an unnamed constraint (users_name_age_key).
template <class Table, fixed_string Suffix, class... Columns>
inline constexpr auto generated_name = [] {
  constexpr std::size_t n = Table::sql_name.size() + (std::size_t{0} + ... + (1 + Columns::sql_name.size())) + 1 +
                            Suffix.size();
  name_text<n> t{};
  std::size_t i = 0;
  auto put = [&](std::string_view s) {
    for (char c : s) t.chars[i++] = c;
  };
  put(Table::sql_name);
  ((put("_"), put(Columns::sql_name)), ...);
  put("_");
  put(Suffix.view());
  return t;
}();

template <class... Columns>
struct first_column {
  using type = void;
};
template <class C, class... Rest>
struct first_column<C, Rest...> {
  using type = C;
};
template <class... Columns>
using table_of_columns = typename first_column<Columns...>::type::table;

template <class... Columns>
constexpr bool one_table() {
  if constexpr (sizeof...(Columns) == 0) return true;
  else return (std::is_same_v<typename Columns::table, table_of_columns<Columns...>> && ...);
}
template <class... Columns>
constexpr bool distinct_columns() {
  return meta::unique<type_list<Columns...>>::size == sizeof...(Columns);
}
template <fixed_string Name>
struct named {};
/// Whether a foreign key column of type A may reference a column of type B.
template <class A, class B>
constexpr bool same_value_family() {
  return category_of<A>() == category_of<B>() && values_comparable<A, B>();
}
}  // namespace detail

/// What a refused builder gives (its message said why): options() then adds no second error.
struct invalid_option {};

/// A composite UNIQUE constraint: unique_together(users.name, users.age).
template <fixed_string Name, class... Columns>
struct unique_constraint {
  using table = detail::table_of_columns<Columns...>;
  using columns = type_list<Columns...>;
  static constexpr bool is_index = false;
  static constexpr bool is_unique_key = true;
  static constexpr std::string_view sql_name =
      Name.size() != 0 ? Name.view() : detail::generated_name<table, "key", Columns...>.view();
};
/// An index: index<"name">(cols...) or unique_index<"name">(cols...).
template <fixed_string Name, bool Unique, class... Columns>
struct index_definition {
  using table = detail::table_of_columns<Columns...>;
  using columns = type_list<Columns...>;
  static constexpr bool is_index = true;
  static constexpr bool is_unique = Unique;
  static constexpr bool is_unique_key = Unique;
  static constexpr std::string_view sql_name = Name.view();
};
/// A CHECK constraint: check<"name">(condition), the condition's values literals.
template <fixed_string Name, class Condition>
struct check_constraint {
  using table = meta::first<meta::unique<typename Condition::tables>>;
  using columns = type_list<>;
  using condition = Condition;
  static constexpr bool is_index = false;
  static constexpr bool is_unique_key = false;
  static constexpr std::string_view sql_name = Name.view();
};
/// A (composite) foreign key: foreign_key(cols...).references(other.cols...).
template <fixed_string Name, class Columns, class Targets>
struct foreign_key_constraint;
template <fixed_string Name, class... Columns, class... Targets>
struct foreign_key_constraint<Name, type_list<Columns...>, type_list<Targets...>> {
  using table = detail::table_of_columns<Columns...>;
  using target_table = detail::table_of_columns<Targets...>;
  using columns = type_list<Columns...>;
  using targets = type_list<Targets...>;
  static constexpr bool is_index = false;
  static constexpr bool is_unique_key = false;
  static constexpr std::string_view sql_name =
      Name.size() != 0 ? Name.view() : detail::generated_name<table, "fkey", Columns...>.view();
};

// ---------------------------------------------------------------------------------------------
// The messages of the builders, each on the user's line.

template <class What>
constexpr void constraint_without_columns() {
  static_assert(always_false<What>,
                "ctql: a table option needs at least one column: unique_together(t.a, t.b), index<\"name\">(t.a), "
                "foreign_key(t.a).references(other.id)");
}
template <class... Args>
constexpr void constraint_takes_columns() {
  static_assert(always_false<Args...>,
                "ctql: unique_together(), index<>(), unique_index<>(), foreign_key() and references() take columns "
                "of a table (users.name), not values or expressions");
}
template <class... Columns>
constexpr void constraint_columns_of_two_tables() {
  static_assert(always_false<Columns...>,
                "ctql: the columns of one constraint or index must belong to one table (the table whose "
                "table_options it is); a column of another table belongs in a foreign_key(...).references(...)");
}
template <class... Columns>
constexpr void constraint_column_repeated() {
  static_assert(always_false<Columns...>, "ctql: a column is named twice in one constraint or index");
}
template <class What>
constexpr void identifier_too_long() {
  static_assert(always_false<What>,
                "ctql: a constraint or index name is longer than 63 bytes, which PostgreSQL would silently cut; "
                "choose a shorter name (an unnamed unique_together or foreign_key is named table_columns_key/_fkey: "
                "give it a name, unique_together<\"short\">(...))");
}
template <class What>
constexpr void constraint_name_empty() {
  static_assert(always_false<What>, "ctql: an index or CHECK needs a name: index<\"users_by_age\">(users.age)");
}
template <class Condition>
constexpr void check_binds_values() {
  static_assert(always_false<Condition>,
                "ctql: check<>() takes compile-time literals, not run-time values: write users.age >= "
                "ctql::literal<0>, not users.age >= 0 or a variable (a CHECK is part of the table, it cannot bind)");
}
template <class Condition>
constexpr void check_needs_boolean() {
  static_assert(always_false<Condition>,
                "ctql: check<>() takes a boolean condition over the table's columns: check<\"age_ok\">(users.age >= "
                "ctql::literal<0>)");
}
template <class Condition>
constexpr void check_has_aggregate() {
  static_assert(always_false<Condition>, "ctql: a CHECK cannot use an aggregate, a window function or a subquery");
}
template <class... Columns>
constexpr void foreign_key_count_mismatch() {
  static_assert(always_false<Columns...>,
                "ctql: foreign_key(...).references(...) needs as many referenced columns as referencing ones");
}
template <class... Columns>
constexpr void foreign_key_type_mismatch() {
  static_assert(always_false<Columns...>,
                "ctql: foreign_key(...).references(...): each column must have the type of the column it references, "
                "in the same position");
}
template <class... Items>
constexpr void foreign_key_without_references() {
  static_assert(always_false<Items...>,
                "ctql: foreign_key(cols...) needs .references(other.cols...) to say which columns it references");
}
template <class... Items>
constexpr void options_of_two_tables() {
  static_assert(always_false<Items...>,
                "ctql: options() mixes constraints of different tables; each table has its own "
                "ctql::table_options<table_t>");
}
template <class... Items>
constexpr void options_take_constraints() {
  static_assert(always_false<Items...>,
                "ctql: options() takes unique_together(), index<>(), unique_index<>(), check<>() and "
                "foreign_key().references()");
}
template <class... Items>
constexpr void options_names_repeated() {
  static_assert(always_false<Items...>,
                "ctql: two constraints or indexes of the table have the same name; each needs its own name");
}

namespace detail {
template <class T>
inline constexpr bool is_option_item = false;
template <fixed_string N, class... C>
inline constexpr bool is_option_item<unique_constraint<N, C...>> = true;
template <fixed_string N, bool U, class... C>
inline constexpr bool is_option_item<index_definition<N, U, C...>> = true;
template <fixed_string N, class C>
inline constexpr bool is_option_item<check_constraint<N, C>> = true;
template <fixed_string N, class C, class T>
inline constexpr bool is_option_item<foreign_key_constraint<N, C, T>> = true;

/// Checks the columns of a builder; true if they are fine (each failure says why, once).
template <class What, class... Args>
constexpr bool columns_fine() {
  if constexpr (sizeof...(Args) == 0) {
    constraint_without_columns<What>();
    return false;
  } else if constexpr (!(is_column<std::remove_cvref_t<Args>> && ...)) {
    constraint_takes_columns<std::remove_cvref_t<Args>...>();
    return false;
  } else if constexpr (!one_table<std::remove_cvref_t<Args>...>()) {
    constraint_columns_of_two_tables<std::remove_cvref_t<Args>...>();
    return false;
  } else if constexpr (!distinct_columns<std::remove_cvref_t<Args>...>()) {
    constraint_column_repeated<std::remove_cvref_t<Args>...>();
    return false;
  } else {
    return true;
  }
}
template <class Item>
constexpr bool item_name_fine() {
  if constexpr (Item::sql_name.size() > max_identifier_length) {
    identifier_too_long<Item>();
    return false;
  } else {
    return true;
  }
}
}  // namespace detail

// ---------------------------------------------------------------------------------------------
// The builders.

/// `ctql::unique_together(users.name, users.age)`: no two rows with the same values in all of
/// them (NULLs are distinct, as SQL says). Named users_name_age_key, or unique_together<"name">(...).
template <fixed_string Name = "", class... Columns>
constexpr auto unique_together(const Columns&...) {
  if constexpr (!detail::columns_fine<detail::named<Name>, Columns...>()) {
    return invalid_option{};
  } else {
    using item = unique_constraint<Name, Columns...>;
    detail::item_name_fine<item>();
    return item{};
  }
}

/// `ctql::index<"users_by_age">(users.age, users.name)`: CREATE INDEX after the table.
template <fixed_string Name, class... Columns>
constexpr auto index(const Columns&...) {
  if constexpr (Name.size() == 0) constraint_name_empty<detail::named<Name>>();
  if constexpr (Name.size() > max_identifier_length) identifier_too_long<detail::named<Name>>();
  if constexpr (!detail::columns_fine<detail::named<Name>, Columns...>())
    return invalid_option{};
  else
    return index_definition<Name, false, Columns...>{};
}
/// `ctql::unique_index<"users_email">(users.email)`: CREATE UNIQUE INDEX after the table.
template <fixed_string Name, class... Columns>
constexpr auto unique_index(const Columns&...) {
  if constexpr (Name.size() == 0) constraint_name_empty<detail::named<Name>>();
  if constexpr (Name.size() > max_identifier_length) identifier_too_long<detail::named<Name>>();
  if constexpr (!detail::columns_fine<detail::named<Name>, Columns...>())
    return invalid_option{};
  else
    return index_definition<Name, true, Columns...>{};
}

/// `ctql::check<"age_not_negative">(users.age >= ctql::literal<0>)`: CONSTRAINT name CHECK (...).
template <fixed_string Name, class Condition>
constexpr auto check(const Condition&) {
  if constexpr (Name.size() == 0) constraint_name_empty<detail::named<Name>>();
  if constexpr (Name.size() > max_identifier_length) identifier_too_long<detail::named<Name>>();
  if constexpr (!boolean_expression<Condition>) {
    check_needs_boolean<Condition>();
    return invalid_option{};
  } else if constexpr (Condition::binds_values || Condition::params::size != 0) {
    check_binds_values<Condition>();
    return invalid_option{};
  } else if constexpr (Condition::has_aggregate || Condition::has_window) {
    check_has_aggregate<Condition>();
    return invalid_option{};
  } else if constexpr (meta::unique<typename Condition::tables>::size != 1) {
    constraint_columns_of_two_tables<typename Condition::tables>();
    return invalid_option{};
  } else {
    return check_constraint<Name, Condition>{};
  }
}

/// What foreign_key(cols...) gives: it needs .references(other.cols...).
template <fixed_string Name, class... Columns>
struct foreign_key_builder {
  /// `.references(users.id)`, `.references(accounts.region, accounts.number)`.
  template <class... Targets>
  constexpr auto references(const Targets&...) const {
    using item = foreign_key_constraint<Name, type_list<Columns...>, type_list<Targets...>>;
    if constexpr (sizeof...(Columns) == 0 || !detail::columns_fine<detail::named<Name>, Targets...>()) {
      return invalid_option{};  // foreign_key() has said why, or columns_fine just did
    } else if constexpr (sizeof...(Targets) != sizeof...(Columns)) {
      foreign_key_count_mismatch<Columns..., Targets...>();
      return invalid_option{};
    } else if constexpr (!(detail::same_value_family<typename Columns::value_type, typename Targets::value_type>() &&
                             ...)) {
      foreign_key_type_mismatch<Columns..., Targets...>();
      return invalid_option{};
    } else {
      detail::item_name_fine<item>();
      return item{};
    }
  }
};
/// `ctql::foreign_key(lines.order_id, lines.region).references(orders.id, orders.region)`; named
/// table_columns_fkey, or foreign_key<"name">(...).
template <fixed_string Name = "", class... Columns>
constexpr auto foreign_key(const Columns&...) {
  if constexpr (Name.size() > max_identifier_length) identifier_too_long<detail::named<Name>>();
  if constexpr (!detail::columns_fine<detail::named<Name>, Columns...>())
    return foreign_key_builder<Name>{};  // its references() then adds no second error
  else
    return foreign_key_builder<Name, Columns...>{};
}

// ---------------------------------------------------------------------------------------------
// options(...) and table_options<T>.

/// The options of one table (Table void: none).
template <class Table, class... Items>
struct table_options_list {
  using table = Table;
  using items = type_list<Items...>;
};

namespace detail {
template <class... Items>
constexpr bool names_distinct() {
  constexpr std::string_view names[] = {Items::sql_name..., {}};
  for (std::size_t i = 0; i < sizeof...(Items); ++i)
    for (std::size_t j = i + 1; j < sizeof...(Items); ++j)
      if (names[i] == names[j]) return false;
  return true;
}
template <class T>
inline constexpr bool is_foreign_key_builder = false;
template <fixed_string N, class... C>
inline constexpr bool is_foreign_key_builder<foreign_key_builder<N, C...>> = true;
}  // namespace detail

/// `ctql::options(ctql::unique_together(...), ctql::index<"name">(...), ...)`: the value of
/// `ctql::table_options<table_t>`.
template <class... Items>
constexpr auto options(const Items&...) {
  if constexpr ((std::is_same_v<Items, invalid_option> || ...)) {
    return table_options_list<void>{};  // its builder has said why
  } else if constexpr ((detail::is_foreign_key_builder<Items> || ...)) {
    foreign_key_without_references<Items...>();
    return table_options_list<void>{};
  } else if constexpr (!(detail::is_option_item<Items> && ...)) {
    options_take_constraints<Items...>();
    return table_options_list<void>{};
  } else if constexpr (sizeof...(Items) == 0) {
    return table_options_list<void>{};
  } else if constexpr (!detail::one_table<Items...>()) {
    options_of_two_tables<Items...>();
    return table_options_list<void>{};
  } else if constexpr (!detail::names_distinct<Items...>()) {
    options_names_repeated<Items...>();
    return table_options_list<void>{};
  } else {
    return table_options_list<typename detail::first_column<Items...>::type::table, Items...>{};
  }
}
/// A table's table-level options; specialise it after the table:
/// `template <> inline constexpr auto ctql::table_options<users_t> = ctql::options(...);`
template <class Table>
inline constexpr auto table_options = table_options_list<void>{};

/// The items of Table's options, as a type_list.
template <class Table>
using table_option_items = typename std::remove_cvref_t<decltype(table_options<Table>)>::items;

}  // namespace ctql
