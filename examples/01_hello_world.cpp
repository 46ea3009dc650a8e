// Hello, World! with ctql: declare a table, create it in an in-memory SQLite database,
// insert one message and read it back. Also prints the INSERT's SQL, which is fixed at
// compile time (a C++ value is always a bound parameter, never part of the text).
#include <cstdint>
#include <iostream>
#include <string>

#include <ctql/sqlite.hpp>

struct messages_t : ctql::table<messages_t, "messages"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"message", std::string> message;
};
inline constexpr messages_t messages{};

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(messages);
  std::cout << "created table messages\n";

  const auto q = ctql::insert_into(messages).set(messages.message = "Hello, World!");
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(INSERT INTO "messages" ("message") VALUES (?))");
  std::cout << "insert SQL (compile time): " << ctql::sql<ctql::sqlite>(q) << '\n';
  const auto inserted = db(q);
  std::cout << "inserted 'Hello, World!' as id " << inserted.last_insert_id << '\n';

  const auto row = db(ctql::select(messages.id, messages.message).from(messages)).first();
  if (!row) {
    std::cerr << "error: no row read back\n";
    return 1;
  }
  const auto& [id, message] = *row;
  std::cout << "read back: " << id << ' ' << message << '\n';
  if (id != inserted.last_insert_id || message != "Hello, World!") {
    std::cerr << "error: the row read back differs from the one written\n";
    return 1;
  }
  return 0;
}
