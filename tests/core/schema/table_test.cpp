// Tables find their own columns; column options are visible as traits.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

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

namespace {
struct single_t : ctql::table<single_t, "single"> {
  column<"only", std::string> only;
};
struct no_columns_t : ctql::table<no_columns_t, "no_columns"> {};

// The maximum: 128 columns, types in turn int, std::string, double, bool (column i has i % 4).
struct widest_t : ctql::table<widest_t, "widest"> {
  column<"c0", int> c0; column<"c1", std::string> c1; column<"c2", double> c2; column<"c3", bool> c3;
  column<"c4", int> c4; column<"c5", std::string> c5; column<"c6", double> c6; column<"c7", bool> c7;
  column<"c8", int> c8; column<"c9", std::string> c9; column<"c10", double> c10; column<"c11", bool> c11;
  column<"c12", int> c12; column<"c13", std::string> c13; column<"c14", double> c14; column<"c15", bool> c15;
  column<"c16", int> c16; column<"c17", std::string> c17; column<"c18", double> c18; column<"c19", bool> c19;
  column<"c20", int> c20; column<"c21", std::string> c21; column<"c22", double> c22; column<"c23", bool> c23;
  column<"c24", int> c24; column<"c25", std::string> c25; column<"c26", double> c26; column<"c27", bool> c27;
  column<"c28", int> c28; column<"c29", std::string> c29; column<"c30", double> c30; column<"c31", bool> c31;
  column<"c32", int> c32; column<"c33", std::string> c33; column<"c34", double> c34; column<"c35", bool> c35;
  column<"c36", int> c36; column<"c37", std::string> c37; column<"c38", double> c38; column<"c39", bool> c39;
  column<"c40", int> c40; column<"c41", std::string> c41; column<"c42", double> c42; column<"c43", bool> c43;
  column<"c44", int> c44; column<"c45", std::string> c45; column<"c46", double> c46; column<"c47", bool> c47;
  column<"c48", int> c48; column<"c49", std::string> c49; column<"c50", double> c50; column<"c51", bool> c51;
  column<"c52", int> c52; column<"c53", std::string> c53; column<"c54", double> c54; column<"c55", bool> c55;
  column<"c56", int> c56; column<"c57", std::string> c57; column<"c58", double> c58; column<"c59", bool> c59;
  column<"c60", int> c60; column<"c61", std::string> c61; column<"c62", double> c62; column<"c63", bool> c63;
  column<"c64", int> c64; column<"c65", std::string> c65; column<"c66", double> c66; column<"c67", bool> c67;
  column<"c68", int> c68; column<"c69", std::string> c69; column<"c70", double> c70; column<"c71", bool> c71;
  column<"c72", int> c72; column<"c73", std::string> c73; column<"c74", double> c74; column<"c75", bool> c75;
  column<"c76", int> c76; column<"c77", std::string> c77; column<"c78", double> c78; column<"c79", bool> c79;
  column<"c80", int> c80; column<"c81", std::string> c81; column<"c82", double> c82; column<"c83", bool> c83;
  column<"c84", int> c84; column<"c85", std::string> c85; column<"c86", double> c86; column<"c87", bool> c87;
  column<"c88", int> c88; column<"c89", std::string> c89; column<"c90", double> c90; column<"c91", bool> c91;
  column<"c92", int> c92; column<"c93", std::string> c93; column<"c94", double> c94; column<"c95", bool> c95;
  column<"c96", int> c96; column<"c97", std::string> c97; column<"c98", double> c98; column<"c99", bool> c99;
  column<"c100", int> c100; column<"c101", std::string> c101; column<"c102", double> c102; column<"c103", bool> c103;
  column<"c104", int> c104; column<"c105", std::string> c105; column<"c106", double> c106; column<"c107", bool> c107;
  column<"c108", int> c108; column<"c109", std::string> c109; column<"c110", double> c110; column<"c111", bool> c111;
  column<"c112", int> c112; column<"c113", std::string> c113; column<"c114", double> c114; column<"c115", bool> c115;
  column<"c116", int> c116; column<"c117", std::string> c117; column<"c118", double> c118; column<"c119", bool> c119;
  column<"c120", int> c120; column<"c121", std::string> c121; column<"c122", double> c122; column<"c123", bool> c123;
  column<"c124", int> c124; column<"c125", std::string> c125; column<"c126", double> c126; column<"c127", bool> c127;
};
// One past the maximum: 129 int columns.
struct too_wide_t : ctql::table<too_wide_t, "too_wide"> {
  column<"c0", int> c0; column<"c1", int> c1; column<"c2", int> c2; column<"c3", int> c3; column<"c4", int> c4;
  column<"c5", int> c5; column<"c6", int> c6; column<"c7", int> c7; column<"c8", int> c8; column<"c9", int> c9;
  column<"c10", int> c10; column<"c11", int> c11; column<"c12", int> c12; column<"c13", int> c13; column<"c14", int> c14;
  column<"c15", int> c15; column<"c16", int> c16; column<"c17", int> c17; column<"c18", int> c18; column<"c19", int> c19;
  column<"c20", int> c20; column<"c21", int> c21; column<"c22", int> c22; column<"c23", int> c23; column<"c24", int> c24;
  column<"c25", int> c25; column<"c26", int> c26; column<"c27", int> c27; column<"c28", int> c28; column<"c29", int> c29;
  column<"c30", int> c30; column<"c31", int> c31; column<"c32", int> c32; column<"c33", int> c33; column<"c34", int> c34;
  column<"c35", int> c35; column<"c36", int> c36; column<"c37", int> c37; column<"c38", int> c38; column<"c39", int> c39;
  column<"c40", int> c40; column<"c41", int> c41; column<"c42", int> c42; column<"c43", int> c43; column<"c44", int> c44;
  column<"c45", int> c45; column<"c46", int> c46; column<"c47", int> c47; column<"c48", int> c48; column<"c49", int> c49;
  column<"c50", int> c50; column<"c51", int> c51; column<"c52", int> c52; column<"c53", int> c53; column<"c54", int> c54;
  column<"c55", int> c55; column<"c56", int> c56; column<"c57", int> c57; column<"c58", int> c58; column<"c59", int> c59;
  column<"c60", int> c60; column<"c61", int> c61; column<"c62", int> c62; column<"c63", int> c63; column<"c64", int> c64;
  column<"c65", int> c65; column<"c66", int> c66; column<"c67", int> c67; column<"c68", int> c68; column<"c69", int> c69;
  column<"c70", int> c70; column<"c71", int> c71; column<"c72", int> c72; column<"c73", int> c73; column<"c74", int> c74;
  column<"c75", int> c75; column<"c76", int> c76; column<"c77", int> c77; column<"c78", int> c78; column<"c79", int> c79;
  column<"c80", int> c80; column<"c81", int> c81; column<"c82", int> c82; column<"c83", int> c83; column<"c84", int> c84;
  column<"c85", int> c85; column<"c86", int> c86; column<"c87", int> c87; column<"c88", int> c88; column<"c89", int> c89;
  column<"c90", int> c90; column<"c91", int> c91; column<"c92", int> c92; column<"c93", int> c93; column<"c94", int> c94;
  column<"c95", int> c95; column<"c96", int> c96; column<"c97", int> c97; column<"c98", int> c98; column<"c99", int> c99;
  column<"c100", int> c100; column<"c101", int> c101; column<"c102", int> c102; column<"c103", int> c103; column<"c104", int> c104;
  column<"c105", int> c105; column<"c106", int> c106; column<"c107", int> c107; column<"c108", int> c108; column<"c109", int> c109;
  column<"c110", int> c110; column<"c111", int> c111; column<"c112", int> c112; column<"c113", int> c113; column<"c114", int> c114;
  column<"c115", int> c115; column<"c116", int> c116; column<"c117", int> c117; column<"c118", int> c118; column<"c119", int> c119;
  column<"c120", int> c120; column<"c121", int> c121; column<"c122", int> c122; column<"c123", int> c123; column<"c124", int> c124;
  column<"c125", int> c125; column<"c126", int> c126; column<"c127", int> c127; column<"c128", int> c128;
};

/// Whether Column is named c<i> and has type Types[i % size of Types].
template <class Column, class... Types>
constexpr bool numbered_column(std::size_t i) {
  char digits[4] = {};  // i < 1000, least significant digit first
  std::size_t n = 0;
  for (std::size_t rest = i; n == 0 || rest > 0; rest /= 10) digits[n++] = char('0' + rest % 10);
  std::string_view name = Column::sql_name;
  if (name.size() != n + 1 || name[0] != 'c') return false;
  for (std::size_t d = 0; d < n; ++d)
    if (name[1 + d] != digits[n - 1 - d]) return false;
  constexpr bool is_type[] = {std::is_same_v<typename Column::value_type, Types>...};
  return is_type[i % sizeof...(Types)];
}
/// Whether the columns are c0, c1, ... in that order, column i of type Types[i % size of Types].
template <class... Types, class... Columns>
constexpr bool numbered_columns(ctql::type_list<Columns...>) {
  std::size_t i = 0;
  return (numbered_column<Columns, Types...>(i++) && ...);
}
}  // namespace

TEST_CASE("a table finds 1, 64 and 128 columns with their types, in order", "[schema]") {
  // One column: the list is exactly that column.
  STATIC_REQUIRE(std::is_same_v<ctql::columns_of<single_t>, ctql::type_list<decltype(single_t::only)>>);
  STATIC_REQUIRE(std::is_same_v<ctql::columns_of<no_columns_t>, ctql::type_list<>>);
  // 64 int columns named c0..c63; 128 columns c0..c127 of int, std::string, double, bool in turn.
  STATIC_REQUIRE(ctql::columns_of<wide_t>::size == 64);
  STATIC_REQUIRE(numbered_columns<int>(ctql::columns_of<wide_t>{}));
  STATIC_REQUIRE(ctql::columns_of<widest_t>::size == 128);
  STATIC_REQUIRE(numbered_columns<int, std::string, double, bool>(ctql::columns_of<widest_t>{}));
  STATIC_REQUIRE(std::is_same_v<ctql::meta::first<ctql::columns_of<widest_t>>, decltype(widest_t::c0)>);
  STATIC_REQUIRE(ctql::meta::index_of<decltype(widest_t::c127), ctql::columns_of<widest_t>> == 127);
  // The check itself refuses a wrong count, order or type.
  STATIC_REQUIRE_FALSE(numbered_columns<int>(ctql::columns_of<widest_t>{}));
  STATIC_REQUIRE_FALSE(numbered_columns<int>(ctql::type_list<decltype(wide_t::c1), decltype(wide_t::c0)>{}));
}

TEST_CASE("a table with more columns than the maximum is counted as one more", "[schema]") {
  // The count stops one past max_table_columns (128), where columns_of refuses the table with a
  // ctql: message (compile_fail_tests/schema/table_has_more_than_128_columns.cpp).
  STATIC_REQUIRE(ctql::detail::max_table_columns == 128);
  STATIC_REQUIRE(ctql::detail::count_columns<widest_t>() == 128);
  STATIC_REQUIRE(ctql::detail::count_columns<too_wide_t>() == 129);
  STATIC_REQUIRE(ctql::detail::count_columns<single_t>() == 1);
  STATIC_REQUIRE(ctql::detail::count_columns<no_columns_t>() == 0);
}
