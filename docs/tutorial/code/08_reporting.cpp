// Tutorial chapter 8: reporting SQL: functions, subqueries, CTEs, window functions.
#include "seed_data.hpp"

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  add_sample_rows(db);   // Alice 30, Bob 17, Carol 42, Dan 25; posts: Alice 3, Carol 1

  // docs:begin functions
  auto labels = select(upper(users.name), coalesce(users.email, "-")).from(users).order_by(users.id.asc());
  // SELECT UPPER("users"."name"), COALESCE("users"."email", ?) FROM "users" ORDER BY "users"."id" ASC
  // docs:end functions
  auto l = db(labels).all();
  expect(l.size() == 4 && std::get<0>(l[0]) == "ALICE" && std::get<1>(l[1]) == "-", "functions");

  // docs:begin subquery
  auto older = select(users.name).from(users)
                 .where(users.age > select(avg(users.age)).from(users))   // average: 28.5
                 .order_by(users.name.asc());
  // rows: Alice, Carol
  // docs:end subquery
  auto o = db(older).all();
  expect(o.size() == 2 && std::get<0>(o[0]) == "Alice" && std::get<0>(o[1]) == "Carol", "scalar subquery");

  // docs:begin cte
  constexpr auto n = count(posts.id).as<"n">();
  auto per_user = cte<"per_user">(select(posts.user_id, n).from(posts).group_by(posts.user_id));
  auto writers = select(users.name, per_user[n])
                   .from(users.join(per_user).on(per_user[posts.user_id] == users.id))
                   .order_by(per_user[n].desc());
  // WITH "per_user" AS (SELECT ...) SELECT "users"."name", "per_user"."n" FROM "users" INNER JOIN "per_user" ...
  // rows: (Alice, 3), (Carol, 1)
  // docs:end cte
  auto w = db(writers).all();
  expect(w.size() == 2 && std::get<1>(w[0]) == 3 && std::get<0>(w[1]) == "Carol", "CTE");

  // docs:begin window
  auto ranked = select(users.name, rank().over(window().order_by(users.age.desc())).as<"place">())
                  .from(users).order_by(users.age.desc());
  // SELECT "users"."name", RANK() OVER (ORDER BY "users"."age" DESC) AS "place" FROM "users" ...
  // rows: (Carol, 1), (Alice, 2), (Dan, 3), (Bob, 4)
  // docs:end window
  auto r = db(ranked).all();
  expect(r.size() == 4 && std::get<0>(r[0]) == "Carol" && std::get<1>(r[3]) == 4, "window function");
  return tutorial_failures;
}
