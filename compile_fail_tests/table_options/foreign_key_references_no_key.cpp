// Rule: a foreign key references the primary key, or the columns of a unique constraint or unique
// index, of its table, in their order (the databases refuse anything else). Checked where the DDL is made.
// CTQL-EXPECT-ERROR: ctql: foreign_key\(...\).references\(...\) must name the referenced table's primary key
// CTQL-FIX: Reference the other table's primary key, or the columns of one of its unique constraints or unique indexes in their order (add `ctql::unique_together(...)` there if needed).
#include <cstdint>
#include <string>

#include <ctql/ctql.hpp>

struct people_t : ctql::table<people_t, "people"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"first", std::string> first;
  column<"last", std::string> last;
};
inline constexpr people_t people{};
template <>
inline constexpr auto ctql::table_options<people_t> = ctql::options(ctql::unique_together(people.first, people.last));

struct notes_t : ctql::table<notes_t, "notes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"first", std::string> first;
  column<"last", std::string> last;
};
inline constexpr notes_t notes{};

#ifdef CTQL_COMPILE_FAIL
// (last, first) is not (first, last): no unique constraint has these columns in this order.
template <>
inline constexpr auto ctql::table_options<notes_t> =
    ctql::options(ctql::foreign_key(notes.last, notes.first).references(people.last, people.first));
#else
template <>
inline constexpr auto ctql::table_options<notes_t> =
    ctql::options(ctql::foreign_key(notes.first, notes.last).references(people.first, people.last));
#endif

[[maybe_unused]] constexpr auto ddl = ctql::create_table<ctql::postgres>(notes);
