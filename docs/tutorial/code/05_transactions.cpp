// Tutorial chapter 5: transactions, rollback on exceptions, savepoints.
#include <stdexcept>

#include "seed_data.hpp"

template <class Db>
std::int64_t user_count(Db& db) {
  return std::get<0>(*db(ctql::select(ctql::count()).from(users)).first());
}

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  add_sample_rows(db);   // 4 users

  // docs:begin commit
  {
    auto tx = db.transaction();                                  // BEGIN
    db(insert_into(users).set(users.name = "Erin", users.age = 33));
    db(insert_into(users).set(users.name = "Frank", users.age = 51));
    tx.commit();                                                 // COMMIT
  }
  // docs:end commit
  expect(user_count(db) == 6, "both inserts committed");

  // docs:begin rollback
  try {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "Grace"));
    throw std::runtime_error("something failed before commit()");
  } catch (const std::runtime_error&) {
    // the guard rolled the transaction back when the exception left its scope: no Grace
  }
  // docs:end rollback
  expect(user_count(db) == 6, "Grace rolled back");

  // docs:begin nested
  {
    auto outer = db.transaction();
    db(insert_into(users).set(users.name = "Heidi"));
    {
      auto inner = db.transaction();                             // SAVEPOINT
      db(delete_from(posts).unconditionally());
      inner.rollback();                                          // ROLLBACK TO SAVEPOINT: the posts are back
    }
    outer.commit();                                              // Heidi is kept
  }
  // docs:end nested
  expect(user_count(db) == 7, "Heidi committed");
  expect(std::get<0>(*db(select(count()).from(posts)).first()) == 4, "the inner delete rolled back");

  // docs:begin errors
  try {
    db(insert_into(users).set(users.id = 1, users.name = "Alice again"));   // id 1 exists
  } catch (const ctql::error& e) {
    std::cout << "refused: " << e.what() << '\n';   // the SQL, SQLite's message and its code
  }
  // docs:end errors
  expect(user_count(db) == 7, "duplicate key refused");
  return tutorial_failures;
}
