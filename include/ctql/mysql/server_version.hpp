#pragma once
// Which server a MySQL-protocol connection reached, from its version text (mysql_get_server_info),
// and whether the dialect it was opened for can talk to it: ctql::mariadb needs MariaDB 10.5+
// (INSERT/DELETE ... RETURNING), ctql::mysql needs MySQL 8.0.19+ (the `INSERT ... AS new` row
// alias, which MariaDB does not parse). Pure C++: no client library header.
#include <string>
#include <string_view>

namespace ctql::mysql_detail {

/// The server a dialect is written for.
enum class server_family { mysql, mariadb };

/// What a version text says: "10.11.6-MariaDB-0+deb12u1", "5.5.5-10.11.6-MariaDB" (the prefix
/// older MariaDB servers send for old clients), "8.0.36". `read` is false if no x.y.z leads it.
struct server_version {
  bool read = false;
  server_family family = server_family::mysql;
  unsigned major = 0;
  unsigned minor = 0;
  unsigned patch = 0;
};
server_version parse_server_version(std::string_view text);

/// Why a connection opened for `wanted` refuses the server whose version text is `text`, or ""
/// when it takes it. (Compiled once: compiled_part.hpp.)
std::string server_refusal(server_family wanted, std::string_view text);

}  // namespace ctql::mysql_detail
