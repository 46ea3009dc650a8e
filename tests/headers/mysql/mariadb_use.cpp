// The documented use of <ctql/mariadb.hpp>, with only that header (it brings <ctql/ctql.hpp> and
// the MySQL connector): connect with the MariaDB dialect, then the use every connector shares
// (tests/headers/support/connector_use.hpp), and INSERT/DELETE ... RETURNING run on it. Compiled,
// never run (no server is contacted). Kept under mysql/ so that it is left out, with the MySQL
// connector's files, when ctql::mysql is not built. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/mariadb.hpp"

#include <cstdint>
#include <type_traits>

#include "support/connector_use.hpp"

namespace mariadb_use {

std::int64_t use() {
  auto db = ctql::mariadb::connect("mariadb://user:pw@127.0.0.1:3306/app");
  static_assert(std::is_same_v<decltype(db), ctql::mariadb::connection>);
  using use_tables::blog::users;
  std::int64_t total = connector_use::use(db);
  auto added = db(ctql::insert_into(users).set(users.name = "Bo", users.age = 3).returning(users.id)).first();
  for (auto [id] : db(ctql::delete_from(users).where(users.age < 18).returning(users.id))) total += id;
  return total + (added ? std::get<0>(*added) : 0);
}

}  // namespace mariadb_use
