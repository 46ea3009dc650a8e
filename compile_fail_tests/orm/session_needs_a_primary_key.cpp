// Rule: a session keeps objects by primary key (its identity map): a struct whose table has none is
// refused at the session's first use of it, with one message (not the errors of its UPDATE and DELETE).
// CTQL-EXPECT-FIRST-ERROR: ctql: a session keeps one object per primary key
// CTQL-EXPECT-ERROR: ctql: a session keeps one object per primary key
// CTQL-FIX: Give the table a `ctql::primary_key` column, or use `db.insert()` and `db.query<T>()` without a session.
#include <string>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

namespace {
struct notes_t : ctql::table<notes_t, "notes"> { column<"body", std::string> body; };
struct Note { using table = notes_t; std::string body = {}; };
}  // namespace

void session_needs_a_primary_key(ctql::sqlite::connection& db) {
  Note n;
  db.insert(n);  // without a session: no key needed
  (void)db.query<Note>().all();
  auto s = ctql::session(db);
#ifdef CTQL_COMPILE_FAIL
  s.add(Note{.body = "x"});
#endif
}
