// Mapped structs on a connection: insert, insert_all, get, update, merge, remove and query<T>(),
// against every backend.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/backends.hpp"

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
// Mapped by specialization, as for a struct one cannot change.
struct Tag {
  std::int64_t post_id = 0;
  string tag = {};
  int weight = 0;
};
}  // namespace
template <>
struct ctql::table_of<Tag> {
  using type = tags_t;
};

TEMPLATE_LIST_TEST_CASE("insert leaves out an unassigned key and writes the assigned one back", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  User ann{.name = "Ann", .age = 30};
  db.insert(ann);
  CHECK(ann.id != 0);
  User bob{.name = "Bob", .age = 20, .email = "bob@x"};
  db.insert(bob);
  CHECK(bob.id == ann.id + 1);  // the next key of an empty table's counter
  // An assigned key is inserted as it is.
  User cid{.id = 100, .name = "Cid"};
  db.insert(cid);
  CHECK(cid.id == 100);
  const auto read = db.template get<User>(bob.id);
  REQUIRE(read);
  CHECK(read->name == "Bob");
  CHECK(read->age == 20);
  CHECK(read->email == optional<string>("bob@x"));
  CHECK(db.template get<User>(100)->name == "Cid");
  CHECK_FALSE(db.template get<User>(99));  // no such key
  // Inserting the same key again is the database's error.
  CHECK_THROWS_AS(db.insert(cid), ctql::error);
}

TEMPLATE_LIST_TEST_CASE("get, update, merge and remove by primary key", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  User u{.name = "Ann", .age = 30, .email = "ann@x"};
  db.insert(u);
  u.age = 31;
  u.email = std::nullopt;  // NULL written, not left as it was
  db.update(u);
  auto read = db.template get<User>(u.id);
  REQUIRE(read);
  CHECK(read->age == 31);
  CHECK(read->email == std::nullopt);

  // update of a key no row has is an error, not a lost write.
  User ghost{.id = 12345, .name = "Ghost"};
  CHECK_THROWS_AS(db.update(ghost), ctql::error);

  // merge: the existing key is updated, a new key inserted, an unassigned key inserted with its key written back.
  User changed{.id = u.id, .name = "Ann B", .age = 40};
  db.merge(changed);
  CHECK(db.template get<User>(u.id)->name == "Ann B");
  CHECK(db.template get<User>(u.id)->age == 40);
  User fresh{.id = 500, .name = "Fresh", .age = 5};
  db.merge(fresh);
  CHECK(db.template get<User>(500)->name == "Fresh");
  User unassigned{.name = "New"};
  db.merge(unassigned);
  CHECK(unassigned.id != 0);
  CHECK(db.template get<User>(unassigned.id)->name == "New");
  // Three rows now: Ann B, Fresh, New.
  CHECK(db.template query<User>().all().size() == 3);

  CHECK(db.remove(fresh));
  CHECK_FALSE(db.template get<User>(500));
  CHECK_FALSE(db.remove(fresh));  // already gone
  CHECK(db.template query<User>().all().size() == 2);
}

TEMPLATE_LIST_TEST_CASE("query<T>() with where, order_by, limit, first and all", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  for (auto [name, age] : std::vector<std::pair<string, int>>{{"Dora", 17}, {"Ann", 30}, {"Cid", 18}, {"Bob", 45}}) {
    User u{.name = name, .age = age};
    db.insert(u);
  }
  // Adults (age >= 18) by name: Ann 30, Bob 45, Cid 18 (Dora is 17).
  const std::vector<User> adults = db.template query<User>().where(users.age >= 18).order_by(users.name.asc()).all();
  REQUIRE(adults.size() == 3);
  CHECK(adults[0].name == "Ann");
  CHECK(adults[1].name == "Bob");
  CHECK(adults[2].name == "Cid");
  const auto cid = db.template query<User>().where(users.name == "Cid").first();
  REQUIRE(cid);
  CHECK(cid->age == 18);
  CHECK_FALSE(db.template query<User>().where(users.name == "Nobody").first());
  // The oldest two: Bob 45, Ann 30.
  const auto oldest = db.template query<User>().order_by(users.age.desc()).limit(2).all();
  REQUIRE(oldest.size() == 2);
  CHECK(oldest[0].name == "Bob");
  CHECK(oldest[1].name == "Ann");
  // first() after limit() keeps the given limit: the youngest is Dora.
  CHECK(db.template query<User>().order_by(users.age.asc()).limit(3).first()->name == "Dora");
}

TEMPLATE_LIST_TEST_CASE("insert_all writes every key back in order", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  std::vector<User> people;
  for (int i = 0; i < 1500; ++i) people.push_back(User{.name = "p" + std::to_string(i), .age = i});  // two batches
  people[10].id = 5000;  // an assigned key among them is inserted as given
  db.insert_all(people);
  for (std::size_t i = 0; i < people.size(); ++i) {
    REQUIRE(people[i].id != 0);
    // Each object's key finds its own row: the name says which object it is.
    const auto read = db.template get<User>(people[i].id);
    REQUIRE(read);
    REQUIRE(read->name == people[i].name);
    REQUIRE(read->age == static_cast<int>(i));
  }
  CHECK(people[10].id == 5000);
  CHECK(db.template query<User>().all().size() == 1500);
  std::vector<User> none;
  db.insert_all(none);  // nothing to do
  CHECK(db.template query<User>().all().size() == 1500);
}

TEMPLATE_LIST_TEST_CASE("composite keys: get by both columns, update, merge and remove", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  db.drop_all(tags);
  db.create_all(tags);
  Tag a{.post_id = 1, .tag = "c++", .weight = 3};
  Tag b{.post_id = 1, .tag = "sql", .weight = 1};
  Tag c{.post_id = 2, .tag = "c++", .weight = 7};
  db.insert(a);
  db.insert(b);
  db.insert(c);
  CHECK(db.template get<Tag>(1, "c++")->weight == 3);
  CHECK(db.template get<Tag>(2, "c++")->weight == 7);
  CHECK_FALSE(db.template get<Tag>(2, "sql"));
  b.weight = 9;
  db.update(b);
  CHECK(db.template get<Tag>(1, "sql")->weight == 9);
  CHECK(db.template get<Tag>(1, "c++")->weight == 3);  // the other row with post_id 1 is untouched
  Tag merged{.post_id = 2, .tag = "c++", .weight = 8};
  db.merge(merged);
  CHECK(db.template get<Tag>(2, "c++")->weight == 8);
  CHECK(db.remove(a));
  CHECK_FALSE(db.template get<Tag>(1, "c++"));
  CHECK(db.template get<Tag>(1, "sql"));
  db.insert_all(std::vector<Tag>{{3, "x", 1}, {3, "y", 2}});
  CHECK(db.template query<Tag>().where(tags.post_id == 3).all().size() == 2);
  db.drop_all(tags);
}

TEMPLATE_LIST_TEST_CASE("a mapped insert and get are prepared once per connection", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  User u{.name = "a"};
  db.insert(u);
  (void)db.template get<User>(u.id);
  const auto cached = db.cached_statements();
  for (int i = 0; i < 5; ++i) {
    User v{.name = "n" + std::to_string(i)};
    db.insert(v);
    (void)db.template get<User>(v.id);
  }
  CHECK(db.cached_statements() == cached);  // no new statement: the same two, reused
}

TEMPLATE_LIST_TEST_CASE("hostile values round-trip through mapped structs", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  User u{.name = "", .age = -1, .email = "Zoë ✓ '; DROP TABLE users; --"};
  db.insert(u);
  const auto read = db.template get<User>(u.id);
  REQUIRE(read);
  CHECK(read->name.empty());
  CHECK(read->age == -1);
  CHECK(read->email == u.email);
}

TEMPLATE_LIST_TEST_CASE("insert_all that fails in a later batch leaves no key written back", "[scenario][orm]", backends) {
  auto db = TestType::connect();
  // 1,500 rows: two batches of RETURNING inserts (1,000 a batch) on MariaDB and PostgreSQL; the
  // second batch holds row 1,201, whose email repeats row 1's (unique): it fails after the first
  // batch has written keys back, and the transaction rolls the first batch back.
  std::vector<User> people;
  for (int i = 0; i < 1500; ++i) people.push_back(User{.name = "n" + std::to_string(i)});
  people[0].email = "dup@x";
  people[1200].email = "dup@x";
  CHECK_THROWS_AS(db.insert_all(people), ctql::error);
  CHECK(db.template query<User>().all().empty());  // nothing was inserted
  std::size_t with_key = 0;
  for (const User& u : people) with_key += u.id != 0;
  CHECK(with_key == 0);  // so no object has a key naming no row (was 1,000 on MariaDB/PostgreSQL)
}
