#pragma once
// The statements the ORM runs for a mapped struct, built member-wise from its fields with the
// ordinary statement builders: their SQL is fixed at compile time, so each is prepared once per
// connection. Values are bound by reference (ctql::ref): nothing is copied to run them.
#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/query/delete.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/update.hpp"
#include "ctql/core/query/upsert.hpp"
#include "ctql/orm/mapping.hpp"

namespace ctql::orm_detail {

template <class T>
inline constexpr table_of_t<T> table_v{};

/// Some of a struct's field indexes (a structural type: usable as a template argument).
template <std::size_t N>
struct field_selection {
  std::array<std::size_t, N> index{};
  std::size_t count = 0;
};
/// Indexes 0..N-1 of T's fields that pass Keep (a constexpr predicate on the column).
template <class T, class Keep>
constexpr auto field_indexes(Keep keep) {
  constexpr std::size_t n = columns_t<T>::size;
  field_selection<n> out;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((keep.template operator()<I, column_t<T, I>>() ? void(out.index[out.count++] = I) : void()), ...);
  }(std::make_index_sequence<n>{});
  return out;
}
template <class T, auto Selection, std::size_t... I>
constexpr auto as_sequence(std::index_sequence<I...>) {
  return std::index_sequence<Selection.index[I]...>{};
}

struct every_field {
  template <std::size_t I, class C>
  constexpr bool operator()() const { return true; }
};
template <class T>
struct all_but_auto_key {
  template <std::size_t I, class C>
  constexpr bool operator()() const { return I != auto_key_index<T>; }
};
struct key_fields {
  template <std::size_t I, class C>
  constexpr bool operator()() const { return C::is_primary_key; }
};
struct non_key_fields {
  template <std::size_t I, class C>
  constexpr bool operator()() const { return !C::is_primary_key; }
};

template <class T, class Keep>
inline constexpr auto selection_v = field_indexes<T>(Keep{});
/// The index_sequence of T's fields that Keep keeps.
template <class T, class Keep>
using fields_where = decltype(as_sequence<T, selection_v<T, Keep>>(std::make_index_sequence<selection_v<T, Keep>.count>{}));

template <class T>
using all_fields = std::make_index_sequence<columns_t<T>::size>;
template <class T>
using insert_fields = fields_where<T, all_but_auto_key<T>>;
template <class T>
using key_fields_of = fields_where<T, key_fields>;
template <class T>
using value_fields_of = fields_where<T, non_key_fields>;

/// `column = ctql::ref(field)` for field I of obj.
template <std::size_t I, class T>
constexpr auto assign_field(const T& obj) {
  return make_assignment(column_t<T, I>{}, ::ctql::ref(field<I>(obj)));
}

/// INSERT INTO t (the fields in I...) VALUES (...)
template <class T, std::size_t... I>
constexpr auto insert_of(const T& obj, std::index_sequence<I...>) {
  return ::ctql::insert_into(table_v<T>).set(assign_field<I>(obj)...);
}

/// key1 = ? AND key2 = ? ... over the given key values (one per key column).
template <class T, class Keys, std::size_t... K, std::size_t... J>
constexpr auto key_condition(const Keys& keys, std::index_sequence<K...>, std::index_sequence<J...>) {
  return ((column_t<T, K>{} == ::ctql::ref(std::get<J>(keys))) && ...);
}
/// The key condition of an object's own key fields.
template <class T, std::size_t... K>
constexpr auto own_key_condition(const T& obj, std::index_sequence<K...>) {
  return ((column_t<T, K>{} == ::ctql::ref(field<K>(obj))) && ...);
}

/// SELECT every column FROM t
template <class T>
constexpr auto select_all() {
  return ::ctql::select(all_of(table_v<T>)).from(table_v<T>);
}

/// UPDATE t SET (non-key fields) WHERE key
template <class T, std::size_t... V>
constexpr auto update_of(const T& obj, std::index_sequence<V...>) {
  return ::ctql::update(table_v<T>).set(assign_field<V>(obj)...).where(own_key_condition(obj, key_fields_of<T>{}));
}

/// INSERT ... ON CONFLICT (key) DO UPDATE SET each non-key column = excluded(column)
template <class T, std::size_t... I, std::size_t... K, std::size_t... V>
constexpr auto upsert_of(const T& obj, std::index_sequence<I...> inserted, std::index_sequence<K...>,
                         std::index_sequence<V...>) {
  if constexpr (sizeof...(V) == 0) {
    return insert_of(obj, inserted).on_conflict(column_t<T, K>{}...).do_nothing();
  } else {
    return insert_of(obj, inserted).on_conflict(column_t<T, K>{}...).do_update(
        make_assignment(column_t<T, V>{}, excluded(column_t<T, V>{}))...);
  }
}

/// DELETE FROM t WHERE key
template <class T>
constexpr auto delete_of(const T& obj) {
  return ::ctql::delete_from(table_v<T>).where(own_key_condition(obj, key_fields_of<T>{}));
}

/// An object from a row of select_all<T>() (a std::tuple in column order).
template <class T, class Row>
T from_row(Row&& row) {
  return std::apply([](auto&&... values) { return T{std::move(values)...}; }, std::move(row));
}

/// The key of an object as a tuple of values.
template <class T, std::size_t... K>
auto key_of(const T& obj, std::index_sequence<K...>) {
  return std::tuple<std::remove_cvref_t<decltype(field<K>(obj))>...>{field<K>(obj)...};
}
template <class T>
using key_tuple_t = decltype(key_of(std::declval<const T&>(), key_fields_of<T>{}));

}  // namespace ctql::orm_detail
