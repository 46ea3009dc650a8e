#pragma once
// Stateless CRUD of mapped structs on a connection: what db.insert(u), db.insert_all(us),
// db.get<User>(7), db.update(u), db.merge(u), db.remove(u) and db.query<User>() run.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/value_traits.hpp"
#include "ctql/orm/object_query.hpp"
#include "ctql/orm/statements.hpp"

namespace ctql {

template <class Struct, class... Keys>
constexpr void get_takes_one_value_per_key_column() {
  static_assert(always_false<Struct, Keys...>,
                "ctql: get<T>(key...) takes one value per primary key column of T's table, in column order");
}
template <class Struct, class... Keys>
constexpr void get_key_has_the_wrong_type() {
  static_assert(always_false<Struct, Keys...>,
                "ctql: a value given to get<T>(key...) does not fit its primary key column (a string for a number "
                "column, say); give each key column a value of its type");
}
template <class Struct>
constexpr void key_is_written_back_into_the_object() {
  static_assert(always_false<Struct>,
                "ctql: insert(), insert_all() and merge() write the key the database assigns into the object, and "
                "this one is const; give them a non-const object (or range of objects)");
}
template <class Struct>
constexpr void update_needs_a_column_besides_the_key() {
  static_assert(always_false<Struct>,
                "ctql: update() sets the columns besides the primary key, and this struct's table has none");
}

namespace orm_detail {

template <class T, std::size_t... K, class... Keys>
constexpr bool keys_fit(std::index_sequence<K...>, type_list<Keys...>) {
  if constexpr (sizeof...(K) != sizeof...(Keys)) return false;
  else return (assignable<column_t<T, K>, operand_value_t<const Keys&>>() && ...);
}

/// An auto key as the integer the database assigns: a value_traits key (a strong id that says
/// sql_category = category::integral) through its stored value.
template <class K>
std::int64_t key_integer(const K& key) {
  if constexpr (custom_value<K>) return key_integer(to_stored_value(key));
  else return static_cast<std::int64_t>(key);
}
/// The key the database assigned (or 0, "not assigned yet"), as the key member's type; a value_traits
/// key is made by its from_stored, which must take 0 too.
template <class K>
K key_from_integer(std::int64_t value) {
  if constexpr (custom_value<K>) return value_traits<K>::from_stored(key_from_integer<stored_type_t<K>>(value));
  else return static_cast<K>(value);
}
template <class T>
using auto_key_t = std::remove_cvref_t<decltype(field<auto_key_index<T>>(std::declval<T&>()))>;
template <class T>
void set_auto_key(T& obj, std::int64_t value) {
  field<auto_key_index<T>>(obj) = key_from_integer<auto_key_t<T>>(value);
}

/// The database gave key 0 for a new row, which ctql reads as "not assigned yet".
[[noreturn, gnu::cold]] inline void throw_key_zero_assigned(std::string_view table) {
  throw error("the database gave key 0 for a new row of table " + std::string(table) +
              ", and ctql reads key 0 as \"not assigned yet\" (SQLite assigns the largest key + 1, which is 0 when "
              "the largest is -1; an insert that an INSTEAD OF trigger takes reports no key): keep this table's keys "
              "above 0, or give them explicitly; the row stays unless its transaction is rolled back");
}
/// Writes the key the database assigned into obj (never 0: it would name no row).
template <class T>
void write_assigned_key(T& obj, std::int64_t value) {
  if (value == 0) [[unlikely]] throw_key_zero_assigned(table_of_t<T>::sql_name);
  set_auto_key(obj, value);
}

/// Whether T's auto key holds "not assigned yet" (0).
template <class T>
bool key_unassigned(const T& obj) {
  if constexpr (has_auto_key<T>) return key_integer(field<auto_key_index<T>>(obj)) == 0;
  else return false;
}

template <class T>
constexpr bool check_keyed() {
  if constexpr (!mapped<T>) {
    return false;
  } else if constexpr (key_indexes<T>.size() == 0) {
    mapped_table_has_no_primary_key<T>();
    return false;
  } else {
    return true;
  }
}

/// The compile-time rules of get<T>(key...) (db.get and session.get): T has a key, one value per key
/// column, each fitting its column. False (after the ctql: message) if one is broken.
template <class T, class... Keys>
constexpr bool check_key_values() {
  if constexpr (!check_keyed<T>()) {
    return false;
  } else if constexpr (sizeof...(Keys) != key_indexes<T>.size()) {
    get_takes_one_value_per_key_column<T, Keys...>();
    return false;
  } else if constexpr (!keys_fit<T>(key_fields_of<T>{}, type_list<Keys...>{})) {
    get_key_has_the_wrong_type<T, Keys...>();
    return false;
  } else {
    return true;
  }
}

/// Whether T is const and has an auto key the database assigns (to be written back into it): a
/// ctql: message then. A const object without one (a composite key, say) is inserted as it is.
template <class T>
constexpr bool const_takes_no_key() {
  if constexpr (std::is_const_v<T> && has_auto_key<std::remove_const_t<T>>) {
    key_is_written_back_into_the_object<std::remove_const_t<T>>();
    return true;
  } else {
    return false;
  }
}

/// Inserts obj; an unassigned auto key is left out and the key the database gave is written back.
template <class Dialect, class Db, class T>
void insert(Db& db, T& obj) {
  if constexpr (!const_takes_no_key<T>()) {
    if constexpr (has_auto_key<T>) {
      if (key_unassigned(obj)) {
        write_assigned_key(obj, db(insert_of(obj, insert_fields<T>{})).last_insert_id);
        return;
      }
    }
    db(insert_of(obj, all_fields<T>{}));
  }
}

/// The fields I... of each object, as rows of references (bound in place: nothing is copied).
template <class T, std::size_t... I>
auto field_rows(const std::vector<T*>& objects, std::index_sequence<I...>) {
  using row = std::tuple<const std::remove_cvref_t<decltype(field<I>(std::declval<T&>()))>&...>;
  std::vector<row> rows;
  rows.reserve(objects.size());
  for (const T* obj : objects) rows.emplace_back(field<I>(*obj)...);
  return rows;
}
/// INSERT INTO t (the fields I...) VALUES (...), (...): one row per element of rows (kept by reference).
template <class T, class Rows, std::size_t... I>
auto values_insert(const Rows& rows, std::index_sequence<I...>) {
  return ::ctql::insert_into(table_v<T>).columns(column_t<T, I>{}...).values(::ctql::ref(rows));
}
/// One bulk insert of the fields I... of objects.
template <class Db, class T, std::size_t... I>
void insert_rows(Db& db, const std::vector<T*>& objects, std::index_sequence<I...> fields) {
  const auto rows = field_rows(objects, fields);
  db(values_insert<T>(rows, fields));
}

/// Rows per multi-row statement: within every dialect's limit of bound values (SQLite 32766).
template <class T>
inline constexpr std::size_t rows_per_batch = std::max<std::size_t>(1, std::min<std::size_t>(1000, 32000 / columns_t<T>::size));

/// Inserts objects with their keys unassigned, writing the assigned keys back where the dialect
/// has RETURNING. Keys from one auto-increment counter rise in the order of the VALUES rows on
/// every dialect, so the returned keys, sorted, belong to the rows in order.
template <class Dialect>
concept consecutive_insert_keys = requires { requires Dialect::consecutive_insert_keys; };

template <class Dialect, class Db, class T>
void insert_unassigned(Db& db, const std::vector<T*>& objects) {
  using key_column = column_t<T, auto_key_index<T>>;
  if constexpr (insert_fields<T>::size() == 0) {
    // A table of only its key: a row of defaults each, which no dialect writes several of in one
    // statement as the others do.
    for (T* object : objects) write_assigned_key(*object, db(::ctql::insert_into(table_v<T>).default_values()).last_insert_id);
  } else if constexpr (consecutive_insert_keys<Dialect>) {
    // In one transaction no other writer comes between (SQLite has one writer), and while the
    // largest key leaves room every row gets max + 1: the keys are last - n + 1 ... last.
    auto tx = db.transaction();
    const auto largest = std::get<0>(*db(::ctql::select(max(key_column{})).from(table_v<T>)).first());
    const std::int64_t before = largest ? key_integer(*largest) : 0;
    if (before > std::numeric_limits<std::int64_t>::max() - static_cast<std::int64_t>(objects.size()))
      throw error("insert_all(): table " + std::string(table_of_t<T>::sql_name) +
                  " holds a key near the largest integer, after which SQLite assigns keys at random; give keys explicitly");
    if (before < 0 && before + static_cast<std::int64_t>(objects.size()) >= 0)
      throw error("insert_all(): table " + std::string(table_of_t<T>::sql_name) +
                  "'s largest key is negative, so SQLite would assign key 0 to a row, and ctql reads key 0 as \"not "
                  "assigned yet\": keep this table's keys above 0, or give them explicitly; nothing was inserted");
    const auto rows = field_rows(objects, insert_fields<T>{});
    const auto last = db(values_insert<T>(rows, insert_fields<T>{})).last_insert_id;
    if (last != before + static_cast<std::int64_t>(objects.size()))
      throw error("insert_all(): the keys SQLite assigned are not the consecutive ones expected; nothing was inserted");
    std::int64_t key = before;
    for (T* object : objects) set_auto_key(*object, ++key);
    tx.commit();
  } else if constexpr (Dialect::supports_returning) {
    std::vector<std::int64_t> keys;
    for (std::size_t done = 0; done < objects.size();) {
      const std::size_t n = std::min(rows_per_batch<T>, objects.size() - done);
      const std::vector<T*> batch(objects.begin() + static_cast<std::ptrdiff_t>(done),
                                  objects.begin() + static_cast<std::ptrdiff_t>(done + n));
      keys.clear();
      keys.reserve(n);
      const auto rows = field_rows(batch, insert_fields<T>{});
      for (auto&& row : db(make_returning(values_insert<T>(rows, insert_fields<T>{}), key_column{})))
        keys.push_back(key_integer(std::get<0>(row)));
      if (keys.size() != n)
        throw error("insert_all() inserted " + std::to_string(n) + " rows but the database returned " +
                    std::to_string(keys.size()) + " keys");
      std::sort(keys.begin(), keys.end());
      for (std::size_t i = 0; i < n; ++i) write_assigned_key(*batch[i], keys[i]);
      done += n;
    }
  } else {
    insert_rows(db, objects, insert_fields<T>{});  // MySQL 8 has no RETURNING: keys stay 0
  }
}

/// One bulk insert of a range of objects (in one transaction).
template <class Dialect, class Db, class Range>
void insert_all(Db& db, Range&& objects) {
  using T = std::remove_cvref_t<std::ranges::range_value_t<Range>>;
  if constexpr (std::is_const_v<std::remove_reference_t<std::ranges::range_reference_t<Range>>>) {
    key_is_written_back_into_the_object<T>();  // a range of const objects (keys or not): refused
  } else {
    std::vector<T*> unassigned, assigned;
    for (auto& obj : objects) (key_unassigned(obj) ? unassigned : assigned).push_back(&obj);
    if (unassigned.empty() && assigned.empty()) return;
    try {
      auto tx = db.transaction();
      if (!assigned.empty()) insert_rows(db, assigned, all_fields<T>{});
      if constexpr (has_auto_key<T>) {
        if (!unassigned.empty()) insert_unassigned<Dialect>(db, unassigned);
      }
      tx.commit();
    } catch (...) {
      // Rolled back: keys written back by the batches that went through name no row (RETURNING).
      if constexpr (has_auto_key<T>)
        for (T* object : unassigned) set_auto_key(*object, 0);
      throw;
    }
  }
}

/// The object with this key, if any.
template <class Dialect, class T, class Db, class... Keys>
std::optional<T> get(Db& db, const Keys&... keys) {
  if constexpr (!check_key_values<T, Keys...>()) {
    return std::nullopt;
  } else {
    // Each key value as its column's type (a string literal as std::string): one statement per T.
    const key_tuple_t<T> key{keys...};
    auto row = db(select_all<T>().where(key_condition<T>(key, key_fields_of<T>{}, std::index_sequence_for<Keys...>{}))).first();
    if (!row) return std::nullopt;
    return from_row<T>(std::move(*row));
  }
}

/// UPDATE by key; a ctql::error if no row has obj's key (the write would be lost).
template <class Dialect, class Db, class T>
void update(Db& db, const T& obj) {
  if constexpr (check_keyed<T>()) {
    if constexpr (value_fields_of<T>::size() == 0) {
      update_needs_a_column_besides_the_key<T>();
    } else {
      if (db(update_of(obj, value_fields_of<T>{})).rows_affected == 0)
        throw error("update() found no row of table " + std::string(table_of_t<T>::sql_name) +
                    " with this object's primary key; insert() or merge() it");
    }
  }
}

/// Inserts obj, or updates the row with its key: an upsert on every dialect. An unassigned auto key
/// is an insert, and the assigned key is written back.
template <class Dialect, class Db, class T>
void merge(Db& db, T& obj) {
  if constexpr (!const_takes_no_key<T>() && check_keyed<T>()) {
    if constexpr (has_auto_key<T>) {
      if (key_unassigned(obj)) {
        insert<Dialect>(db, obj);
        return;
      }
    }
    db(upsert_of(obj, all_fields<T>{}, key_fields_of<T>{}, value_fields_of<T>{}));
  }
}

/// DELETE by key; whether a row was deleted.
template <class Dialect, class Db, class T>
bool remove(Db& db, const T& obj) {
  if constexpr (check_keyed<T>()) return db(delete_of(obj)).rows_affected != 0;
  else return false;
}

/// db.query<T>()
template <class T, class Db>
auto query(Db& db) {
  if constexpr (mapped<T>) return object_query<T, Db, decltype(select_all<T>())>(db, select_all<T>());
  else return 0;
}

}  // namespace orm_detail
}  // namespace ctql
