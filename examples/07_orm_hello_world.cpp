// Hello, World! with mapped structs (the seed's "SQLAlchemy ORM" chapter): a declarative model is a
// plain struct naming its table; a session adds it, commits, and queries the first message back.
#include <cstdint>
#include <iostream>
#include <string>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

struct messages_t : ctql::table<messages_t, "messages"> {   // Table('messages', metadata, ...)
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"message", std::string> message;
};
inline constexpr messages_t messages{};

struct Message {                 // class Message(Base): __tablename__ = 'messages'
  using table = messages_t;
  std::int64_t id = 0;           // 0: not assigned yet; the database assigns it at commit
  std::string message = {};
};

int main() {
  auto db = ctql::sqlite::connect(":memory:");    // create_engine('sqlite://')
  db.create_all(messages);                        // Base.metadata.create_all(engine)
  std::cout << "created table messages\n";

  auto session = ctql::session(db);               // Session = sessionmaker(bind=engine); session = Session()
  Message& message = session.add(Message{.message = "Hello World!"});
  std::cout << "added Message{message = \"" << message.message << "\"}, id before commit = " << message.id << '\n';
  session.commit();
  std::cout << "committed: the database assigned id = " << message.id << '\n';

  const Message* instance = session.query<Message>().first();   // session.query(Message).first()
  if (instance == nullptr) {
    std::cerr << "error: no message read back\n";
    return 1;
  }
  std::cout << "query(Message).first(): " << instance->message << '\n';
  if (instance != &message || instance->message != "Hello World!" || message.id != 1) {
    std::cerr << "error: expected the session's own object, id 1, \"Hello World!\"\n";
    return 1;
  }
  return 0;
}
