// The interview question of the seeds: what do a session's add(), merge() and add_all() do?
//   add(obj)       a new object, pending until commit; a key the session already has is an error
//   merge(obj)     the session's object for obj's key, updated to obj's values if the key exists
//                  (loaded from the database first), otherwise obj itself, inserted at commit
//   add_all(objs)  add() for each one
// Each step prints what the database holds afterwards.
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;                     // nullable=False
  column<"email", std::optional<std::string>, ctql::max_length<100>, ctql::unique> email;
};
inline constexpr users_t users{};

struct User {
  using table = users_t;
  std::int64_t id = 0;
  std::string name = {};
  std::optional<std::string> email = {};
};

namespace {
template <class Db>
std::string contents(Db& db) {
  std::string out;
  for (const User& u : db.template query<User>().order_by(users.id.asc()).all())
    out += (out.empty() ? "" : ", ") + std::string("<User(id=") + std::to_string(u.id) + ", name='" + u.name + "')>";
  return "[" + out + "]";
}
}  // namespace

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(users);
  auto session = ctql::session(db);

  session.add(User{.name = "Alice"});                        // session.add(User(name="Alice"))
  session.commit();
  std::cout << "after add(Alice), commit:                 " << contents(db) << '\n';
  const std::string after_add = contents(db);

  User& merged = session.merge(User{.id = 1, .name = "Updated Alice"});   // session.merge(User(id=1, ...))
  session.commit();
  std::cout << "after merge(User{id=1, 'Updated Alice'}):  " << contents(db) << "  (the same object: "
            << (&merged == session.get<User>(1) ? "yes" : "no") << ")\n";
  const std::string after_merge = contents(db);

  session.merge(User{.id = 7, .name = "Eve"});              // a key no row has: inserted
  session.add_all(std::vector<User>{{.name = "Bob"}, {.name = "Charlie"}});
  session.commit();
  std::cout << "after merge(User{id=7, 'Eve'}), add_all(Bob, Charlie): " << contents(db) << '\n';
  const std::string after_all = contents(db);

  bool refused = false;
  try {
    session.add(User{.id = 7, .name = "Eve again"});        // add() of a key the session has
  } catch (const ctql::error& e) {
    refused = true;
    std::cout << "add(User{id=7}) again: " << e.what() << '\n';
  }

  // Written out by hand: Bob and Charlie get the keys after the largest one, 7.
  if (after_add != "[<User(id=1, name='Alice')>]" || after_merge != "[<User(id=1, name='Updated Alice')>]" ||
      after_all != "[<User(id=1, name='Updated Alice')>, <User(id=7, name='Eve')>, <User(id=8, name='Bob')>, "
                   "<User(id=9, name='Charlie')>]" ||
      !refused) {
    std::cerr << "error: the session did not do what the comments say\n";
    return 1;
  }
  return 0;
}
