// on_conflict() on every backend; returning() where the dialect has RETURNING (SQLite and
// PostgreSQL; MariaDB after INSERT and DELETE); the rows an upsert reports as affected.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

#include "scenarios/backends.hpp"
#include "scenarios/own_connection.hpp"

using namespace test;
using namespace ctql;
using std::string;

namespace {
// The cases that run RETURNING where the dialect has it choose it at compile time (dialect_t): on
// an engine they run on the dialect's own connection (on_own_connection: db.visit), since db(q)
// compiles q for every dialect and MySQL refuses RETURNING (compile_fail_tests/engine/).
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
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    using D = dialect_t<decltype(db)>;
    if constexpr (D::supports_returning) {
      auto inserted = db(insert_into(users).set(users.name = "Ann", users.age = 7).returning(users.id, users.name)).first();
      REQUIRE(inserted);
      CHECK(std::get<0>(*inserted) > 0);  // the key the database assigned
      CHECK(std::get<1>(*inserted) == "Ann");
      if constexpr (D::supports_update_returning) {
        auto updated = db(update(users).set(users.age = users.age * 2).where(users.id == std::get<0>(*inserted)).returning(users.age)).all();
        CHECK(updated == std::vector<std::tuple<int>>{{14}});  // 7 * 2
      } else {
        // MariaDB: no UPDATE ... RETURNING (it does not compile); the update, then a select.
        CHECK(db(update(users).set(users.age = users.age * 2).where(users.id == std::get<0>(*inserted))).rows_affected == 1);
        CHECK(db(select(users.age).from(users)).all() == std::vector<std::tuple<int>>{{14}});
      }
      auto deleted = db(delete_from(users).where(users.name == "Ann").returning(users.name, users.age)).all();
      CHECK(deleted == std::vector<std::tuple<string, int>>{{"Ann", 14}});
      CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{0}});
    } else {
      SUCCEED(D::name << " has no RETURNING; rendering it does not compile");
    }
  });
}

TEMPLATE_LIST_TEST_CASE("delete returning gives every deleted row: NULL, empty and unicode values intact",
                        "[scenario][returning]", backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    using D = dialect_t<decltype(db)>;
    if constexpr (D::supports_returning) {
      using std::optional;
      db(insert_into(users).set(users.name = "Zoë", users.age = 30, users.email = std::nullopt));
      db(insert_into(users).set(users.name = "名前", users.age = 40, users.email = "x@y"));
      db(insert_into(users).set(users.name = "O'Brien", users.age = 10, users.email = ""));
      db(insert_into(users).set(users.name = "", users.age = 20, users.email = "empty@name"));
      // age >= 20: Zoë (30, NULL), 名前 (40, x@y), "" (20, empty@name); O'Brien (10) stays.
      auto gone = db(delete_from(users).where(users.age >= 20).returning(users.name, users.email, users.age)).all();
      std::sort(gone.begin(), gone.end(), [](const auto& a, const auto& b) { return std::get<2>(a) < std::get<2>(b); });
      CHECK(gone == std::vector<std::tuple<string, optional<string>, int>>{
                        {"", "empty@name", 20}, {"Zoë", std::nullopt, 30}, {"名前", "x@y", 40}});
      CHECK(db(select(users.name, users.email).from(users)).all() ==
            std::vector<std::tuple<string, optional<string>>>{{"O'Brien", ""}});
      // Nothing matches: no rows, and nothing else deleted.
      CHECK(db(delete_from(users).where(users.age > 100).returning(users.id)).all().empty());
      CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{1}});
    } else {
      SUCCEED(D::name << " has no RETURNING");
    }
  });
}

TEMPLATE_LIST_TEST_CASE("returning after an upsert gives the inserted or the updated row", "[scenario][returning][upsert]",
                        backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    using D = dialect_t<decltype(db)>;
    if constexpr (D::supports_returning) {
      auto upsert = [&](const char* name, int age) {
        return db(insert_into(users)
                      .set(users.name = name, users.age = age, users.email = "a@x")
                      .on_conflict(users.email)
                      .do_update(users.name = excluded(users.name))
                      .returning(users.name, users.age))
            .all();
      };
      CHECK(upsert("Ann", 1) == std::vector<std::tuple<string, int>>{{"Ann", 1}});  // inserted
      // Conflict on a@x: the name is updated, the age (not in do_update) stays 1.
      CHECK(upsert("Bob", 2) == std::vector<std::tuple<string, int>>{{"Bob", 1}});
      CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{1}});
    } else {
      SUCCEED(D::name << " has no RETURNING");
    }
  });
}

TEMPLATE_LIST_TEST_CASE("rows_affected of an upsert is the database's count", "[scenario][upsert]", backends) {
  auto db = TestType::connect();
  using D = typename TestType::dialect;
  // MySQL and MariaDB count 2 for a row ON DUPLICATE KEY UPDATE changed, and (ctql connects with
  // CLIENT_FOUND_ROWS) 1 for a row it left as it was, which includes do_nothing()'s no-op update.
  // SQLite and PostgreSQL count 1 per row inserted or updated, and 0 for DO NOTHING.
  constexpr bool duplicate_key_update = D::upsert == upsert_style::on_duplicate_key_update;
  auto update_name = [&](const char* name) {
    return db(insert_into(users)
                  .set(users.name = name, users.email = "a@x")
                  .on_conflict(users.email)
                  .do_update(users.name = excluded(users.name)));
  };
  auto keep = [&](const char* name) {
    return db(insert_into(users).set(users.name = name, users.email = "b@x").on_conflict(users.email).do_nothing());
  };
  const exec_result inserted = update_name("Ann");
  CHECK(inserted.rows_affected == 1);  // a new row, everywhere
  CHECK(inserted.last_insert_id > 0);
  const exec_result changed = update_name("Bob");  // conflict; the name changes
  CHECK(changed.rows_affected == (duplicate_key_update ? 2u : 1u));
  CHECK(changed.last_insert_id == 0);  // nothing inserted
  const exec_result same = update_name("Bob");  // conflict; the name is already Bob
  CHECK(same.rows_affected == 1u);
  CHECK(keep("Cy").rows_affected == 1);                               // a new row, everywhere
  CHECK(keep("Di").rows_affected == (duplicate_key_update ? 1u : 0u));  // conflict: kept
  CHECK(db(select(users.name).from(users).order_by(users.name)).all() == std::vector<std::tuple<string>>{{"Bob"}, {"Cy"}});
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

TEMPLATE_LIST_TEST_CASE("a delete returning that fails on a later row raises where it runs and deletes nothing",
                        "[scenario][returning]", backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    using D = dialect_t<decltype(db)>;
    if constexpr (D::supports_returning) {
      db(insert_into(users).set(users.id = 1, users.name = "free"));
      db(insert_into(users).set(users.id = 2, users.name = "has a post"));
      db(insert_into(posts).set(posts.user_id = 2, posts.title = "t", posts.created = ctql::timestamp{}, posts.class_ = "c"));
      // User 1 can go, user 2 cannot (posts.user_id references it): the statement fails as a whole,
      // at db(q), not while its rows are read; no row is deleted.
      auto q = delete_from(users).where(users.id >= 1).returning(users.id);
      CHECK_THROWS_AS(db(q), ctql::error);
      CHECK(db(select(users.id).from(users).order_by(users.id)).all() == std::vector<std::tuple<std::int64_t>>{{1}, {2}});
      // The connection is usable afterwards, and the statement runs once the post is gone.
      db(delete_from(posts).unconditionally());
      auto gone = db(q).all();
      std::sort(gone.begin(), gone.end());
      CHECK(gone == std::vector<std::tuple<std::int64_t>>{{1}, {2}});
    } else {
      SUCCEED(D::name << " has no RETURNING");
    }
  });
}
