// Which server a connection reached and whether its dialect takes it (mysql/server_version.hpp):
// the decision, over version texts of servers we cannot start here; and the refusal, at connect,
// of ctql::mysql on the test server (MariaDB).
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <string>

#include "mysql/support.hpp"

using namespace test;
using namespace ctql;
using Catch::Contains;
using mysql_detail::parse_server_version;
using mysql_detail::server_family;
using mysql_detail::server_refusal;

TEST_CASE("a server's version text gives its family and version", "[mysql][server_version]") {
  const auto debian = parse_server_version("10.11.6-MariaDB-0+deb12u1");
  CHECK(debian.read);
  CHECK(debian.family == server_family::mariadb);
  CHECK((debian.major == 10 && debian.minor == 11 && debian.patch == 6));
  // The prefix MariaDB before 11 sends to clients that do not strip it (libmysqlclient).
  const auto prefixed = parse_server_version("5.5.5-10.4.32-MariaDB-log");
  CHECK((prefixed.read && prefixed.family == server_family::mariadb));
  CHECK((prefixed.major == 10 && prefixed.minor == 4 && prefixed.patch == 32));
  const auto mysql8 = parse_server_version("8.0.36");
  CHECK((mysql8.read && mysql8.family == server_family::mysql && mysql8.major == 8 && mysql8.patch == 36));
  CHECK(parse_server_version("11.4.2-mariadb").family == server_family::mariadb);  // any case
  // 5.5.5- is not stripped from a MySQL version: it is MySQL 5.5.5.
  CHECK(parse_server_version("5.5.5-log").major == 5);
  CHECK_FALSE(parse_server_version("").read);
  CHECK_FALSE(parse_server_version("MariaDB").read);
  CHECK_FALSE(parse_server_version("10.x.1-MariaDB").read);
  CHECK_FALSE(parse_server_version("8.0").read);
  CHECK_FALSE(parse_server_version("99999999999.0.0").read);  // does not fit: not read as something else
}

TEST_CASE("ctql::mariadb takes MariaDB 10.5 and later, nothing else", "[mysql][server_version]") {
  const auto mariadb = server_family::mariadb;
  CHECK(server_refusal(mariadb, "10.11.6-MariaDB-0+deb12u1").empty());
  CHECK(server_refusal(mariadb, "10.5.0-MariaDB").empty());
  CHECK(server_refusal(mariadb, "11.0.2-MariaDB").empty());
  CHECK(server_refusal(mariadb, "5.5.5-10.6.12-MariaDB-log").empty());
  CHECK_THAT(server_refusal(mariadb, "10.4.32-MariaDB"), Contains("needs MariaDB 10.5 or later") && Contains("'10.4.32-MariaDB'"));
  CHECK_THAT(server_refusal(mariadb, "5.5.5-10.3.39-MariaDB"), Contains("needs MariaDB 10.5 or later"));
  CHECK_THAT(server_refusal(mariadb, "8.0.36"), Contains("not MariaDB") && Contains("ctql::mysql::connect"));
  CHECK_THAT(server_refusal(mariadb, "9.1.0"), Contains("not MariaDB"));
  CHECK_THAT(server_refusal(mariadb, "garbage-MariaDB"), Contains("cannot read the MariaDB server's version"));
}

TEST_CASE("ctql::mysql takes MySQL 8.0.19 and later, and refuses MariaDB naming ctql::mariadb", "[mysql][server_version]") {
  const auto mysql = server_family::mysql;
  CHECK(server_refusal(mysql, "8.0.36").empty());
  CHECK(server_refusal(mysql, "8.0.19").empty());
  CHECK(server_refusal(mysql, "8.4.0").empty());
  CHECK(server_refusal(mysql, "9.1.0-commercial").empty());
  CHECK_THAT(server_refusal(mysql, "8.0.18"), Contains("needs MySQL 8.0.19 or later"));
  CHECK_THAT(server_refusal(mysql, "5.7.44-log"), Contains("needs MySQL 8.0.19 or later"));
  CHECK_THAT(server_refusal(mysql, "10.11.6-MariaDB-0+deb12u1"),
             Contains("reached a MariaDB server") && Contains("ctql::mariadb::connect"));
  CHECK_THAT(server_refusal(mysql, ""), Contains("cannot read the MySQL server's version"));
}

TEST_CASE("connecting with the other family's dialect is refused at connect", "[mysql][server_version]") {
  // The test server is MariaDB: ctql::mysql refuses it, by URL and over a connected handle.
  CHECK_THROWS_WITH(ctql::mysql::connect(mysql_url()), Contains("ctql::mysql reached a MariaDB server") &&
                                                           Contains("connect with ctql::mariadb::connect"));
  const auto parts = mysql_detail::parse_url(mysql_url());
  MYSQL* handle = mysql_init(nullptr);
  REQUIRE(mysql_real_connect(handle, parts.host.c_str(), parts.user.c_str(), parts.password.c_str(),
                             parts.database.c_str(), parts.port, nullptr, CLIENT_FOUND_ROWS) != nullptr);
  CHECK_THROWS_WITH(ctql::mysql::connection(handle), Contains("reached a MariaDB server"));  // and closes it
  // ctql::mariadb takes it under either scheme.
  std::string url = mysql_url();
  REQUIRE(url.starts_with("mysql://"));
  auto by_mysql_scheme = ctql::mariadb::connect(url);
  auto by_mariadb_scheme = ctql::mariadb::connect("mariadb://" + url.substr(8));
  CHECK(by_mariadb_scheme(text<std::int64_t>("SELECT 1")).first() == std::tuple{std::int64_t{1}});
  CHECK(by_mysql_scheme(text<std::string>("SELECT VERSION()")).first().has_value());
}

#endif
