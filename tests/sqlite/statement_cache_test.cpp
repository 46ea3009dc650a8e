// The per-connection statement cache: reuse, the same type streaming twice, the LRU bound,
// schema changes.
#include <catch2/catch.hpp>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
auto fresh() {
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  return db;
}
}  // namespace

TEST_CASE("running the same statement type again reuses its prepared statement", "[sqlite][cache]") {
  auto db = fresh();
  const std::size_t before = db.cached_statements();
  for (int i = 0; i < 100; ++i) db(insert_into(users).set(users.name = "u", users.age = i));
  CHECK(db.cached_statements() == before + 1);
  for (std::int64_t i = 1; i <= 100; ++i) CHECK(db(select(users.age).from(users).where(users.id == i)).first() == std::tuple{int(i - 1)});
  CHECK(db.cached_statements() == before + 2);
  // The cached statement is the one sqlite3_next_stmt finds: no hidden copies.
  int live = 0;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db.native_handle(), nullptr); s != nullptr; s = sqlite3_next_stmt(db.native_handle(), s)) ++live;
  CHECK(live == static_cast<int>(db.cached_statements()));
}

TEST_CASE("a statement type used while its rows still stream gets a second statement", "[sqlite][cache]") {
  auto db = fresh();
  for (int i = 0; i < 3; ++i) db(insert_into(users).set(users.name = "u", users.age = i));
  int pairs = 0;
  for (auto [a] : db(select(users.age).from(users)))
    for (auto [b] : db(select(users.age).from(users))) pairs += (a == b);
  CHECK(pairs == 3);
}

namespace {
/// Text whose copies and moves throw once `moves_left` of them have happened (-1: never): the
/// statement a select keeps for its rows is copied or moved into its result.
int moves_left = -1;
struct touchy_text {
  std::string text;
  explicit touchy_text(std::string t) : text(std::move(t)) {}
  touchy_text(const touchy_text& other) : text(other.text) { count(); }
  touchy_text(touchy_text&& other) : text(std::move(other.text)) { count(); }  // not noexcept, as users write it
  touchy_text& operator=(const touchy_text&) = default;
  static void count() {
    if (moves_left == 0) throw std::runtime_error("touchy_text: no more copies");
    if (moves_left > 0) --moves_left;
  }
};
}  // namespace
template <>
struct ctql::value_traits<touchy_text> {
  using stored_type = std::string;
  static const std::string& to_stored(const touchy_text& v) { return v.text; }
  static touchy_text from_stored(const std::string& s) { return touchy_text(s); }
};
namespace {
struct notes_t : ctql::table<notes_t, "notes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"body", touchy_text> body;
};
constexpr notes_t notes{};

int open_statements(sqlite3* db) {
  int n = 0;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s != nullptr; s = sqlite3_next_stmt(db, s)) ++n;
  return n;
}
}  // namespace

TEST_CASE("a select whose statement cannot be kept for its rows leaves its cached statement free", "[sqlite][cache]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(notes);
  db(insert_into(notes).set(notes.body = touchy_text("a")));
  const auto q = select(notes.id).from(notes).where(notes.body == touchy_text("a"));
  const int before = open_statements(db.native_handle());  // the insert's
  // A named statement is copied into its result: here the copy throws.
  moves_left = 0;
  CHECK_THROWS_WITH(db(q).all(), "touchy_text: no more copies");
  moves_left = -1;
  // A temporary is moved out of the argument, then into its result: here the second move throws.
  auto temporary = q;
  moves_left = 1;
  CHECK_THROWS_WITH(db(std::move(temporary)).all(), "touchy_text: no more copies");
  moves_left = -1;
  // Had a failure kept the select's statement leased, it would stay open and in use, and the select
  // below would need a second, one-off statement while its rows are open: 2 more, not 1.
  auto rows = db(q);
  CHECK(open_statements(db.native_handle()) == before + 1);
  CHECK(rows.all() == std::vector<std::tuple<std::int64_t>>{{1}});
}

TEST_CASE("the cache is bounded: least recently used statements are finalized", "[sqlite][cache]") {
  sqlite3* handle = nullptr;
  REQUIRE(sqlite3_open(":memory:", &handle) == SQLITE_OK);
  sqlite::connection db(handle, 2);
  db.create_all(users);
  db(select(users.id).from(users).where(users.id == 1)).all();
  db(select(users.name).from(users).where(users.id == 1)).all();
  db(select(users.age).from(users).where(users.id == 1)).all();
  CHECK(db.cached_statements() == 2);
  db(select(users.id).from(users).where(users.id == 1)).all();  // prepared again after eviction
  CHECK(db.cached_statements() == 2);
}

TEST_CASE("a cached statement follows schema changes", "[sqlite][cache]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "before"));
  auto names = [&] { return db(select(users.name).from(users)).all(); };
  CHECK(names().size() == 1);
  db.drop_all(users);
  CHECK_THROWS_AS(names(), ctql::error);  // no such table, reported with the SQL
  db.create_all(users);
  CHECK(names().empty());  // the same cached statement works on the new table
  db.execute(R"(ALTER TABLE "users" ADD COLUMN "extra" INTEGER)");
  db(insert_into(users).set(users.name = "after"));
  CHECK(names() == std::vector<std::tuple<std::string>>{{"after"}});
}

TEST_CASE("values SQLite cannot hold are refused, not wrapped", "[sqlite]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(samples);
  CHECK_THROWS_WITH(db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{1},
                                                samples.big = std::uint64_t{1} << 63, samples.data = ctql::blob{},
                                                samples.at = ctql::timestamp{})),
                    Catch::Contains("does not fit"));
}

TEST_CASE("opening a database that cannot be opened raises ctql::error", "[sqlite]") {
  CHECK_THROWS_AS(sqlite::connect("/nonexistent-dir/x.db"), ctql::error);
}

TEST_CASE("a file database keeps its data across connections", "[sqlite]") {
  const std::string path = "ctql_sqlite_file_test.db";
  std::remove(path.c_str());
  {
    auto db = sqlite::connect(path);
    db.create_all(users);
    db(insert_into(users).set(users.name = "persisted"));
  }
  {
    auto db = sqlite::connect(path);
    CHECK(db(select(users.name).from(users)).first() == std::tuple{std::string("persisted")});
  }
  std::remove(path.c_str());
}
