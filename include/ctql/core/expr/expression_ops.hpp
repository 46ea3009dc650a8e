#pragma once
// The member functions every expression has: like, in, between, is_null, asc, desc, as.
#include <utility>

#include "ctql/core/expr/between.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/expr/like.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/null_test.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

template <class Derived>
struct expression_ops {
  /// `users.name.like("A%")`
  template <class Pattern>
  constexpr auto like(Pattern&& pattern) const {
    return make_like(self(), std::forward<Pattern>(pattern));
  }
  /// `users.id.in(1, 2, 3)`, `users.id.in(ids)`, `users.id.in(select(...))`
  template <class... Values>
  constexpr auto in(Values&&... values) const {
    static_assert(sizeof...(Values) > 0, "ctql: in() needs at least one value, a range or a subquery");
    return make_in(self(), std::forward<Values>(values)...);
  }
  /// `users.age.between(18, 65)`
  template <class Low, class High>
  constexpr auto between(Low&& low, High&& high) const {
    return make_between(self(), std::forward<Low>(low), std::forward<High>(high));
  }
  /// `users.email.is_null()`
  constexpr null_test_node<Derived, false> is_null() const { return {{}, {}, self()}; }
  /// `users.email.is_not_null()`
  constexpr null_test_node<Derived, true> is_not_null() const { return {{}, {}, self()}; }
  /// `order_by(users.name.asc())`
  constexpr sort_item<Derived, false> asc() const { return {{}, {}, self()}; }
  /// `order_by(users.age.desc())`
  constexpr sort_item<Derived, true> desc() const { return {{}, {}, self()}; }
  /// `select(count(posts.id).as<"posts">())`
  template <fixed_string Alias>
  constexpr named_expression<Derived, Alias> as() const {
    return {{}, {}, self()};
  }

 private:
  constexpr const Derived& self() const { return static_cast<const Derived&>(*this); }
};

}  // namespace ctql
