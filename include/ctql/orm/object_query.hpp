#pragma once
// `db.query<User>().where(users.age >= 18).order_by(users.name.asc()).limit(10).all()`: a select of
// every column of T's table, read into T objects. Each step is the select's own builder.
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/clause/limit.hpp"
#include "ctql/orm/statements.hpp"

// g++ 12 at -O2/-O3 may say that a select whose clauses hold no data (columns, a table, ORDER BY)
// "may be used uninitialized" where the copy kept here is passed to a db(...) it does not inline: such
// a statement is a copy of nothing, and nothing of it is read. A false positive; giving statements a
// byte to write would make a copy of one that is not constexpr unusable in constant expressions.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace ctql {

/// A select of T objects on connection Db; where(), order_by(), limit(), offset() as on select().
template <class T, class Db, class Select>
class object_query {
 public:
  object_query(Db& db, Select select) : db_(&db), select_(std::move(select)) {}

  template <class Condition>
  auto where(const Condition& condition) const {
    return make(select_.where(condition));
  }
  template <class... Items>
  auto order_by(const Items&... items) const {
    return make(select_.order_by(items...));
  }
  template <class Count>
  auto limit(const Count& count) const {
    return make(select_.limit(count));
  }
  template <class Count>
  auto offset(const Count& count) const {
    return make(select_.offset(count));
  }
  /// The first object, or none: LIMIT 1 unless a limit() was given.
  std::optional<T> first() const {
    if constexpr (std::is_same_v<typename Select::template clause<limit_kind>, absent>) {
      auto row = (*db_)(select_.limit(1)).first();
      if (!row) return std::nullopt;
      return orm_detail::from_row<T>(std::move(*row));
    } else {
      auto row = (*db_)(select_).first();
      if (!row) return std::nullopt;
      return orm_detail::from_row<T>(std::move(*row));
    }
  }
  /// Every object.
  std::vector<T> all() const { return (*db_)(select_).template as<T>(); }
  /// The select statement itself (to run, prepare or render it).
  const Select& statement() const { return select_; }

 private:
  template <class Next>
  object_query<T, Db, Next> make(Next next) const {
    return {*db_, std::move(next)};
  }
  Db* db_;
  Select select_;
};

}  // namespace ctql

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
