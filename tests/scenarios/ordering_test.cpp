// ORDER BY with NULLS FIRST / NULLS LAST (keywords on SQLite and PostgreSQL, an `x IS NULL` key on
// MariaDB) and by a named select item, against a real database. Expected orders are worked out
// by hand from the rows inserted.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::string;
using strings = std::vector<string>;

namespace {
// Ann 30 a@x, Bob 25 NULL, Cid 35 c@x, Dee 20 NULL
template <class Db>
void insert_people(Db& db) {
  db(insert_into(users).set(users.name = "Ann", users.age = 30, users.email = "a@x"));
  db(insert_into(users).set(users.name = "Bob", users.age = 25, users.email = std::nullopt));
  db(insert_into(users).set(users.name = "Cid", users.age = 35, users.email = "c@x"));
  db(insert_into(users).set(users.name = "Dee", users.age = 20, users.email = std::nullopt));
}
template <class Rows>
strings names_of(Rows&& rows) {
  strings out;
  for (auto [name] : rows) out.push_back(name);
  return out;
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("nulls_first() and nulls_last() put NULLs where asked", "[scenario][nulls_order]", backends) {
  auto db = TestType::connect();
  insert_people(db);
  auto by = [&](auto item) { return names_of(db(select(users.name).from(users).order_by(item, users.name.asc()))); };
  // NULL emails (Bob, Dee, by name) first, then a@x (Ann), c@x (Cid).
  CHECK(by(users.email.asc().nulls_first()) == strings{"Bob", "Dee", "Ann", "Cid"});
  // a@x, c@x, then the NULLs by name.
  CHECK(by(users.email.asc().nulls_last()) == strings{"Ann", "Cid", "Bob", "Dee"});
  // NULLs first, then c@x (Cid) before a@x (Ann).
  CHECK(by(users.email.desc().nulls_first()) == strings{"Bob", "Dee", "Cid", "Ann"});
  // c@x, a@x, then the NULLs by name.
  CHECK(by(users.email.desc().nulls_last()) == strings{"Cid", "Ann", "Bob", "Dee"});
}

TEMPLATE_LIST_TEST_CASE("nulls_last() with limit keeps the rows that sort first", "[scenario][nulls_order]", backends) {
  auto db = TestType::connect();
  insert_people(db);
  // Descending emails with NULLs last: c@x (Cid), a@x (Ann); the two NULL rows are cut off.
  auto q = select(users.name).from(users).order_by(users.email.desc().nulls_last()).limit(2);
  CHECK(names_of(db(q)) == strings{"Cid", "Ann"});
  // The same statement prepared, the limit a param<>: first row only.
  auto p = db.prepare(select(users.name).from(users).order_by(users.email.desc().nulls_last()).limit(param<"n">));
  CHECK(names_of(p(1)) == strings{"Cid"});
}
