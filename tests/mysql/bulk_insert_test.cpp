// values(range) on MySQL: multi-row INSERTs that fit max_allowed_packet and the placeholder
// limit, all or nothing, reporting the last row's key.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "mysql/support.hpp"

using namespace test;
using namespace ctql;
using Catch::Contains;
using std::string;

namespace {
// 20 columns: 4096 rows a batch would take 81,920 placeholders, more than MySQL's 65,535.
struct wide_t : ctql::table<wide_t, "wide"> {
  column<"c00", int> c00;
  column<"c01", int> c01;
  column<"c02", int> c02;
  column<"c03", int> c03;
  column<"c04", int> c04;
  column<"c05", int> c05;
  column<"c06", int> c06;
  column<"c07", int> c07;
  column<"c08", int> c08;
  column<"c09", int> c09;
  column<"c10", int> c10;
  column<"c11", int> c11;
  column<"c12", int> c12;
  column<"c13", int> c13;
  column<"c14", int> c14;
  column<"c15", int> c15;
  column<"c16", int> c16;
  column<"c17", int> c17;
  column<"c18", int> c18;
  column<"c19", int> c19;
};
inline constexpr wide_t wide{};

/// Rows made on the fly: each `*it` is a temporary, gone once the next is made.
struct made_rows {
  struct iterator {
    using value_type = std::tuple<string, int>;
    using difference_type = std::ptrdiff_t;
    int i = 0;
    value_type operator*() const { return {"t" + std::to_string(i), i}; }
    iterator& operator++() {
      ++i;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++i;
      return old;
    }
    bool operator==(const iterator&) const = default;
  };
  iterator begin() const { return {0}; }
  iterator end() const { return {3}; }
};

std::int64_t user_count(mariadb::connection& db) { return std::get<0>(*db(select(count()).from(users)).first()); }
}  // namespace

TEST_CASE("batches fit a small max_allowed_packet", "[mysql][bulk]") {
  auto db = mysql_fresh("?max_allowed_packet=4096");
  std::vector<std::tuple<string, int>> rows;
  for (int i = 0; i < 1000; ++i) rows.emplace_back(string(40, 'a' + i % 26), i);
  session_status(db, "COM_STMT_EXECUTE");
  const auto before = session_status(db, "COM_STMT_EXECUTE");
  CHECK(db(insert_into(users).columns(users.name, users.age).values(rows)).rows_affected == 1000);
  const auto executes = session_status(db, "COM_STMT_EXECUTE") - before - 1;
  CHECK(user_count(db) == 1000);
  // About 60 bytes a row into ~3 KiB packets: dozens of batches, not one.
  CHECK(executes >= 1000 * 55 / 4096);
  CHECK(executes <= 1000 * 70 / 2048);
  CHECK(db(select(sum(users.age)).from(users)).first() == std::tuple{std::optional<std::int64_t>{999 * 1000 / 2}});
}

TEST_CASE("batches are all or nothing, in a transaction of their own or the caller's", "[mysql][bulk]") {
  auto db = mysql_fresh("?max_allowed_packet=4096");
  std::vector<std::tuple<string, std::optional<string>>> bad;
  for (int i = 0; i < 300; ++i) bad.emplace_back("x", "mail" + std::to_string(i));
  bad.emplace_back("x", "mail0");  // a duplicate email in the last batch
  CHECK_THROWS_AS(db(insert_into(users).columns(users.name, users.email).values(bad)), ctql::error);
  CHECK(user_count(db) == 0);
  bad.pop_back();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "first"));
    CHECK(db(insert_into(users).columns(users.name, users.email).values(bad)).rows_affected == 300);
    tx.rollback();
  }
  CHECK(user_count(db) == 0);
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "kept"));
    bad.emplace_back("x", "mail1");
    CHECK_THROWS_AS(db(insert_into(users).columns(users.name, users.email).values(bad)), ctql::error);
    tx.commit();  // the failed bulk insert left nothing behind, the row before it stays
  }
  CHECK(user_count(db) == 1);
}

TEST_CASE("a row larger than max_allowed_packet is refused before it is sent", "[mysql][bulk]") {
  auto db = mysql_fresh("?max_allowed_packet=4096");
  std::vector<std::tuple<string, int>> rows{{"small", 1}, {string(5000, 'x'), 2}};
  CHECK_THROWS_WITH(db(insert_into(users).columns(users.name, users.age).values(rows)),
                    Contains("row 1 of values()") && Contains("max_allowed_packet"));
  CHECK_FALSE(db.lost());
  CHECK(user_count(db) == 0);
}

TEST_CASE("many rows: the 65535-placeholder limit, the last row's key", "[mysql][bulk]") {
  auto db = mysql_fresh();
  std::vector<std::tuple<string, int, std::optional<string>>> rows;
  for (int i = 0; i < 30'000; ++i) rows.emplace_back("n" + std::to_string(i), i, std::nullopt);
  const auto r = db(insert_into(users).columns(users.name, users.age, users.email).values(rows));
  CHECK(r.rows_affected == 30'000);
  CHECK(user_count(db) == 30'000);
  CHECK(db(select(max(users.id)).from(users)).first() == std::tuple{std::optional<std::int64_t>{r.last_insert_id}});
  // A range whose rows are temporaries: the values are copied.
  CHECK(db(insert_into(users).columns(users.name, users.age).values(made_rows{})).rows_affected == 3);
  CHECK(db(select(users.name).from(users).where(users.name.like("t%")).order_by(users.name)).all() ==
        std::vector<std::tuple<string>>{{"t0"}, {"t1"}, {"t2"}});
}
TEST_CASE("the last row's key follows auto_increment_increment when the session changes it", "[mysql][bulk]") {
  auto db = mysql_fresh();
  const std::vector<std::tuple<string>> rows(10'000, std::tuple<string>("u"));
  // Increment 1: keys 1..10000 in 3 batches of at most 4096 rows.
  CHECK(db(insert_into(users).columns(users.name).values(rows)).last_insert_id == 10'000);
  db.execute("SET SESSION auto_increment_increment = 7");
  // By hand: with increment 7 and offset 1 the next key after 10000 is 10004 (7k + 1 >= 10001 at k = 1429);
  // the last of 10,000 rows is 10004 + 7 * 9999 = 79997. With the increment read before the SET it was
  // 69155 (the last batch's first key, 10004 + 7 * 8192 = 67348, plus 1807 * 1).
  const auto r = db(insert_into(users).columns(users.name).values(rows));
  CHECK(r.last_insert_id == 79'997);
  CHECK(db(select(max(users.id)).from(users)).first() == std::tuple{std::optional<std::int64_t>{79'997}});
  // The same through a text statement, back to increment 1. Where the keys start is InnoDB's to say
  // (its counter stood at 80004); the last row's key is the largest.
  db(text<>("SET SESSION auto_increment_increment = 1"));
  const auto again = db(insert_into(users).columns(users.name).values(rows));
  CHECK(db(select(max(users.id)).from(users)).first() == std::tuple{std::optional<std::int64_t>{again.last_insert_id}});
  CHECK(db(select(count()).from(users).where(users.id > 79'997)).first() == std::tuple{std::int64_t{10'000}});
  CHECK(db(select(min(users.id)).from(users).where(users.id > 79'997)).first() ==
        std::tuple{std::optional<std::int64_t>{again.last_insert_id - 9'999}});  // consecutive keys
}
TEST_CASE("a batch never takes more than 65535 placeholders", "[mysql][bulk]") {
  auto db = mysql_connect();
  db.drop_all(wide);
  db.create_all(wide);
  using row = std::tuple<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int>;
  std::vector<row> rows(10'000);
  for (int i = 0; i < 10'000; ++i) std::get<0>(rows[static_cast<std::size_t>(i)]) = i;
  session_status(db, "COM_STMT_EXECUTE");
  const auto before = session_status(db, "COM_STMT_EXECUTE");
  const auto r = db(insert_into(wide)
                        .columns(wide.c00, wide.c01, wide.c02, wide.c03, wide.c04, wide.c05, wide.c06, wide.c07, wide.c08,
                                 wide.c09, wide.c10, wide.c11, wide.c12, wide.c13, wide.c14, wide.c15, wide.c16, wide.c17,
                                 wide.c18, wide.c19)
                        .values(rows));
  CHECK(r.rows_affected == 10'000);
  // 65535 / 20 = 3276 rows a batch: 4 batches.
  CHECK(session_status(db, "COM_STMT_EXECUTE") - before - 1 == 4);
  CHECK(db(select(sum(wide.c00)).from(wide)).first() == std::tuple{std::optional<std::int64_t>{9'999 * 10'000 / 2}});
  db.drop_all(wide);
}
#endif
