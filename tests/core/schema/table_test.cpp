// Tables find their own columns; column options are visible as traits.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;

TEST_CASE("a table knows its columns in declaration order", "[schema]") {
  using cols = ctql::columns_of<users_t>;
  STATIC_REQUIRE(cols::size == 4);
  STATIC_REQUIRE(std::is_same_v<cols, ctql::type_list<decltype(users_t::id), decltype(users_t::name),
                                                      decltype(users_t::age), decltype(users_t::email)>>);
  STATIC_REQUIRE(ctql::columns_of<samples_t>::size == 11);
}

TEST_CASE("column traits", "[schema]") {
  using id = decltype(users_t::id);
  using name = decltype(users_t::name);
  using age = decltype(users_t::age);
  using email = decltype(users_t::email);
  STATIC_REQUIRE(id::is_auto_assigned);
  STATIC_REQUIRE_FALSE(id::is_required);
  STATIC_REQUIRE(name::is_required);
  STATIC_REQUIRE_FALSE(age::is_required);
  STATIC_REQUIRE(email::is_nullable);
  STATIC_REQUIRE(email::is_unique);
  STATIC_REQUIRE(std::is_same_v<decltype(posts_t::user_id)::references_option::column, id>);
  STATIC_REQUIRE(name::sql_name == "name");
  STATIC_REQUIRE(decltype(posts_t::class_)::sql_name == "class");
}

namespace {
// A table of 64 columns: the reflection must reach that far.
struct wide_t : ctql::table<wide_t, "wide"> {
  column<"c0", int> c0; column<"c1", int> c1; column<"c2", int> c2; column<"c3", int> c3;
  column<"c4", int> c4; column<"c5", int> c5; column<"c6", int> c6; column<"c7", int> c7;
  column<"c8", int> c8; column<"c9", int> c9; column<"c10", int> c10; column<"c11", int> c11;
  column<"c12", int> c12; column<"c13", int> c13; column<"c14", int> c14; column<"c15", int> c15;
  column<"c16", int> c16; column<"c17", int> c17; column<"c18", int> c18; column<"c19", int> c19;
  column<"c20", int> c20; column<"c21", int> c21; column<"c22", int> c22; column<"c23", int> c23;
  column<"c24", int> c24; column<"c25", int> c25; column<"c26", int> c26; column<"c27", int> c27;
  column<"c28", int> c28; column<"c29", int> c29; column<"c30", int> c30; column<"c31", int> c31;
  column<"c32", int> c32; column<"c33", int> c33; column<"c34", int> c34; column<"c35", int> c35;
  column<"c36", int> c36; column<"c37", int> c37; column<"c38", int> c38; column<"c39", int> c39;
  column<"c40", int> c40; column<"c41", int> c41; column<"c42", int> c42; column<"c43", int> c43;
  column<"c44", int> c44; column<"c45", int> c45; column<"c46", int> c46; column<"c47", int> c47;
  column<"c48", int> c48; column<"c49", int> c49; column<"c50", int> c50; column<"c51", int> c51;
  column<"c52", int> c52; column<"c53", int> c53; column<"c54", int> c54; column<"c55", int> c55;
  column<"c56", int> c56; column<"c57", int> c57; column<"c58", int> c58; column<"c59", int> c59;
  column<"c60", int> c60; column<"c61", int> c61; column<"c62", int> c62; column<"c63", int> c63;
};
inline constexpr wide_t wide{};
}  // namespace

TEST_CASE("a 64-column table", "[schema]") {
  STATIC_REQUIRE(ctql::columns_of<wide_t>::size == 64);
  auto q = ctql::select(ctql::all_of(wide)).from(wide);
  STATIC_REQUIRE(ctql::sql<ctql::sqlite>(q).ends_with(R"("wide"."c63" FROM "wide")"));
}
