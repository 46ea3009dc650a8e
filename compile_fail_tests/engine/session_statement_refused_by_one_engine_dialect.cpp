// Rule: a session on an engine connection runs its statements for whichever dialect the URL chose,
// so each is compiled for every dialect the engine holds, as db(q) is: a session query one of them
// cannot run (NULLS LAST of an expression that binds a value: not on MySQL, which writes
// x IS NULL, x ASC and would bind the value once for two placeholders) does not compile, with
// that dialect's message; one every dialect runs compiles.
// CTQL-EXPECT-ERROR: ctql: MySQL has no NULLS FIRST/LAST, so ctql writes x IS NULL, x ASC
// CTQL-FIX: Write the session's query so every dialect runs it (order by a column, or drop nulls_last()), or give
// CTQL-FIX: the session the one database's own connection (`ctql::postgres::connect(url)`) instead of an engine's.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/engine.hpp>
#include <ctql/orm.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
}  // namespace

void session_statement_refused_by_one_engine_dialect(ctql::engine_connection& db) {
  using namespace test;
  auto s = ctql::session(db);
  [[maybe_unused]] auto fine = s.query<User>().order_by(users.age.asc().nulls_last()).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = s.query<User>().order_by((users.age + 1).asc().nulls_last()).all();
#endif
}
