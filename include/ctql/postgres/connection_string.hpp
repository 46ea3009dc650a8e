#pragma once
// What ctql::postgres::connect takes, checked before anything is sent: a libpq URI
// (postgresql://user:password@host:port/database?option=value&...) or a key=value string, plus
// ctql's own options connect_timeout and read_timeout (seconds). No message made here, nor any
// libpq message passed through connection_settings::scrubbed, shows the password: libpq quotes
// the connection string in its messages, and a malformed one can put the password anywhere
// (`postgresql://app:pw@[::1/db`, `postgresql://app:pw/db` reads pw as the port). No network.
// The parsing is in compiled_part.hpp (ctql_postgres).
#include <string>
#include <string_view>
#include <vector>

namespace ctql::postgres_detail {

/// A checked connection string: what to give PQconnectStartParams (expand_dbname = 0), the
/// timeouts ctql applies itself, and every text that may be the password.
struct connection_settings {
  std::vector<std::string> keywords;
  std::vector<std::string> values;
  unsigned connect_timeout = 10;  // seconds; 0 waits forever
  unsigned read_timeout = 0;      // seconds without an answer; 0 waits forever
  std::vector<std::string> secrets;  // longest first

  /// `text` with every form of the password replaced by ***.
  std::string scrubbed(std::string text) const;
};

/// Checks a connection string without connecting; a malformed one raises ctql::error, never
/// showing the password. `checked_connection_string("postgresql://app:pw@db/app?read_timeout=30")`
connection_settings checked_connection_string(std::string_view text);

}  // namespace ctql::postgres_detail
