// Built against an installed ctql (or add_subdirectory) by scripts/test: ctql::sqlite must bring
// the headers, Boost and SQLite3 with it, and a statement must run.
#include <cstdio>

#include <ctql/sqlite.hpp>

namespace {
struct notes_t : ctql::table<notes_t, "notes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"text", std::string> text;
};
inline constexpr notes_t notes{};
}  // namespace

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(notes);
  db(ctql::insert_into(notes).set(notes.text = "consumed"));
  const auto row = db(ctql::select(notes.text).from(notes)).first();
  if (!row || std::get<0>(*row) != "consumed") return 1;
#ifdef CTQL_HEADER_ONLY
  std::puts("consumer: ctql::sqlite works header-only");
#else
  std::puts("consumer: ctql::sqlite works");
#endif
  return 0;
}
