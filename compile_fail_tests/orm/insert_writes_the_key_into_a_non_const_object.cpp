// Rule: insert() writes the key the database assigns back into the object: a const one is refused
// with a ctql: message (not an assignment to a read-only field deep inside the ORM).
// CTQL-EXPECT-FIRST-ERROR: ctql: insert\(\), insert_all\(\) and merge\(\) write the key the database assigns into the object
// CTQL-EXPECT-ERROR: ctql: insert\(\), insert_all\(\) and merge\(\) write the key the database assigns into the object
// CTQL-FIX: Pass insert() a non-const object (the key the database assigns is written into it).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
struct Tag {
  using table = test::tags_t;
  std::int64_t post_id = 0;
  std::string tag = {};
  int weight = 0;
};
}  // namespace

void insert_writes_the_key_into_a_non_const_object(ctql::sqlite::connection& db) {
  const Tag t{.post_id = 1, .tag = "c++"};
  db.insert(t);  // no key to write back: a const object is fine
#ifdef CTQL_COMPILE_FAIL
  const User u{.name = "Ann"};
  db.insert(u);
#endif
}
