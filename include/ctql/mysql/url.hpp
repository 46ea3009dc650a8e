#pragma once
// mysql://user:password@host:port/database?unix_socket=...&charset=...: what ctql::mysql::connect
// takes, parsed strictly (a malformed URL raises ctql::error saying what is wrong; the password
// is never echoed, nor anything that may be one). Pure C++: no client library header.
#include <optional>
#include <string>
#include <string_view>

namespace ctql::mysql_detail {

/// What a mysql:// URL names. Empty user, password or database: not given.
struct url_parts {
  std::string user;
  std::string password;
  std::string host;  // "localhost" when only a unix_socket is given
  unsigned port = 3306;
  std::string database;
  std::string unix_socket;
  std::string charset = "utf8mb4";
  unsigned connect_timeout = 10;  // seconds; 0 waits forever
  unsigned read_timeout = 300;
  unsigned write_timeout = 300;
  std::optional<unsigned long> max_allowed_packet;  // the client's limit, if lower than the server's
};

/// Parses `mysql://[user[:password]@]host[:port][/database][?option=value&...]` (also mariadb://).
/// Options: unix_socket, charset (default utf8mb4), connect_timeout, read_timeout, write_timeout
/// (seconds), max_allowed_packet (bytes). With unix_socket the host may be left out.
/// A malformed URL raises ctql::error. (Compiled once: compiled_part.hpp.)
url_parts parse_url(std::string_view url);

}  // namespace ctql::mysql_detail
