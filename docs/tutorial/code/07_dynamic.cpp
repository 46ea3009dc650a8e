// Tutorial chapter 7: a search whose filters, columns and sort are chosen at run time.
#include <vector>

#include "seed_data.hpp"

// docs:begin search
struct search_form {
  std::optional<int> min_age = {};           // empty: no filter on age
  std::optional<std::string> pattern = {};   // empty: no filter on name
  bool want_email = false;
  int sort = 0;                              // 0: by name, 1: oldest first
};

template <class Db>
auto search(Db& db, const search_form& form) {
  using namespace ctql;
  auto q = select(users.name, dynamic(form.want_email, users.email))   // email: NULL when not wanted
             .from(users)
             .where(users.age >= maybe(form.min_age) && users.name.like(maybe(form.pattern)))
             .order_by(one_of(form.sort, users.name.asc(), users.age.desc()));
  std::cout << ctql::runtime_sql<ctql::sqlite>(q) << '\n';   // the variant this call runs
  return db(q).all();
}
// docs:end search

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  add_sample_rows(db);   // Alice 30, Bob 17, Carol 42, Dan 25

  // docs:begin calls
  auto everyone = search(db, {});
  // SELECT "users"."name", NULL FROM "users" ORDER BY "users"."name" ASC
  auto grown = search(db, {.min_age = 18, .want_email = true, .sort = 1});
  // SELECT "users"."name", "users"."email" FROM "users" WHERE "users"."age" >= ? ORDER BY "users"."age" DESC
  // docs:end calls
  expect(everyone.size() == 4 && std::get<0>(everyone[0]) == "Alice" && !std::get<1>(everyone[0]), "no filter");
  // By hand: age >= 18 is Carol 42, Alice 30, Dan 25, oldest first; Carol has an email.
  expect(grown.size() == 3 && std::get<0>(grown[0]) == "Carol" && std::get<1>(grown[0]) == "carol@example.org" &&
             std::get<0>(grown[2]) == "Dan",
         "age filter, email wanted, oldest first");
  auto named = search(db, {.pattern = "B%"});
  expect(named.size() == 1 && std::get<0>(named[0]) == "Bob", "name filter only");
  return tutorial_failures;
}
