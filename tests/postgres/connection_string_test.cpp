// The connection string: checked without connecting, and no message ever shows the password, however
// malformed the string (libpq quotes the string in its messages).
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <ctql/postgres.hpp>

using namespace ctql;
using std::string;

namespace {
constexpr std::string_view marker = "zQ9markerPW7";

/// Whether any text of the error shows the marker.
bool shows_marker(const ctql::error& e) {
  for (std::string_view text : {std::string_view(e.what()), std::string_view(e.sql()), std::string_view(e.database_message()),
                                std::string_view(e.sqlstate())})
    if (text.find(marker) != std::string_view::npos) return true;
  return false;
}

string replaced(string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

/// Connection strings with a password, in the forms a user may write them and the malformed
/// ones a typo makes. {PW} is the password.
const std::vector<string> templates = {
    "postgresql://app:{PW}@127.0.0.1:1/db",
    "postgresql://app:{PW}@[::1/db",
    "postgresql://app:{PW}@[::1]:5432/db?sslmode=require",
    "postgresql://app:{PW}@[]/db",
    "postgresql://app:{PW}/db",
    "postgresql://app:{PW}",
    "postgresql://app:{PW}@host:port/db",
    "postgresql://app:{PW}@host/db?no_such_option=1",
    "postgresql://app:{PW}@host/db?connect_timeout=soon&read_timeout=later",
    "postgresql://app:{PW}@host/db?sslmode",
    "postgresql://app:{PW}@host/db?a=b=c",
    "postgres://app:{PW}@host/db#fragment",
    "postgresql://host/db?password={PW}&bogus",
    "postgresql://host/db?user=app&password={PW}&port=x",
    "postgresql://@host:{PW}/db",
    "host=h user=app password={PW} bogus",
    "host=h password='{PW}",
    "host=h password = {PW} port=abc",
    "password={PW} host=h connect_timeout=x",
    "host=h passwd={PW}",
    "host=h password={PW} read_timeout=-1",
    "dbname=postgresql://app:{PW}@host/db port=z",
    "user=app password='it''s {PW}' host=h",
};

/// The password as typed: plain, percent-encoded, with a bad escape, with characters that end a URI part.
const std::vector<string> passwords = {
    string(marker),
    replaced(string(marker), "marker", "%6Darker"),
    string(marker) + "%zz",
    string(marker) + "%4",
    string(marker) + "%00",
    string(marker) + "@x",
    "x/" + string(marker),
    string(marker) + "]",
    string(marker) + "'",
    string(marker) + "\\",
};
}  // namespace

TEST_CASE("PostgreSQL: no connection error shows the password, however malformed the string", "[postgres][connect]") {
  // Each of these fails before the network (a parse error, or a port that is not a number): before
  // ctql checked the string itself, libpq's message quoted it, password and all.
  for (const char* text : {"postgresql://app:zQ9markerPW7@[::1/db", "postgresql://app:zQ9mar%zzkerPW7@127.0.0.1:1/db",
                           "postgresql://app:zQ9markerPW7/db", "postgresql://app:zQ9markerPW7@127.0.0.1:1/db?bad=1",
                           "host=127.0.0.1 port=1 password='zQ9markerPW7"}) {
    INFO(text);
    try {
      postgres::connect(text);
      FAIL("connected");
    } catch (const ctql::error& e) {
      INFO(e.what());
      CHECK_FALSE(shows_marker(e));
      CHECK_THAT(e.what(), Catch::Contains("cannot connect to the PostgreSQL server"));
    }
  }
}

TEST_CASE("PostgreSQL: a fuzz-style loop over malformed connection strings never shows the password",
          "[postgres][connect]") {
  // Every template with every password form, then every truncation, every one-character deletion and
  // an insertion of each character that ends or opens a URI part at every position.
  const string specials = "[]@%/:'=";
  std::size_t checked = 0, refused = 0;
  auto check = [&](const string& text) {
    ++checked;
    try {
      const postgres_detail::connection_settings settings = postgres_detail::checked_connection_string(text);
      // Accepted: libpq may echo any value it read (a host, a port, a database name) when connecting
      // fails; wherever the password landed, the scrubbing of those messages removes it.
      // Only while the password is still one: after "password", or after a ':' that follows "//".
      // A deletion can make it a name: "postgresql://appPW@h" names the user appPW,
      // "postgresql://appx/PW/db" (no ':' left) the database "PW/db".
      const std::size_t at = text.find(marker.substr(0, 3));
      if (at == string::npos || at == 0 || std::isalnum(static_cast<unsigned char>(text[at - 1]))) return;
      string before = text.substr(0, at);
      for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::size_t slashes = before.find("//");
      if (before.find("password") == string::npos && (slashes == string::npos || before.find(':', slashes) == string::npos))
        return;
      // Right after a '/' with no '@' after it, a URI's path begins: the database name (a password
      // holding an unencoded '/' is cut there, and the rest is a name; see the README).
      if (before.find("password") == string::npos && text[at - 1] == '/' && text.find('@', at) == string::npos) return;
      for (std::size_t i = 0; i < settings.values.size(); ++i) {
        const string& value = settings.values[i];
        if (settings.scrubbed("x \"" + value + "\" y").find(marker) != string::npos) {
          INFO("connection string: " << text);
          FAIL("a value libpq may echo shows the password: " << value);
        }
      }
    } catch (const ctql::error& e) {
      ++refused;
      if (shows_marker(e)) {
        INFO("connection string: " << text);
        FAIL("the password shows in: " << e.what());
      }
    }
  };
  for (const string& t : templates) {
    for (const string& password : passwords) {
      const string text = replaced(t, "{PW}", password);
      for (std::size_t n = 0; n <= text.size(); ++n) check(text.substr(0, n));
      for (std::size_t i = 0; i < text.size(); ++i) check(text.substr(0, i) + text.substr(i + 1));
      if (&password - passwords.data() >= 4) continue;  // insertions for the first four forms
      for (std::size_t i = 0; i <= text.size(); ++i)
        for (char c : specials) check(text.substr(0, i) + c + text.substr(i));
    }
  }
  // 23 templates x (10 passwords x about 45 truncations and 45 deletions, and 4 passwords x 8 x 45
  // insertions) is about 50,000 strings, many of them refused.
  CHECK(checked > 40000);
  CHECK(refused > checked / 4);
}

TEST_CASE("PostgreSQL: the connection string is read as libpq reads it, with ctql's timeouts taken out",
          "[postgres][connect]") {
  using postgres_detail::checked_connection_string;
  auto value_of = [](const postgres_detail::connection_settings& s, std::string_view key) -> string {
    for (std::size_t i = 0; i < s.keywords.size(); ++i)
      if (s.keywords[i] == key) return s.values[i];
    return "(none)";
  };
  const auto uri = checked_connection_string("postgresql://app:p%40ss@db.example:6543/shop?read_timeout=30&sslmode=disable");
  CHECK(value_of(uri, "password") == "p@ss");
  CHECK(value_of(uri, "port") == "6543");
  CHECK(value_of(uri, "dbname") == "shop");
  CHECK(value_of(uri, "sslmode") == "disable");
  CHECK(value_of(uri, "read_timeout") == "(none)");  // ctql's, not libpq's
  CHECK(uri.read_timeout == 30);
  CHECK(uri.connect_timeout == 10);  // the default
  CHECK(value_of(uri, "keepalives") == "1");
  const auto kv = checked_connection_string("host=db port=6543 read_timeout = 7 connect_timeout=3 password='a b'");
  CHECK(value_of(kv, "password") == "a b");
  CHECK(value_of(kv, "connect_timeout") == "(none)");  // kept by ctql, not libpq (which cannot go below 2 s)
  CHECK(kv.read_timeout == 7);
  CHECK(kv.connect_timeout == 3);
  CHECK(value_of(checked_connection_string("shop"), "dbname") == "shop");  // a bare name is the database
  CHECK_THROWS_WITH(checked_connection_string("postgresql://h/db?read_timeout=soon"), Catch::Contains("read_timeout"));
  CHECK_THROWS_WITH(checked_connection_string("postgresql://h/db?no_such_option=1"), Catch::Contains("no_such_option"));
}
#endif
