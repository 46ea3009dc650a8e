#pragma once
// The values of a text statement: each ctql::arg names a :name placeholder of the SQL, once, and
// each placeholder has a value. One matcher and one set of messages for every connector; each
// finds the placeholders its own way (SQLite asks the statement, MySQL and PostgreSQL rewrite the SQL).
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/lean_std.hpp"

namespace ctql::detail {

/// Throws ctql::error, with the SQL, unless each name in `given` names a placeholder and is given
/// once, and each placeholder is named. `placeholders`: the names in the SQL (a name may repeat).
inline void check_text_arguments(std::string_view sql, const std::vector<std::string_view>& placeholders,
                                 std::initializer_list<std::string_view> given) {
  for (auto a = given.begin(); a != given.end(); ++a) {
    if (std::find(placeholders.begin(), placeholders.end(), *a) == placeholders.end())
      throw error("the statement has no parameter :" + std::string(*a), std::string(sql));
    if (std::find(given.begin(), a, *a) != a)
      throw error("ctql::arg<\"" + std::string(*a) + "\"> is given twice", std::string(sql));
  }
  for (std::string_view name : placeholders)
    if (std::find(given.begin(), given.end(), name) == given.end())
      throw error("the statement's parameter :" + std::string(name) + " has no value: no ctql::arg<\"" +
                      std::string(name) + "\">(value) is given",
                  std::string(sql));
}

/// A placeholder that is not a :name (SQLite's ?, ?1, @a, $a): text statements name their values.
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_unnamed_placeholder(std::string_view sql,
                                                                              std::string_view placeholder) {
  throw error("a text statement names its values (:name); the placeholder " + std::string(placeholder) +
                  " is not allowed",
              std::string(sql));
}

/// Calls bind(i, value) for each placeholder i, with the value of the arg that names it (after
/// check_text_arguments).
template <class Bind, class... Args>
void bind_text_arguments(const std::vector<std::string_view>& placeholders, Bind&& bind, const Args&... args) {
  [[maybe_unused]] auto one = [&](const auto& a) {
    for (std::size_t i = 0; i < placeholders.size(); ++i)
      if (placeholders[i] == a.name) bind(i, a.value);
  };
  (one(args), ...);
}

}  // namespace ctql::detail
