// Reading rows into your own structs: insert several messages, then select every column
// with all_of(messages) and read the rows into `Message` objects with .as<Message>()
// (an aggregate whose members are in the table's column order).
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <ctql/sqlite.hpp>

struct messages_t : ctql::table<messages_t, "messages"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"message", std::string> message;
};
inline constexpr messages_t messages{};

struct Message {
  std::int64_t id;
  std::string message;
};

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  db.create_all(messages);
  std::cout << "created table messages\n";

  const std::vector<std::string> texts{"Hello, World!", "How are you?", "Goodbye!"};
  for (const auto& text : texts) {
    const auto id = db(insert_into(messages).set(messages.message = text)).last_insert_id;
    std::cout << "inserted '" << text << "' as id " << id << '\n';
  }

  const std::vector<Message> read = db(select(all_of(messages)).from(messages).order_by(messages.id)).as<Message>();
  std::cout << "read back " << read.size() << " messages:\n";
  for (const Message& m : read) std::cout << "  Message{id = " << m.id << ", message = \"" << m.message << "\"}\n";

  if (read.size() != texts.size()) {
    std::cerr << "error: expected " << texts.size() << " messages\n";
    return 1;
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (read[i].message != texts[i] || (i > 0 && read[i].id <= read[i - 1].id)) {
      std::cerr << "error: message " << i << " differs from the one written\n";
      return 1;
    }
  }
  return 0;
}
