// Scalar subqueries run on every backend: in where, in the select list (named, correlated), on the
// left of a comparison, in update set() and in insert values.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::optional;
using std::string;

namespace {
// Ann 30 (2 posts), Bob 20 (1 post), Cid 40 (3 posts), Dee 25 (no post).
template <class Db>
void fill(Db& db) {
  const ctql::timestamp at{};
  auto add_user = [&](const char* name, int age) {
    return db(insert_into(users).set(users.name = name, users.age = age)).last_insert_id;
  };
  auto add_posts = [&](std::int64_t user, int n) {
    for (int i = 0; i < n; ++i)
      db(insert_into(posts).set(posts.user_id = user, posts.title = "post " + std::to_string(i), posts.created = at,
                                posts.class_ = "c"));
  };
  add_posts(add_user("Ann", 30), 2);
  add_posts(add_user("Bob", 20), 1);
  add_posts(add_user("Cid", 40), 3);
  add_user("Dee", 25);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a scalar subquery in where: older than the average", "[scenario][subquery]", backends) {
  auto db = TestType::connect();
  fill(db);
  // AVG(age) = (30 + 20 + 40 + 25) / 4 = 28.75: Ann (30) and Cid (40) are older.
  auto rows = db(select(users.name).from(users).where(users.age > select(avg(users.age)).from(users)).order_by(users.name)).all();
  CHECK(rows == std::vector<std::tuple<string>>{{"Ann"}, {"Cid"}});
}

TEMPLATE_LIST_TEST_CASE("a named correlated scalar subquery counts each user's posts", "[scenario][subquery]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(users.name, select(count(posts.id)).from(posts).where(posts.user_id == users.id).as<"posts">())
                     .from(users)
                     .order_by(users.name))
                  .all();
  // Dee has no post: COUNT over no rows is 0, not NULL.
  CHECK(rows == std::vector<std::tuple<string, std::int64_t>>{{"Ann", 2}, {"Bob", 1}, {"Cid", 3}, {"Dee", 0}});
}

TEMPLATE_LIST_TEST_CASE("a scalar subquery that finds no row is NULL", "[scenario][subquery]", backends) {
  auto db = TestType::connect();
  fill(db);
  // Each user's newest post title would be a column subquery; none is titled "none", so every value is NULL.
  auto rows = db(select(users.name,
                        select(posts.title).from(posts).where(posts.user_id == users.id && posts.title == "none").as<"t">())
                     .from(users)
                     .where(users.name == "Ann"))
                  .all();
  CHECK(rows == std::vector<std::tuple<string, optional<string>>>{{"Ann", std::nullopt}});
  // MAX over Dee's no posts is NULL too; over Cid's three it is the last title in order, "post 2".
  auto newest = [&](const char* name) {
    return std::get<1>(*db(select(users.name, select(max(posts.title)).from(posts).where(posts.user_id == users.id).as<"m">())
                               .from(users)
                               .where(users.name == name))
                            .first());
  };
  CHECK(newest("Dee") == std::nullopt);
  CHECK(newest("Cid") == optional<string>("post 2"));
}

TEMPLATE_LIST_TEST_CASE("a scalar subquery on the left, with values bound in both", "[scenario][subquery]", backends) {
  auto db = TestType::connect();
  fill(db);
  // Users over 21 with at least 2 posts not titled "post 0": Ann has "post 1" only (1), Cid has
  // "post 1" and "post 2" (2), Bob is 20. So Cid alone.
  auto rows = db(select(users.name)
                     .from(users)
                     .where(users.age > 21 &&
                            select(count(posts.id)).from(posts).where(posts.user_id == users.id && posts.title != "post 0") >= 2))
                  .all();
  CHECK(rows == std::vector<std::tuple<string>>{{"Cid"}});
  // Prepared, with the parameter inside the subquery.
  auto busy = db.prepare(select(users.name)
                             .from(users)
                             .where(select(count(posts.id)).from(posts).where(posts.user_id == users.id) >= param<"n">)
                             .order_by(users.name));
  CHECK(busy(2).all() == std::vector<std::tuple<string>>{{"Ann"}, {"Cid"}});  // 2 and 3 posts
  CHECK(busy(3).all() == std::vector<std::tuple<string>>{{"Cid"}});
  CHECK(busy(4).all().empty());
}

TEMPLATE_LIST_TEST_CASE("a scalar subquery in update set() and in insert values", "[scenario][subquery]", backends) {
  auto db = TestType::connect();
  fill(db);
  // Each user's age becomes their number of posts: Ann 2, Bob 1, Cid 3, Dee 0.
  auto changed = db(update(users).set(users.age = select(count(posts.id)).from(posts).where(posts.user_id == users.id)).where(users.age >= 0));
  CHECK(changed.rows_affected == 4);
  CHECK(db(select(users.name, users.age).from(users).order_by(users.name)).all() ==
        std::vector<std::tuple<string, int>>{{"Ann", 2}, {"Bob", 1}, {"Cid", 3}, {"Dee", 0}});
  // Eve's age is the number of posts: 2 + 1 + 3 = 6.
  db(insert_into(users).set(users.name = "Eve", users.age = select(count()).from(posts)));
  CHECK(std::get<0>(*db(select(users.age).from(users).where(users.name == "Eve")).first()) == 6);
}

TEMPLATE_LIST_TEST_CASE("a scalar subquery that finds two rows", "[scenario][subquery][hostile]", backends) {
  auto db = TestType::connect();
  fill(db);
  // Ann has two posts, so the subquery finds two titles. MariaDB and PostgreSQL refuse it when it
  // runs; SQLite takes the first row it finds (documented in docs/reporting.md).
  auto q = select(users.name, select(posts.title).from(posts).where(posts.user_id == users.id).as<"t">())
               .from(users)
               .where(users.name == "Ann");
  if (std::string_view(TestType::name) == "SQLite") {
    const auto title = std::get<1>(*db(q).first());
    CHECK((title == optional<string>("post 0") || title == optional<string>("post 1")));
  } else {
    CHECK_THROWS_AS(db(q).all(), ctql::error);
  }
}

TEMPLATE_LIST_TEST_CASE("a derived table: users joined to their post counts", "[scenario][subquery][derived]", backends) {
  auto db = TestType::connect();
  fill(db);
  constexpr auto n = count(posts.id).as<"n">();
  // Posts not titled "post 0": Ann 1, Bob 0 (no row in the derived table), Cid 2.
  auto counts = select(posts.user_id, n).from(posts).where(posts.title != "post 0").group_by(posts.user_id).as<"counts">();
  auto inner = db(select(users.name, counts[n])
                      .from(users.join(counts).on(counts[posts.user_id] == users.id))
                      .where(users.age > 21)
                      .order_by(users.name))
                   .all();
  CHECK(inner == std::vector<std::tuple<string, std::int64_t>>{{"Ann", 1}, {"Cid", 2}});
  // A left join keeps Bob and Dee, with NULL counts.
  auto outer = db(select(users.name, counts[n])
                      .from(users.left_join(counts).on(counts[posts.user_id] == users.id))
                      .order_by(users.name))
                   .all();
  CHECK(outer == std::vector<std::tuple<string, optional<std::int64_t>>>{
                     {"Ann", 1}, {"Bob", std::nullopt}, {"Cid", 2}, {"Dee", std::nullopt}});
  // all_of(counts) gives its two columns: for Ann, her id and 1.
  auto ann = db(select(users.name, all_of(counts)).from(users.join(counts).on(counts[posts.user_id] == users.id)).where(users.name == "Ann")).all();
  REQUIRE(ann.size() == 1);
  CHECK(std::get<2>(ann[0]) == 1);
  // From the derived table alone, filtered and ordered on its columns: only Cid has more than 1.
  auto busy = db(select(counts[posts.user_id], counts[n]).from(counts).where(counts[n] > 1)).all();
  REQUIRE(busy.size() == 1);
  CHECK(std::get<1>(busy[0]) == 2);
}
