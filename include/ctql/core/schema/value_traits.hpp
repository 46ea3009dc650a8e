#pragma once
// ctql::value_traits<T>: the one customization point for a value type ctql does not know. A type
// is stored as a type ctql knows (its stored_type) and converted on the way in and out; it
// compares and assigns only with itself, so a user_id never meets an order_id or a plain integer.
#include <concepts>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "ctql/core/error.hpp"

namespace ctql {

/// Specialize for your own type (enums use ctql::enum_names instead):
/// `template <> struct ctql::value_traits<user_id> { using stored_type = std::int64_t;
///    static std::int64_t to_stored(user_id v); static user_id from_stored(std::int64_t v); };`
/// from_stored may throw (any std::exception) on a stored value that is no T: ctql raises
/// ctql::error naming the result column. The column's SQL type is that of stored_type.
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

/// v as it is stored; an exception of to_stored becomes a ctql::value_conversion_error.
template <custom_value T>
stored_type_t<T> to_stored_value(const T& v) {
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
T from_stored_value(const stored_type_t<T>& s, Fail&& fail) {
  try {
    return value_traits<T>::from_stored(s);
  } catch (const std::exception& e) {
    fail(std::string_view(e.what()));
    throw;  // fail does not return
  }
}

}  // namespace ctql
