#pragma once
// What every clause says, with the usual answers, and the clause a statement does not have (yet).
#include <type_traits>

#include "ctql/core/expr/node.hpp"

namespace ctql {

/// What only some clauses say (a FROM provides tables; most clauses have rules), with the
/// answers of a clause that does not.
struct clause_defaults {
  using provided_tables = type_list<>;
  using nullable_tables = type_list<>;
  using unjoined_on_tables = type_list<>;
  using ctes = type_list<>;  // the common table expressions it uses (clause/with.hpp)
  static constexpr bool uses_full_join = false;
  /// Whether it may hold maybe(), dynamic(), one_of() or or_each() (query/variants.hpp).
  static constexpr bool takes_variants = false;
  /// The clause's whole-statement rules, Statement being the statement it is in.
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    return true;
  }
};

/// The traits of a clause made of Parts: theirs, and the defaults above.
template <class... Parts>
struct clause_traits : composite_traits<Parts...>, clause_defaults {};

/// A clause a statement does not have: renders nothing, uses nothing.
struct absent : leaf_traits, clause_defaults {
  using items = type_list<>;
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

template <class T>
inline constexpr bool is_absent = std::is_same_v<T, absent>;

}  // namespace ctql
