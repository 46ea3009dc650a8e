#pragma once
// A clause a statement does not have (yet): renders nothing, uses nothing.
#include "ctql/core/expr/node.hpp"

namespace ctql {

struct absent : leaf_traits {
  using provided_tables = type_list<>;
  using nullable_tables = type_list<>;
  using items = type_list<>;
  using unjoined_on_tables = type_list<>;
  static constexpr bool uses_full_join = false;
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

template <class T>
inline constexpr bool is_absent = std::is_same_v<T, absent>;

}  // namespace ctql
