// The session on an engine connection: the database is chosen from a URL at run time (sqlite://, or
// the URL given as the first argument), and the session writes the keys the database assigns back
// into the objects the way that database does (SQLite: consecutive keys; MariaDB and PostgreSQL:
// INSERT ... RETURNING; MySQL 8: one insert per object). docs/engine.md, docs/orm.md.
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

// ctql::engine holds the three connectors; a build without the MySQL or PostgreSQL one has no engine.
#if __has_include(<mysql.h>) && __has_include(<libpq-fe.h>)
#include <ctql/engine.hpp>
#include <ctql/orm.hpp>

struct messages_t : ctql::table<messages_t, "messages"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"message", std::string, ctql::max_length<80>> message;
};
inline constexpr messages_t messages{};

struct Message {
  using table = messages_t;
  std::int64_t id = 0;  // 0: not assigned yet; the database assigns it at commit
  std::string message = {};
};

int main(int argc, char** argv) {
  auto engine = ctql::create_engine(argc > 1 ? argv[1] : "sqlite://");  // create_engine(url)
  auto db = engine.connect();
  db.drop_all(messages);
  db.create_all(messages);

  auto session = ctql::session(db);  // as on a connection of a known dialect
  Message& hello = session.add(Message{.message = "Hello"});
  const auto more = session.add_all(std::vector<Message>{{.message = "from"}, {.message = "an engine"}});
  session.commit();
  std::cout << engine.dialect_name() << ": keys " << hello.id << ", " << more[0]->id << ", " << more[1]->id << '\n';

  // A new table's keys start at 1 on every database: Hello 1, from 2, an engine 3, each its own row.
  const std::vector<std::pair<std::int64_t, std::string>> expected{{1, "Hello"}, {2, "from"}, {3, "an engine"}};
  const std::vector<const Message*> objects{&hello, more[0], more[1]};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto row = db.get<Message>(objects[i]->id);
    if (objects[i]->id != expected[i].first || !row || row->message != expected[i].second) {
      std::cerr << "error: expected key " << expected[i].first << " for \"" << expected[i].second << "\"\n";
      return 1;
    }
  }
  db.drop_all(messages);
  return 0;
}
#else
int main() {
  std::cout << "ctql::engine is not built here (it needs the MySQL and PostgreSQL connectors)\n";
  return 0;
}
#endif
