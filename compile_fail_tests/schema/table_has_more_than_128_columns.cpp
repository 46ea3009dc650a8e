// Rule: a table has at most 128 columns (what scripts/generate-member-types.py binds); the 129th
// gives one ctql: message where the table's columns are asked for, not a structured-binding error.
// CTQL-EXPECT-ERROR: ctql: a table has at most 128 columns
// CTQL-FIX: Split the table into tables that share a key, or raise MAX in scripts/generate-member-types.py and run it.
#include <ctql/ctql.hpp>

struct widest_t : ctql::table<widest_t, "widest"> {
  column<"c0", int> c0; column<"c1", int> c1; column<"c2", int> c2; column<"c3", int> c3; column<"c4", int> c4; column<"c5", int> c5;
  column<"c6", int> c6; column<"c7", int> c7; column<"c8", int> c8; column<"c9", int> c9; column<"c10", int> c10; column<"c11", int> c11;
  column<"c12", int> c12; column<"c13", int> c13; column<"c14", int> c14; column<"c15", int> c15; column<"c16", int> c16; column<"c17", int> c17;
  column<"c18", int> c18; column<"c19", int> c19; column<"c20", int> c20; column<"c21", int> c21; column<"c22", int> c22; column<"c23", int> c23;
  column<"c24", int> c24; column<"c25", int> c25; column<"c26", int> c26; column<"c27", int> c27; column<"c28", int> c28; column<"c29", int> c29;
  column<"c30", int> c30; column<"c31", int> c31; column<"c32", int> c32; column<"c33", int> c33; column<"c34", int> c34; column<"c35", int> c35;
  column<"c36", int> c36; column<"c37", int> c37; column<"c38", int> c38; column<"c39", int> c39; column<"c40", int> c40; column<"c41", int> c41;
  column<"c42", int> c42; column<"c43", int> c43; column<"c44", int> c44; column<"c45", int> c45; column<"c46", int> c46; column<"c47", int> c47;
  column<"c48", int> c48; column<"c49", int> c49; column<"c50", int> c50; column<"c51", int> c51; column<"c52", int> c52; column<"c53", int> c53;
  column<"c54", int> c54; column<"c55", int> c55; column<"c56", int> c56; column<"c57", int> c57; column<"c58", int> c58; column<"c59", int> c59;
  column<"c60", int> c60; column<"c61", int> c61; column<"c62", int> c62; column<"c63", int> c63; column<"c64", int> c64; column<"c65", int> c65;
  column<"c66", int> c66; column<"c67", int> c67; column<"c68", int> c68; column<"c69", int> c69; column<"c70", int> c70; column<"c71", int> c71;
  column<"c72", int> c72; column<"c73", int> c73; column<"c74", int> c74; column<"c75", int> c75; column<"c76", int> c76; column<"c77", int> c77;
  column<"c78", int> c78; column<"c79", int> c79; column<"c80", int> c80; column<"c81", int> c81; column<"c82", int> c82; column<"c83", int> c83;
  column<"c84", int> c84; column<"c85", int> c85; column<"c86", int> c86; column<"c87", int> c87; column<"c88", int> c88; column<"c89", int> c89;
  column<"c90", int> c90; column<"c91", int> c91; column<"c92", int> c92; column<"c93", int> c93; column<"c94", int> c94; column<"c95", int> c95;
  column<"c96", int> c96; column<"c97", int> c97; column<"c98", int> c98; column<"c99", int> c99; column<"c100", int> c100; column<"c101", int> c101;
  column<"c102", int> c102; column<"c103", int> c103; column<"c104", int> c104; column<"c105", int> c105; column<"c106", int> c106; column<"c107", int> c107;
  column<"c108", int> c108; column<"c109", int> c109; column<"c110", int> c110; column<"c111", int> c111; column<"c112", int> c112; column<"c113", int> c113;
  column<"c114", int> c114; column<"c115", int> c115; column<"c116", int> c116; column<"c117", int> c117; column<"c118", int> c118; column<"c119", int> c119;
  column<"c120", int> c120; column<"c121", int> c121; column<"c122", int> c122; column<"c123", int> c123; column<"c124", int> c124; column<"c125", int> c125;
  column<"c126", int> c126; column<"c127", int> c127;
#ifdef CTQL_COMPILE_FAIL
  column<"c128", int> c128;
#endif
};
inline constexpr widest_t widest{};

[[maybe_unused]] constexpr auto q = ctql::select(ctql::all_of(widest)).from(widest);
static_assert(ctql::sql<ctql::sqlite>(q).ends_with(R"("widest"."c127" FROM "widest")"));
