// Rule: as<T>() builds T from the row's columns in order; a T whose members do not take them
// fails at the user's line with a ctql: message.
// CTQL-EXPECT-ERROR: ctql: as<T>\(\) needs an aggregate whose members, in order, can be initialised
// CTQL-FIX: Give as<T>() an aggregate whose members, in order, take the selected columns (Row in the error), or change
// CTQL-FIX: the select list to match it.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct name_and_age {
  std::string name;
  int age;
};
struct age_and_name {
  int age;
  std::string name;
};
}  // namespace

void as_given_struct_that_does_not_match_the_row(ctql::sqlite::connection& db) {
  using namespace test;
  auto q = ctql::select(users.name, users.age).from(users);
  [[maybe_unused]] auto right = db(q).as<name_and_age>();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db(q).as<age_and_name>();
#endif
}
