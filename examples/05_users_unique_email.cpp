// Constraints are enforced by the database: a unique email cannot be used twice, and a
// max_length<50> name cannot hold 51 characters. Each refusal raises ctql::error and
// leaves the table as it was.
#include <cstdint>
#include <iostream>
#include <string>
#include <tuple>

#include <ctql/sqlite.hpp>

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;  // NOT NULL, at most 50 characters
  column<"email", std::string, ctql::unique> email;
};
inline constexpr users_t users{};

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  std::cout << "created table users\n";

  auto count_users = [&db] { return std::get<0>(*db(select(count()).from(users)).first()); };

  db(insert_into(users).set(users.name = "Ada", users.email = "ada@example.org"));
  std::cout << "inserted Ada <ada@example.org>\n";

  bool refused = false;
  try {
    db(insert_into(users).set(users.name = "Impostor", users.email = "ada@example.org"));
  } catch (const ctql::error& e) {
    refused = true;
    std::cout << "second user with the same email refused: " << e.what() << '\n';
  }
  if (!refused) {
    std::cerr << "error: a duplicate email was accepted\n";
    return 1;
  }

  refused = false;
  const std::string long_name(51, 'x');
  try {
    db(insert_into(users).set(users.name = long_name, users.email = "long@example.org"));
  } catch (const ctql::error& e) {
    refused = true;
    std::cout << "51-character name refused: " << e.what() << '\n';
  }
  if (!refused) {
    std::cerr << "error: a 51-character name was accepted\n";
    return 1;
  }

  const std::int64_t n = count_users();
  std::cout << "users in the table: " << n << '\n';
  if (n != 1) {
    std::cerr << "error: expected exactly one user\n";
    return 1;
  }
  return 0;
}
