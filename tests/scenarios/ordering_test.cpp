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

namespace {
// Posts: Ann "a1", "a2"; Bob "b1"; Cid "c1", "c2", "c3"; Dee none.
template <class Db>
void insert_posts(Db& db) {
  auto id_of = [&](const char* name) { return std::get<0>(*db(select(users.id).from(users).where(users.name == name)).first()); };
  auto post = [&](const char* name, const char* title) {
    db(insert_into(posts).set(posts.user_id = id_of(name), posts.title = title, posts.created = ctql::timestamp{},
                              posts.class_ = "x"));
  };
  post("Ann", "a1"), post("Ann", "a2"), post("Bob", "b1"), post("Cid", "c1"), post("Cid", "c2"), post("Cid", "c3");
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a negative limit() or offset() is refused where it is given", "[scenario][limit]", backends) {
  auto db = TestType::connect();
  for (int i = 0; i < 5; ++i) db(insert_into(users).set(users.name = "u" + std::to_string(i)));
  // By hand: 5 rows. A computed page size of -1 read as "no limit" (SQLite), as 2^64 - 1 (MariaDB) or
  // as an error (PostgreSQL); now it is an error on each, before anything runs.
  const int page = -1;
  CHECK_THROWS_WITH(db(select(users.name).from(users).limit(page)).all(),
                    Catch::Contains("limit() and offset() take a number of rows, not -1"));
  CHECK_THROWS_WITH(db(select(users.name).from(users).order_by(users.id).limit(2).offset(page)).all(),
                    Catch::Contains("not -1"));
  CHECK(db(select(users.name).from(users).order_by(users.id).limit(0)).all().empty());
  CHECK(db(select(users.name).from(users).order_by(users.id).limit(2).offset(4)).all() ==
        std::vector<std::tuple<std::string>>{{"u4"}});
}

TEMPLATE_LIST_TEST_CASE("order_by a named select item orders by its value", "[scenario][order_by_name]", backends) {
  auto db = TestType::connect();
  insert_people(db);
  insert_posts(db);
  constexpr auto n = count(posts.id).as<"n">();
  auto counts = select(users.name, n)
                    .from(users.left_join(posts).on(posts.user_id == users.id))
                    .group_by(users.name)
                    .order_by(n.desc(), users.name.asc());
  // Cid 3, Ann 2, Bob 1, Dee 0 (no posts: COUNT of the NULL post ids is 0).
  std::vector<std::tuple<string, std::int64_t>> expected{{"Cid", 3}, {"Ann", 2}, {"Bob", 1}, {"Dee", 0}};
  CHECK(db(counts).all() == expected);
  // order_by(n) is ascending: Dee 0, Bob 1, Ann 2, Cid 3; limit 2 keeps Dee, Bob.
  auto fewest = select(users.name, n)
                    .from(users.left_join(posts).on(posts.user_id == users.id))
                    .group_by(users.name)
                    .order_by(n)
                    .limit(2);
  std::vector<std::tuple<string, std::int64_t>> two{{"Dee", 0}, {"Bob", 1}};
  CHECK(db(fewest).all() == two);
}

TEMPLATE_LIST_TEST_CASE("a named item that may be NULL with nulls_first()", "[scenario][order_by_name][nulls_order]", backends) {
  auto db = TestType::connect();
  insert_people(db);
  insert_posts(db);
  constexpr auto last = max(posts.title).as<"last">();
  auto q = select(users.name, last)
               .from(users.left_join(posts).on(posts.user_id == users.id))
               .group_by(users.name)
               .order_by(last.desc().nulls_first());
  // Dee has no post (NULL) and comes first; then the latest titles descending: c3 (Cid), b1 (Bob), a2 (Ann).
  std::vector<std::tuple<string, std::optional<string>>> expected{
      {"Dee", std::nullopt}, {"Cid", "c3"}, {"Bob", "b1"}, {"Ann", "a2"}};
  CHECK(db(q).all() == expected);
  // Ascending with NULLs last: a2, b1, c3, then Dee.
  auto up = select(users.name, last)
                .from(users.left_join(posts).on(posts.user_id == users.id))
                .group_by(users.name)
                .order_by(last.asc().nulls_last());
  std::vector<std::tuple<string, std::optional<string>>> ascending{
      {"Ann", "a2"}, {"Bob", "b1"}, {"Cid", "c3"}, {"Dee", std::nullopt}};
  CHECK(db(up).all() == ascending);
}

TEMPLATE_LIST_TEST_CASE("a named column that may be NULL with nulls_last()", "[scenario][order_by_name][nulls_order]", backends) {
  auto db = TestType::connect();
  insert_people(db);
  constexpr auto mail = users.email.as<"mail">();
  // On MariaDB the key is `mail` IS NULL, `mail` DESC (a column's name is taken inside an expression).
  auto q = select(users.name, mail).from(users).order_by(mail.desc().nulls_last(), users.name.asc());
  // c@x (Cid), a@x (Ann), then the NULLs by name: Bob, Dee.
  std::vector<std::tuple<string, std::optional<string>>> expected{
      {"Cid", "c@x"}, {"Ann", "a@x"}, {"Bob", std::nullopt}, {"Dee", std::nullopt}};
  CHECK(db(q).all() == expected);
}
