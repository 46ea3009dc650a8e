// Rule: a mapped struct is a plain aggregate.
// CTQL-EXPECT-ERROR: ctql: a mapped struct must be a plain aggregate
// CTQL-FIX: Make the struct a plain aggregate: public fields, no constructors, no base class, no virtual functions.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
struct WithConstructor { using table = test::users_t; explicit WithConstructor(int) {} std::int64_t id = 0; std::string name; int age = 0; std::optional<std::string> email; };
}  // namespace

void mapped_struct_is_an_aggregate(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  WithConstructor x(1); db.insert(x);
#endif
}
