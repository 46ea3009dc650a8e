#pragma once
// The statements every dialect's use (tests/headers/core/dialect/*_use.cpp) renders: the same for
// each dialect, so written once; each dialect's expected SQL stays in its own use file. Included
// after the dialect's header, so that header still has to compile first on its own; includes no
// dialect header itself. Plain functions, not constants: a statement holding a string is not a
// literal type, so a use keeps it in a local and static_asserts the SQL of its type.
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/upsert.hpp"
#include "support/tables.hpp"

namespace dialect_statements {

using use_tables::dialect::counters;
using use_tables::dialect::users;

// OFFSET without LIMIT, and `/` on integers.
inline auto offset_without_limit() {
  return ctql::select(users.id).from(users).where(users.age / 2 > 3).offset(5);
}

// Insert, or on a clash of the unique email update the name.
inline auto upsert_on_email() {
  return ctql::insert_into(users)
      .set(users.name = "Al", users.email = "a@x.org")
      .on_conflict(users.email)
      .do_update(users.name = ctql::excluded(users.name));
}

// A row of defaults only.
inline auto default_values() { return ctql::insert_into(counters).default_values(); }

}  // namespace dialect_statements
