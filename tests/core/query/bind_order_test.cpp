// The values a statement binds, in the order its placeholders appear.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
// Writes each bound value as text, so a test can compare the sequence.
struct value_recorder {
  std::vector<std::string> values;
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_arithmetic_v<T>) values.push_back(std::to_string(v));
    else if constexpr (std::is_convertible_v<T, std::string_view>) values.emplace_back(std::string_view(v));
    else if constexpr (is_optional_v<T>) values.push_back(v ? "some" : "NULL");
    else values.push_back("param:" + std::string(T::name));
  }
};

template <class Q>
std::vector<std::string> bound(const Q& q) {
  value_recorder r;
  q.visit(r);
  return r.values;
}
}  // namespace

TEST_CASE("select binds where, having, limit and offset in text order", "[bind]") {
  auto q = select(users.name, count(posts.id))
               .from(users.left_join(posts).on(posts.user_id == users.id && posts.title != "draft"))
               .where(users.age.between(18, 65) && users.name.like("A%"))
               .group_by(users.name)
               .having(count(posts.id) > 2)
               .limit(10)
               .offset(20);
  CHECK(bound(q) == std::vector<std::string>{"draft", "18", "65", "A%", "2", "10", "20"});
}

TEST_CASE("insert and update bind their values in order", "[bind]") {
  CHECK(bound(insert_into(users).set(users.name = "Alice", users.age = 30, users.email = std::nullopt)) ==
        std::vector<std::string>{"Alice", "30", "NULL"});
  CHECK(bound(update(users).set(users.age = users.age + 1, users.name = "B").where(users.id == 7)) ==
        std::vector<std::string>{"1", "B", "7"});
}

TEST_CASE("case, in and subqueries bind in order", "[bind]") {
  auto q = select(case_when(users.age < 18, "minor").else_("adult"))
               .from(users)
               .where(users.id.in(1, 2) && exists(select(posts.id).from(posts).where(posts.title == "t")));
  CHECK(bound(q) == std::vector<std::string>{"18", "minor", "adult", "1", "2", "t"});
}

TEST_CASE("parameters are visited where they stand", "[bind]") {
  auto q = select(users.name).from(users).where(users.age >= param<"min"> && users.id == 3);
  CHECK(bound(q) == std::vector<std::string>{"param:min", "3"});
}

TEST_CASE("a range in in() binds every element", "[bind]") {
  std::vector<std::int64_t> ids{4, 5};
  auto q = select(users.name).from(users).where(users.id.in(ids) && users.age > 3);
  CHECK(bound(q) == std::vector<std::string>{"4", "5", "3"});
}

TEST_CASE("offset given before limit still binds the limit first, as LIMIT ? OFFSET ? reads", "[bind]") {
  // The SQL is "... LIMIT ? OFFSET ?" whichever method came first, so the bound values are the
  // count (10) and then the offset (20): worked out from the SQL text, not from the builder order.
  auto q = select(users.id).from(users).offset(20).limit(10);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."id" FROM "users" LIMIT ? OFFSET ?)");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id" FROM "users" LIMIT $1 OFFSET $2)");
  CHECK(bound(q) == std::vector<std::string>{"10", "20"});
}
