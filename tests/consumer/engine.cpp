// Built against an installed ctql (or add_subdirectory) by scripts/test when ctql::engine exists:
// it must bring the three connectors, and an engine must run a statement.
#include <cstdio>

#include <ctql/engine.hpp>

namespace {
struct notes_t : ctql::table<notes_t, "notes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"text", std::string> text;
};
inline constexpr notes_t notes{};
}  // namespace

int main() {
  auto engine = ctql::create_engine("sqlite://");
  auto db = engine.connect();
  db.create_all(notes);
  db(ctql::insert_into(notes).set(notes.text = "consumed"));
  const auto row = db(ctql::select(notes.text).from(notes)).first();
  if (!row || std::get<0>(*row) != "consumed") return 1;
  std::puts("consumer: ctql::engine works");
  return 0;
}
