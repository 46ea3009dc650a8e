// Rule: arg<name>(value) takes a value a column can hold; a struct (or a pointer other than text)
// is refused where arg() is written, once, not again by the statement it is passed to.
// CTQL-EXPECT-ERROR: ctql: arg<name>\(value\) takes a value of a type a column can hold
// CTQL-EXPECT-ERROR: point
// CTQL-EXPECT-FIRST-ERROR: ctql: arg<name>\(value\) takes a value of a type a column can hold
// CTQL-FIX: Give arg<name>() a value a column can hold (a number, text, ctql::blob, ctql::date, ctql::timestamp,
// CTQL-FIX: std::optional of one) or std::nullopt: pass the struct's field, not the struct.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct point {
  int x;
  int y;
};
}  // namespace

void arg_given_a_struct(ctql::sqlite::connection& db) {
  using namespace test;
  auto move_to = db.prepare(ctql::update(users).set(users.age = ctql::param<"x">).where(users.id == ctql::param<"id">));
  const point p{3, 4};
  move_to(ctql::arg<"x">(p.x), ctql::arg<"id">(1));
#ifdef CTQL_COMPILE_FAIL
  move_to(ctql::arg<"x">(p), ctql::arg<"id">(1));
#endif
}
