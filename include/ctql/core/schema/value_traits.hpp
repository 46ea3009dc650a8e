#pragma once
// ctql::value_traits<T>: the one customization point for value types beyond the plain SQL ones,
// yours and ctql's own (ctql::uuid, ctql::decimal<P, S>, ctql::json, json_of<J>, enums). A type is
// stored as a type ctql binds (its stored_type) and converted on the way in and out; by default it
// compares and assigns only with itself, so a user_id never meets an order_id or a plain integer.
#include <concepts>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/category.hpp"

namespace ctql {

/// Specialize for your own type (enums use ctql::enum_names instead):
/// `template <> struct ctql::value_traits<user_id> { using stored_type = std::int64_t;
///    static std::int64_t to_stored(user_id v); static user_id from_stored(std::int64_t v); };`
/// - stored_type: bool, an integer, floating point, std::string, ctql::blob, date, timestamp,
///   time_of_day, one of the SQL forms ctql::sql_uuid, sql_numeric<P, S>, sql_json
///   (core/schema/sql_forms.hpp: bound and read natively, e.g. PostgreSQL's binary uuid), or
///   another value_traits type. to_stored may return a reference to a stored_type it holds.
/// - from_stored may throw (any std::exception) on a stored value that is no T: ctql raises
///   ctql::error naming the result column.
/// Optional members:
/// - `static constexpr ctql::category sql_category`: which values T compares and assigns with;
///   by default category::custom, T only. ctql::uuid says category::uuid, ctql::json category::json.
/// - `template <class D> static constexpr std::string_view sql_type`: the column's SQL type on
///   dialect D (ctql::sqlite, ctql::mysql, ctql::mariadb, ctql::postgres); by default the stored
///   type's. It must take and give back the stored type's values (on PostgreSQL: a parameter is
///   sent typed as the stored type, and a text parameter does not go into, say, an INET column).
template <class T>
struct value_traits {};

/// Whether T is mapped by value_traits onto a stored type.
template <class T>
concept custom_value = requires(const T& v, const typename value_traits<T>::stored_type& s) {
  typename value_traits<T>::stored_type;
  { value_traits<T>::to_stored(v) } -> std::convertible_to<typename value_traits<T>::stored_type>;
  { value_traits<T>::from_stored(s) } -> std::same_as<T>;
};

/// What T is stored as.
template <custom_value T>
using stored_type_t = std::remove_cvref_t<typename value_traits<T>::stored_type>;

/// T's comparison category: value_traits<T>::sql_category, or category::custom (T only).
template <custom_value T>
constexpr category custom_category() {
  if constexpr (requires { { value_traits<T>::sql_category } -> std::convertible_to<category>; }) {
    static_assert(value_traits<T>::sql_category != category::unknown,
                  "ctql: value_traits<T>::sql_category must be a category whose values T compares with, and "
                  "category::unknown has none; leave sql_category out for a type that compares only with itself");
    return value_traits<T>::sql_category;
  } else {
    return category::custom;
  }
}

/// Whether value_traits<T> gives T's SQL type on dialect D.
template <class T, class D>
concept has_sql_type = custom_value<T> && requires {
  { value_traits<T>::template sql_type<D> } -> std::convertible_to<std::string_view>;
};

/// What to_stored_value raises: a ctql::error with the reason, to which an assignment (insert,
/// update, set()) adds the name of the column the value was for.
class value_conversion_error : public error {
 public:
  explicit value_conversion_error(std::string reason)
      : error("cannot store a value: " + reason), reason_(std::move(reason)) {}
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string reason_;
};

namespace detail {
/// What to_stored_value gives: a reference where to_stored gives one to a stored_type, else a
/// stored_type (what to_stored gives converted to it).
template <class T, class R = decltype(value_traits<T>::to_stored(std::declval<const T&>()))>
using to_stored_result_t = std::conditional_t<std::is_lvalue_reference_v<R> && std::is_same_v<std::remove_cvref_t<R>, stored_type_t<T>>,
                                              const stored_type_t<T>&, stored_type_t<T>>;
}  // namespace detail

/// v as it is stored (a reference where to_stored gives one); an exception of to_stored becomes a
/// ctql::value_conversion_error.
template <custom_value T>
detail::to_stored_result_t<T> to_stored_value(const T& v) {
  try {
    return value_traits<T>::to_stored(v);
  } catch (const value_conversion_error&) {
    throw;
  } catch (const std::exception& e) {
    std::string_view what = e.what();
    if (what.starts_with("ctql: ")) what.remove_prefix(6);  // a ctql::error's own prefix, once is enough
    throw value_conversion_error(std::string(what));
  }
}

/// Runs visit(); a value_conversion_error in it names the column: `ctql: the column "items"."paint"
/// cannot store the value: the enum value 7 has no name ...`.
template <class Column, class Visit>
constexpr void naming_column(Visit&& visit) {
  try {
    visit();
  } catch (const value_conversion_error& e) {
    throw error("the column \"" + std::string(Column::table::sql_name) + "\".\"" + std::string(Column::sql_name) +
                "\" cannot store the value: " + e.reason());
  }
}

/// The T a stored value reads back as, or `fail(what)` (a connector's error naming the column) if
/// from_stored refuses it.
template <custom_value T, class Fail>
T from_stored_value(stored_type_t<T>&& s, Fail&& fail) {
  try {
    return value_traits<T>::from_stored(std::move(s));  // ctql::json takes its text without a copy
  } catch (const std::exception& e) {
    std::string_view what = e.what();
    if (what.starts_with("ctql: ")) what.remove_prefix(6);  // from_stored used ctql (a time_of_day's parse): one prefix
    fail(what);
    throw;  // fail does not return
  }
}

}  // namespace ctql
