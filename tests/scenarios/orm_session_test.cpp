// The session: add, add_all, merge, get (identity map), remove, query (autoflush), flush, commit,
// rollback, dirty tracking and failed flushes, against every backend.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ctql/orm.hpp>

#include "scenarios/backends.hpp"

// Every backend, engines included: a session on an engine connection picks RETURNING or the
// dialect's own way to write keys back by the dialect its URL chose, at each flush.

using namespace test;
using std::optional;
using std::string;

namespace {
struct User {
  using table = users_t;
  std::int64_t id = 0;
  string name = {};
  int age = 0;
  optional<string> email = {};
};
struct Post {
  using table = posts_t;
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  string title = {};
  ctql::timestamp created = {};
  string class_ = {};
};
struct Tag {
  using table = tags_t;
  std::int64_t post_id = 0;
  string tag = {};
  int weight = 0;
};

template <class Db>
std::size_t user_rows(Db& db) {
  return db.template query<User>().all().size();
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("session add, add_all and commit write every object and its key back", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& alice = s.add(User{.name = "Alice"});
  const auto more = s.add_all(std::vector<User>{{.name = "Bob"}, {.name = "Charlie"}});
  CHECK(alice.id == 0);  // pending: nothing written yet
  CHECK(user_rows(db) == 0);
  s.commit();
  REQUIRE(more.size() == 2);
  CHECK(alice.id != 0);
  CHECK(more[0]->id != 0);
  CHECK(more[1]->id != 0);
  // Each key finds its own row.
  CHECK(db.template get<User>(alice.id)->name == "Alice");
  CHECK(db.template get<User>(more[0]->id)->name == "Bob");
  CHECK(db.template get<User>(more[1]->id)->name == "Charlie");
  // The objects stay valid after commit, and still belong to the session.
  alice.age = 33;
  s.commit();
  CHECK(db.template get<User>(alice.id)->age == 33);
}

TEMPLATE_LIST_TEST_CASE("session get and query give one object per key (identity map)", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User ann{.name = "Ann", .age = 30};
  db.insert(ann);
  auto s = ctql::session(db);
  User* a = s.template get<User>(ann.id);
  REQUIRE(a != nullptr);
  CHECK(s.template get<User>(ann.id) == a);
  User* q = s.template query<User>().where(users.name == "Ann").first();
  CHECK(q == a);
  const auto all = s.template query<User>().all();
  REQUIRE(all.size() == 1);
  CHECK(all[0] == a);
  CHECK(s.template get<User>(ann.id + 1000) == nullptr);
  // A local change is not overwritten by a query that reads the row again (autoflush writes it first).
  a->age = 31;
  CHECK(s.template query<User>().first()->age == 31);
}

TEMPLATE_LIST_TEST_CASE("session dirty tracking: only changed objects are updated", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  for (const char* name : {"A", "B", "C"}) {
    User u{.name = name};
    db.insert(u);
  }
  auto s = ctql::session(db);
  const auto loaded = s.template query<User>().order_by(users.name.asc()).all();
  REQUIRE(loaded.size() == 3);
  const auto before = s.statements();
  s.commit();
  CHECK(s.statements() == before);  // three unchanged objects: no statement at all
  loaded[1]->age = 7;
  s.commit();
  CHECK(s.statements() == before + 1);  // one UPDATE, of B only
  CHECK(db.template query<User>().where(users.age == 7).first()->name == "B");
  loaded[1]->age = 7;  // the same value again: not a change
  s.commit();
  CHECK(s.statements() == before + 1);
}

TEMPLATE_LIST_TEST_CASE("session merge updates an existing key and inserts a new one", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User alice{.name = "Alice", .age = 20};
  db.insert(alice);
  auto s = ctql::session(db);
  User& merged = s.merge(User{.id = alice.id, .name = "Updated Alice", .age = 21});
  CHECK(s.template get<User>(alice.id) == &merged);  // the session's own object for that key
  User& fresh = s.merge(User{.id = 900, .name = "Dan"});
  s.commit();
  CHECK(db.template get<User>(alice.id)->name == "Updated Alice");
  CHECK(db.template get<User>(900)->name == "Dan");
  CHECK(fresh.id == 900);
  CHECK(user_rows(db) == 2);
  // Merging again into the object the session has: an update of it, no second object.
  User& again = s.merge(User{.id = 900, .name = "Dan B"});
  CHECK(&again == &fresh);
  s.commit();
  CHECK(db.template get<User>(900)->name == "Dan B");
}

TEMPLATE_LIST_TEST_CASE("session add of a key it already has is refused", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  s.add(User{.id = 5, .name = "Eve"});
  CHECK_THROWS_AS(s.add(User{.id = 5, .name = "Eve again"}), ctql::error);
  s.commit();
  CHECK(db.template get<User>(5)->name == "Eve");
  // A key the database has but the session has not loaded fails at flush, naming the object.
  auto other = ctql::session(db);
  other.add(User{.id = 5, .name = "Clash"});
  CHECK_THROWS_WITH(other.commit(), Catch::Contains("1st object of table users"));
}

TEMPLATE_LIST_TEST_CASE("session commit inserts parents before children (references<>)", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  // The child comes first, but its foreign key needs the parent row.
  s.add(Post{.user_id = 42, .title = "first post", .class_ = "c"});
  s.add(User{.id = 42, .name = "Parent"});
  s.commit();
  const auto posts_of_42 = db.template query<Post>().where(posts.user_id == 42).all();
  REQUIRE(posts_of_42.size() == 1);
  CHECK(posts_of_42[0].title == "first post");
  // Deleting both, the parent named first: children are deleted first. (Both are looked up before
  // either is removed: a query autoflushes, and would delete the parent alone.)
  User* parent = s.template get<User>(42);
  Post* child = s.template query<Post>().where(posts.user_id == 42).first();
  REQUIRE(parent != nullptr);
  REQUIRE(child != nullptr);
  s.remove(*parent);
  s.remove(*child);
  s.commit();
  CHECK(user_rows(db) == 0);
  CHECK(db.template query<Post>().all().empty());
}

TEMPLATE_LIST_TEST_CASE("session rollback discards flushed and pending work", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User kept{.name = "Kept", .age = 1};
  db.insert(kept);
  auto s = ctql::session(db);
  User* k = s.template get<User>(kept.id);
  k->age = 2;
  User& added = s.add(User{.name = "Temp"});
  s.flush();  // written in the session's transaction
  CHECK(added.id != 0);
  s.add(User{.name = "Pending"});
  s.rollback();
  CHECK(k->age == 1);       // as committed
  CHECK(added.id == 0);     // its key was never committed
  CHECK(user_rows(db) == 1);
  CHECK(db.template get<User>(kept.id)->age == 1);
  // The session goes on working after a rollback.
  k->age = 3;
  s.commit();
  CHECK(db.template get<User>(kept.id)->age == 3);
}

TEMPLATE_LIST_TEST_CASE("session queries autoflush pending objects", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& p = s.add(User{.name = "Pending", .age = 50});
  User* found = s.template query<User>().where(users.age == 50).first();
  CHECK(found == &p);  // the query wrote it first, and gave the session's own object
  CHECK(p.id != 0);
  s.rollback();
  CHECK(user_rows(db) == 0);
}

TEMPLATE_LIST_TEST_CASE("a failing flush leaves the database and the objects as they were, and names the object", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& a = s.add(User{.name = "A", .email = "same@x"});
  User& b = s.add(User{.name = "B", .email = "other@x"});
  User& c = s.add(User{.name = "C", .email = "same@x"});  // email is unique: the third fails
  CHECK_THROWS_WITH(s.flush(), Catch::Contains("3rd object of table users"));
  CHECK(a.id == 0);
  CHECK(b.id == 0);
  CHECK(c.id == 0);
  CHECK(user_rows(db) == 0);
  // Fixing the object and committing writes all three.
  c.email = "third@x";
  s.commit();
  CHECK(user_rows(db) == 3);
  CHECK(a.id != 0);
  CHECK(c.id != 0);
}

TEMPLATE_LIST_TEST_CASE("session remove of a pending object writes nothing; of a persistent one deletes it", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User stays{.name = "Stays"};
  db.insert(stays);
  auto s = ctql::session(db);
  User& gone = s.add(User{.name = "Never"});
  s.remove(gone);
  User* st = s.template get<User>(stays.id);
  s.remove(*st);
  CHECK(s.template get<User>(stays.id) == nullptr);  // removed from the session's view at once
  s.commit();
  CHECK(user_rows(db) == 0);
  User outsider{.name = "x"};
  CHECK_THROWS_AS(s.remove(outsider), ctql::error);
}

TEMPLATE_LIST_TEST_CASE("session with composite keys", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  db.drop_all(tags);
  db.create_all(tags);
  {
    auto s = ctql::session(db);
    s.add_all(std::vector<Tag>{{1, "a", 1}, {1, "b", 2}});
    s.commit();
    Tag* t = s.template get<Tag>(1, "b");
    REQUIRE(t != nullptr);
    CHECK(t->weight == 2);
    CHECK(s.template get<Tag>(1, "b") == t);
    t->weight = 5;
    s.merge(Tag{2, "z", 9});
    s.commit();
  }
  CHECK(db.template get<Tag>(1, "b")->weight == 5);
  CHECK(db.template get<Tag>(1, "a")->weight == 1);
  CHECK(db.template get<Tag>(2, "z")->weight == 9);
  db.drop_all(tags);
}

TEMPLATE_LIST_TEST_CASE("two sessions on one connection: the second one's flush is refused, nothing is lost", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  {
    auto s1 = ctql::session(db);
    auto s2 = ctql::session(db);
    s1.add(User{.name = "s1"});
    s1.flush();  // s1's transaction is open on db
    s2.add(User{.name = "s2"});
    // s2's work would nest in s1's transaction and be lost with it: refused.
    CHECK_THROWS_WITH(s2.flush(), Catch::Contains("another session has work in a transaction on this connection"));
    CHECK_THROWS_AS(s2.commit(), ctql::error);
    s1.commit();
    s2.commit();  // s1 is done: s2 may begin its own transaction now
  }
  CHECK(user_rows(db) == 2);  // s1 and s2, both committed
}

TEMPLATE_LIST_TEST_CASE("a session whose commit fails rolls its transaction back", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& a = s.add(User{.name = "A"});
  s.flush();
  {
    auto inner = db.transaction();  // nested in the session's: its COMMIT cannot run first
    CHECK_THROWS_AS(s.commit(), ctql::error);
  }
  CHECK(a.id == 0);  // rolled back: A was never committed, and left the session
  s.add(User{.name = "B"});
  s.commit();
  // Only B: the failed commit's transaction (with A) did not stay open to be committed by this one.
  const auto rows = db.template query<User>().all();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].name == "B");
}

TEMPLATE_LIST_TEST_CASE("session rollback after add, flush, remove, flush: the object leaves the session", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& a = s.add(User{.name = "A"});
  s.flush();
  s.remove(a);
  s.flush();
  s.rollback();
  CHECK(a.id == 0);  // never committed: its key is reset, and it is not the session's any more
  // The session goes on working: a later commit and query see only the new object.
  s.add(User{.name = "B"});
  s.commit();
  const auto all = s.template query<User>().all();
  REQUIRE(all.size() == 1);
  CHECK(all[0]->name == "B");
  CHECK(user_rows(db) == 1);
}

TEMPLATE_LIST_TEST_CASE("session rollback after change, flush, remove, flush: the committed values come back", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User kept{.name = "Kept", .age = 1};
  db.insert(kept);
  auto s = ctql::session(db);
  User* k = s.template get<User>(kept.id);
  REQUIRE(k != nullptr);
  k->age = 2;
  s.flush();  // UPDATE age = 2
  s.remove(*k);
  s.flush();  // DELETE
  s.rollback();
  CHECK(k->age == 1);  // as committed, not the flushed 2
  CHECK(k->name == "Kept");
  CHECK(s.template get<User>(kept.id) == k);  // the session's again, under its key
  CHECK(db.template get<User>(kept.id)->age == 1);
  // Dirty tracking starts from the committed values: a change of it is written.
  k->age = 5;
  s.commit();
  CHECK(db.template get<User>(kept.id)->age == 5);
}

TEMPLATE_LIST_TEST_CASE("session: a pending object's key changed before its flush is refused or indexed, never two objects for one row", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& a = s.add(User{.id = 10, .name = "A"});
  CHECK(s.template get<User>(10) == &a);  // indexed under 10 (no statement: the session has it)
  a.id = 20;
  CHECK_THROWS_WITH(s.commit(), Catch::Contains("was changed before its flush"));
  CHECK(user_rows(db) == 0);  // nothing written
  a.id = 10;  // put back: the flush goes through
  s.commit();
  CHECK(db.template get<User>(10)->name == "A");
  // A key set by hand on an object the session saw with key 0: indexed at flush under it.
  User& b = s.add(User{.name = "B"});
  s.add(User{.id = 7, .name = "C"});  // the session looks key 7 up: it has seen b (key 0) now
  b.id = 30;
  s.commit();
  CHECK(s.template get<User>(30) == &b);  // the session's own object, not a second one loaded
  // Changed to a key the session has for another object: refused.
  User& d = s.add(User{.id = 40, .name = "D"});
  CHECK(s.template get<User>(40) == &d);
  d.id = 7;
  CHECK_THROWS_WITH(s.commit(), Catch::Contains("another object"));
}

TEMPLATE_LIST_TEST_CASE("a failed flush counts only the objects given to the session, not loaded ones", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User x{.name = "X", .email = "taken@x"};
  db.insert(x);
  User y{.name = "Y"};
  db.insert(y);
  auto s = ctql::session(db);
  User* lx = s.template get<User>(x.id);  // loaded: not "given"
  User* ly = s.template get<User>(y.id);
  REQUIRE(lx != nullptr);
  REQUIRE(ly != nullptr);
  s.add_all(std::vector<User>{{.name = "1"}, {.name = "2"}, {.name = "3", .email = "taken@x"}, {.name = "4"}});
  // The third of those given fails (its email is X's): the 3rd, not the 5th of all the session has.
  CHECK_THROWS_WITH(s.flush(), Catch::Contains("the 3rd object of table users given to the session"));
  s.rollback();
  // A loaded object that fails is named as loaded.
  ly->email = "taken@x";
  CHECK_THROWS_WITH(s.flush(), Catch::Contains("updating an object of table users loaded by get() or query()"));
}

TEMPLATE_LIST_TEST_CASE("session add of its own object returns it, no second row", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  auto s = ctql::session(db);
  User& a = s.add(User{.name = "A"});
  CHECK(&s.add(a) == &a);  // pending: the same object
  s.commit();
  CHECK(user_rows(db) == 1);  // one row, not two
  CHECK(&s.add(a) == &a);     // persistent: the same object, nothing to write
  a.age = 4;
  s.commit();
  CHECK(user_rows(db) == 1);
  CHECK(db.template get<User>(a.id)->age == 4);
  // Removed but not flushed: add() keeps it after all.
  s.remove(a);
  CHECK(&s.add(a) == &a);
  s.commit();
  CHECK(user_rows(db) == 1);
  CHECK(s.template get<User>(a.id) == &a);
}

TEMPLATE_LIST_TEST_CASE("session merge after remove of the same key revives the object as an update", "[scenario][orm][session]", backends) {
  auto db = TestType::connect();
  User u{.name = "orig", .age = 1};
  db.insert(u);
  auto s = ctql::session(db);
  User* p = s.template get<User>(u.id);
  REQUIRE(p != nullptr);
  s.remove(*p);
  User& m = s.merge(User{.id = u.id, .name = "merged", .age = 2});
  CHECK(&m == p);  // the session's object, kept after all
  s.commit();
  CHECK(user_rows(db) == 1);
  CHECK(db.template get<User>(u.id)->name == "merged");  // updated, not deleted
  // After the delete is flushed the row is gone: merge inserts it again, with obj's values.
  s.remove(m);
  s.flush();
  User& again = s.merge(User{.id = u.id, .name = "back", .age = 3});
  s.commit();
  CHECK(again.name == "back");
  CHECK(db.template get<User>(u.id)->name == "back");
  CHECK(s.template get<User>(u.id) == &again);
  CHECK(user_rows(db) == 1);
}

TEMPLATE_LIST_TEST_CASE("session keys written back are each row's own key, by the way of the dialect that runs", "[scenario][orm][session][keys]", backends) {
  auto db = TestType::connect();  // users created anew: its key counter starts at 1 on every database
  const std::string name = TestType::name;
  User pre{.name = "pre"};
  db.insert(pre);
  CHECK(pre.id == 1);  // the first key of a fresh counter
  std::vector<std::string> sql;  // every statement the session runs from here on
  db.on_statement([&](const ctql::statement_event& e) { sql.emplace_back(e.sql); });
  auto s = ctql::session(db);
  User& a = s.add(User{.name = "A"});
  User& ten = s.add(User{.id = 10, .name = "Ten"});
  const auto bc = s.add_all(std::vector<User>{{.name = "B"}, {.name = "C"}});
  s.commit();
  // The flush inserts Ten (key given) first, then A, B, C together in the order given.
  // SQLite: no RETURNING needed, keys are max + 1 on: 10 is the largest, so A 11, B 12, C 13.
  // MariaDB: INSERT ... RETURNING; AUTO_INCREMENT moved past the 10 written: A 11, B 12, C 13.
  // PostgreSQL: INSERT ... RETURNING; the sequence does not see the 10 written (it gave 1): A 2, B 3, C 4.
  const std::int64_t first = name == "PostgreSQL" ? 2 : 11;
  CHECK(ten.id == 10);
  CHECK(a.id == first);
  CHECK(bc[0]->id == first + 1);
  CHECK(bc[1]->id == first + 2);
  // Each key names its own row (a key reported as 0, or shifted by one, fails here).
  CHECK(db.template get<User>(a.id)->name == "A");
  CHECK(db.template get<User>(bc[0]->id)->name == "B");
  CHECK(db.template get<User>(bc[1]->id)->name == "C");
  CHECK(db.template get<User>(10)->name == "Ten");
  // The way was the dialect's: RETURNING on MariaDB and PostgreSQL, SELECT MAX then a plain INSERT on SQLite.
  const auto ran = [&](std::string_view part) {
    return std::any_of(sql.begin(), sql.end(), [&](const std::string& q) { return q.find(part) != std::string::npos; });
  };
  CHECK(ran("RETURNING") == (name != "SQLite"));
  CHECK(ran("MAX(") == (name == "SQLite"));
  // One more flush, of one object, and a merge of an object without a key (an insert):
  // SQLite 14 then 15 (max + 1 each time); MariaDB 14, 15; PostgreSQL 5, 6.
  User& d = s.add(User{.name = "D"});
  s.commit();
  User& e = s.merge(User{.name = "E"});
  s.commit();
  CHECK(d.id == first + 3);
  CHECK(e.id == first + 4);
  CHECK(db.template get<User>(d.id)->name == "D");
  CHECK(db.template get<User>(e.id)->name == "E");
  db.on_statement({});
}
