// Tutorial chapter 6: mapped structs, CRUD by primary key, and the session (unit of work).
#include <vector>

#include <ctql/orm.hpp>   // ctql::session

#include "seed_data.hpp"

// docs:begin mapped
struct User {
  using table = users_t;          // the table this struct maps to
  std::int64_t id = 0;            // one field per column, same names, same types;
  std::string name = {};          // 0 in an auto key means "not assigned yet"
  int age = 0;
  std::optional<std::string> email = {};
};
// docs:end mapped

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  add_sample_rows(db);   // ids 1-4: Alice, Bob, Carol, Dan

  // docs:begin crud
  User erin{.name = "Erin", .age = 33};
  db.insert(erin);                            // INSERT ...; erin.id is now 5
  auto alice = db.get<User>(1);               // std::optional<User>
  alice->age = 31;
  db.update(*alice);                          // UPDATE "users" SET ... WHERE "users"."id" = ?
  auto adults = db.query<User>().where(users.age >= 18).order_by(users.name.asc()).all();   // std::vector<User>
  // docs:end crud
  expect(erin.id == 5, "insert writes the key back");
  expect(adults.size() == 4 && adults[0].name == "Alice" && adults[0].age == 31, "query<User>()");   // Alice Carol Dan Erin

  // docs:begin session
  auto session = ctql::session(db);
  User& grace = session.add(User{.name = "Grace", .age = 28});         // pending until commit
  User& bob = *session.get<User>(2);                                    // loaded once, then from the identity map
  bob.email = "bob@example.org";                                        // a change the session will notice
  session.merge(User{.id = 4, .name = "Daniel", .age = 25});            // Dan's row, replaced by key
  session.add_all(std::vector<User>{{.name = "Heidi"}, {.name = "Ivan"}});
  session.commit();   // one transaction: INSERTs, then UPDATEs of what changed; keys written back
  std::cout << "Grace is " << grace.id << '\n';                         // 6
  // docs:end session
  expect(grace.id == 6, "the session wrote Grace's key back");
  auto bob_now = db.get<User>(2);
  expect(bob_now && bob_now->email == "bob@example.org", "the session updated Bob");
  expect(db.get<User>(4)->name == "Daniel", "merge replaced Dan");
  auto [n] = *db(select(count()).from(users)).first();
  expect(n == 8, "4 + Erin + Grace + Heidi + Ivan");
  return tutorial_failures;
}
