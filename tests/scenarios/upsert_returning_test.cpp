// on_conflict() on every backend; returning() where the dialect has RETURNING.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::string;

namespace {
template <class D, class S>
D dialect_of(const basic_connection<D, S>&);
template <class Db>
using dialect_t = decltype(dialect_of(std::declval<Db&>()));
}  // namespace

TEMPLATE_LIST_TEST_CASE("on_conflict keeps or updates the existing row", "[scenario][upsert]", backends) {
  auto db = TestType::connect();
  auto add = [&](const char* name) {
    return db(insert_into(users).set(users.name = name, users.email = "same@x").on_conflict(users.email).do_nothing());
  };
  add("first");
  add("second");
  CHECK(db(select(users.name).from(users)).all() == std::vector<std::tuple<string>>{{"first"}});
  db(insert_into(users)
         .set(users.name = "third", users.email = "same@x")
         .on_conflict(users.email)
         .do_update(users.name = excluded(users.name), users.age = users.age + 10));
  CHECK(db(select(users.name, users.age).from(users)).all() == std::vector<std::tuple<string, int>>{{"third", 10}});
}

TEMPLATE_LIST_TEST_CASE("returning gives the rows a statement changed", "[scenario][returning]", backends) {
  auto db = TestType::connect();
  if constexpr (dialect_t<decltype(db)>::supports_returning) {
    auto inserted = db(insert_into(users).set(users.name = "Ann", users.age = 7).returning(users.id, users.name)).first();
    REQUIRE(inserted);
    CHECK(std::get<1>(*inserted) == "Ann");
    auto updated = db(update(users).set(users.age = users.age * 2).where(users.id == std::get<0>(*inserted)).returning(users.age)).all();
    CHECK(updated == std::vector<std::tuple<int>>{{14}});
    auto deleted = db(delete_from(users).where(users.name == "Ann").returning(users.name)).all();
    CHECK(deleted == std::vector<std::tuple<string>>{{"Ann"}});
    CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{0}});
  } else {
    SUCCEED(dialect_t<decltype(db)>::name << " has no RETURNING; rendering it does not compile");
  }
}

TEMPLATE_LIST_TEST_CASE("on_conflict names a composite primary key whole", "[scenario][upsert]", backends) {
  auto db = TestType::connect();
  db.drop_all(tags);
  db.create_all(tags);
  auto tag = [&](std::int64_t post, const char* name, int weight) {
    return db(insert_into(tags)
                  .set(tags.post_id = post, tags.tag = name, tags.weight = weight)
                  .on_conflict(tags.post_id, tags.tag)
                  .do_update(tags.weight = tags.weight + excluded(tags.weight)));
  };
  tag(1, "c++", 1);
  tag(2, "c++", 5);  // same tag, other post: no conflict on the whole key
  tag(1, "c++", 2);  // conflict on (1, "c++"): weight 1 + 2 = 3
  auto rows = db(select(tags.post_id, tags.weight).from(tags).order_by(tags.post_id)).all();
  CHECK(rows == std::vector<std::tuple<std::int64_t, int>>{{1, 3}, {2, 5}});
  db.drop_all(tags);
}
