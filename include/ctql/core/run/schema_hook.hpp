#pragma once
// db.verify_schema(tables...) is defined by <ctql/schema.hpp>, which keeps the catalog readers out of
// programs that do not verify: the connection only names this hook.
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

namespace detail {
template <class...>
inline constexpr bool dependent_true = true;

/// Defined (for true) by <ctql/schema.hpp>.
template <bool Included>
struct schema_verification;
}  // namespace detail

template <class... Tables>
constexpr void verify_schema_needs_header() {
  static_assert(always_false<Tables...>, "ctql: db.verify_schema() needs #include <ctql/schema.hpp>");
}

}  // namespace ctql
