// Mapped structs against the Core idiom that does the same work, on SQLite (docs/orm.md). Run one
// workload per process; scripts/bench-orm-sqlite counts the instructions of each with callgrind.
//   bench_orm_sqlite <orm|core> <insert|get|session> [rows]
//   insert   `rows` objects inserted one by one in one transaction, keys written back:
//            db.insert(u) against db(insert_into(users).set(... = u.field ...)).last_insert_id
//   get      `rows` lookups by primary key into objects: db.get<user>(id) against
//            db(select(all_of(users)).from(users).where(users.id == id)).first() made into a user
//   session  `rows` objects: session.add_all(objects) + commit() against one values(range) insert
//            of their fields (keys not read back)
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

#include "workload.hpp"

namespace {

using bench::users;

struct user {
  using table = bench::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};

std::vector<user> make_users(int rows) {
  std::vector<user> out;
  for (const auto& name : bench::make_names(rows))
    out.push_back(user{0, name, bench::age_of(out.size()), std::nullopt});
  return out;
}

std::size_t count(ctql::sqlite::connection& db) {
  return static_cast<std::size_t>(std::get<0>(*db(ctql::select(ctql::count()).from(users)).first()));
}

std::size_t run(bool orm, const std::string& workload, int rows, bench::measurement& m) {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(users);
  auto objects = make_users(rows);
  std::size_t check = 0;
  if (workload == "insert") {
    m.start();
    auto tx = db.transaction();
    if (orm) {
      for (user& u : objects) db.insert(u);
    } else {
      for (user& u : objects)
        u.id = db(ctql::insert_into(users).set(users.name = ctql::ref(u.name), users.age = ctql::ref(u.age),
                                               users.email = ctql::ref(u.email)))
                   .last_insert_id;
    }
    tx.commit();
    m.stop();
    for (const user& u : objects) check += static_cast<std::size_t>(u.id);
  } else if (workload == "get") {
    db.insert_all(objects);
    m.start();
    if (orm) {
      for (std::int64_t id = 1; id <= rows; ++id)
        if (auto u = db.get<user>(id)) check += bench::checksum(u->id, u->name, u->age);
    } else {
      for (std::int64_t id = 1; id <= rows; ++id) {
        auto row = db(ctql::select(ctql::all_of(users)).from(users).where(users.id == id)).first();
        if (!row) continue;
        auto u = std::apply([](auto&&... v) { return user{std::move(v)...}; }, std::move(*row));
        check += bench::checksum(u.id, u.name, u.age);
      }
    }
    m.stop();
  } else {
    auto session = ctql::session(db);  // made and destroyed outside the measurement, as the Core side's objects are
    m.start();
    if (orm) {
      session.add_all(std::move(objects));
      session.commit();
    } else {
      std::vector<std::tuple<std::string_view, int, const std::optional<std::string>&>> values;
      values.reserve(objects.size());
      for (const user& u : objects) values.emplace_back(u.name, u.age, u.email);
      db(ctql::insert_into(users).columns(users.name, users.age, users.email).values(values));
    }
    m.stop();
  }
  return check + count(db);
}

}  // namespace

int main(int argc, char** argv) try {
  const std::string impl = argc > 1 ? argv[1] : "";
  const std::string workload = argc > 2 ? argv[2] : "";
  if ((impl != "orm" && impl != "core") || (workload != "insert" && workload != "get" && workload != "session")) {
    std::fprintf(stderr, "usage: %s <orm|core> <insert|get|session> [rows]\n", argv[0]);
    return 2;
  }
  const int rows = argc > 3 ? std::atoi(argv[3]) : 20000;
  bench::measurement m;
  const std::size_t check = run(impl == "orm", workload, rows, m);
  std::printf("%s %s rows=%d seconds=%.6f check=%zu\n", impl.c_str(), workload.c_str(), rows, m.seconds(), check);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
  return 1;
}
