// mysql:// URLs: every part, percent-decoding, and a precise error for each malformed form.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include <ctql/mysql.hpp>

using ctql::mysql_detail::parse_url;
using Catch::Contains;

TEST_CASE("a full URL gives every part, percent-decoded", "[mysql][url]") {
  const auto u = parse_url(
      "mysql://app%20user:p%40ss%3Aw%2Frd%25@db.example-1.org:3307/my%2Ddb"
      "?charset=latin1&connect_timeout=3&read_timeout=0&write_timeout=7&max_allowed_packet=65536");
  CHECK(u.user == "app user");
  CHECK(u.password == "p@ss:w/rd%");
  CHECK(u.host == "db.example-1.org");
  CHECK(u.port == 3307);
  CHECK(u.database == "my-db");
  CHECK(u.charset == "latin1");
  CHECK(u.connect_timeout == 3);
  CHECK(u.read_timeout == 0);
  CHECK(u.write_timeout == 7);
  CHECK(u.max_allowed_packet == 65536ul);
  CHECK(u.unix_socket.empty());
}

TEST_CASE("what a URL leaves out takes its default", "[mysql][url]") {
  const auto u = parse_url("mysql://127.0.0.1");
  CHECK(u.user.empty());
  CHECK(u.password.empty());
  CHECK(u.host == "127.0.0.1");
  CHECK(u.port == 3306);
  CHECK(u.database.empty());
  CHECK(u.charset == "utf8mb4");
  CHECK(u.connect_timeout > 0);
  CHECK(u.read_timeout > 0);
  CHECK_FALSE(u.max_allowed_packet);
  CHECK(parse_url("mysql://u@h/").database.empty());
  CHECK(parse_url("mysql://u:@h/d").password.empty());
  CHECK(parse_url("mariadb://u@h/d").database == "d");
  CHECK(parse_url("mysql://u:a:b@h").password == "a:b");
}

TEST_CASE("a unix socket may stand for the host; IPv6 hosts are bracketed", "[mysql][url]") {
  const auto s = parse_url("mysql://root@/app?unix_socket=%2Frun%2Fmysqld%2Fmysqld.sock");
  CHECK(s.host == "localhost");
  CHECK(s.unix_socket == "/run/mysqld/mysqld.sock");
  CHECK(s.database == "app");
  CHECK(parse_url("mysql://u@h/d?unix_socket=/tmp/x.sock").unix_socket == "/tmp/x.sock");
  const auto v6 = parse_url("mysql://u@[::1]:3310/d");
  CHECK(v6.host == "::1");
  CHECK(v6.port == 3310);
}

TEST_CASE("each malformed URL says what is wrong", "[mysql][url]") {
  auto fails = [](const char* url, const char* what) {
    INFO(url);
    CHECK_THROWS_AS(parse_url(url), ctql::error);
    CHECK_THROWS_WITH(parse_url(url), Contains("malformed MySQL URL") && Contains(what));
  };
  fails("postgresql://u@h/d", "does not start with mysql://");
  fails("MYSQL://u@h/d", "does not start with mysql://");
  fails("mysql:/u@h/d", "does not start with mysql://");
  fails("mysql://u@h/d#frag", "fragment");
  fails("mysql://u:p@ss@h/d", "more than one '@'");
  fails("mysql://u:pa/ss@h/d", "'@' follows a '/' or '?'");
  fails("mysql://:pw@h/d", "user name before '@' is empty");
  fails("mysql://u%zz@h/d", "'%zz', which is not a percent-escape");
  fails("mysql://u%4@h/d", "not a percent-escape");
  fails("mysql://u%00@h/d", "%00");
  fails("mysql://u u@h/d", "percent-encode it");
  fails("mysql://u@h%41/d", "the host 'h%41' holds '%'");
  fails("mysql://u@h st/d", "the host 'h st' holds ' '");
  fails("mysql://u@[::1/d", "no closing ']'");
  fails("mysql://u@[::1]x/d", "only ':port' may follow");
  fails("mysql://u@[zz]/d", "not an IPv6 address");
  fails("mysql://u@h:/d", "port after ':' is empty");
  fails("mysql://u@h:abc/d", "the port 'abc' is not a whole number from 1 to 65535");
  fails("mysql://u@h:0/d", "the port '0'");
  fails("mysql://u@h:65536/d", "the port '65536'");
  fails("mysql://u@h:33o6/d", "the port '33o6'");
  fails("mysql://u@h/a/b", "database name holds '/'");
  fails("mysql://u@h/d%2", "not a percent-escape");
  fails("mysql://u@h/d?", "followed by no option");
  fails("mysql://u@h/d?charset=utf8&", "an option is empty");
  fails("mysql://u@h/d?charset=utf8&&read_timeout=1", "an option is empty");
  fails("mysql://u@h/d?charset", "the option 'charset' has no '=value'");
  fails("mysql://u@h/d?sslmode=on", "unknown option 'sslmode' (known: unix_socket, charset");
  fails("mysql://u@h/d?charset=a&charset=b", "the option 'charset' is given twice");
  fails("mysql://u@h/d?charset=", "the option 'charset' has an empty value");
  fails("mysql://u@h/d?charset=utf8;drop", "the charset 'utf8;drop' is not a character set name");
  fails("mysql://u@h/d?connect_timeout=soon", "connect_timeout 'soon' is not a whole number");
  fails("mysql://u@h/d?read_timeout=-1", "read_timeout '-1'");
  fails("mysql://u@h/d?max_allowed_packet=100", "max_allowed_packet '100' is not a whole number from 1024");
  fails("mysql://u@/d", "names no host");
  fails("mysql://", "names no host");
  fails("mysql://u@:3306/d?unix_socket=/s", "a port without a host");
}

TEST_CASE("an error about a URL never shows its password", "[mysql][url]") {
  try {
    parse_url("mysql://admin:s3cret@host:99999/d");
    FAIL("accepted");
  } catch (const ctql::error& e) {
    const std::string what = e.what();
    CHECK(what.find("s3cret") == std::string::npos);
    CHECK(what.find("mysql://***@host:99999/d") != std::string::npos);
  }
  try {
    parse_url("mysql://admin:s3%zzcret@host/d");
    FAIL("accepted");
  } catch (const ctql::error& e) {
    const std::string what = e.what();
    CHECK(what.find("s3") == std::string::npos);
    CHECK(what.find("cret") == std::string::npos);
    CHECK(what.find("the password holds a '%'") != std::string::npos);
  }
}

TEST_CASE("connect raises ctql::error for a malformed URL before touching the network", "[mysql][url]") {
  CHECK_THROWS_WITH(ctql::mysql::connect("mysql://u@h:port/d"), Contains("the port 'port'"));
  CHECK_THROWS_WITH(ctql::mysql::connect("http://u@h/d"), Contains("does not start with mysql://"));
}
namespace {
/// The text of every part of a ctql::error.
std::string all_text(const ctql::error& e) {
  return std::string(e.what()) + "|" + e.sql() + "|" + e.database_message() + "|" + e.sqlstate();
}
}  // namespace

TEST_CASE("a URL missing its '@' or its '://' is not echoed with its password", "[mysql][url]") {
  // The two forms the issue names: no text of either error may hold "hunter2".
  // A password given as an option, as libpq takes it, is an unknown option here, not echoed.
  for (const char* url : {"mysql:/app:hunter2@127.0.0.1/db", "mysql://app:hunter2/db", "mysql:app:hunter2@h/db",
                          "mysql://app:hunter2", "mysql://app:hunter2@", "mysql://u@h/db?password=hunter2",
                          "mysql://u@h/db?charset=latin1&password=hunter2"}) {
    INFO(url);
    try {
      ctql::mysql::connect(url);  // each fails while parsing, before any network use
      FAIL("accepted");
    } catch (const ctql::error& e) {
      CHECK(all_text(e).find("hunter2") == std::string::npos);
      CHECK_THAT(e.what(), Contains("malformed MySQL URL"));
    }
  }
  // The port of user:password/db is not quoted, and the message says what may be wrong.
  CHECK_THROWS_WITH(parse_url("mysql://app:hunter2/db"),
                    Contains("'mysql://app:***'") && Contains("the port is not a whole number") &&
                        Contains("the '@' before the host is missing"));
  CHECK_THROWS_WITH(parse_url("mysql:/app:hunter2@h/db"),
                    Contains("malformed MySQL URL: it does not start with mysql://"));
}

TEST_CASE("fuzz: no malformed URL puts its password into an error", "[mysql][url]") {
  const std::string marker = "Hunter2xQ";  // the password, in every URL below
  const std::vector<std::string> seeds = {
      "mysql://app:" + marker + "@db.example.org:3306/app?charset=utf8mb4&connect_timeout=3",
      "mariadb://app%20x:" + marker + "@[::1]:3307/my%2Ddb",
      "mysql://app:" + marker + "@/app?unix_socket=%2Ftmp%2Fs&read_timeout=5",
      "mysql://app:" + marker + "@h",
  };
  const std::string specials = "@:/?#%[]& =.\\\"'\x01";
  const std::vector<std::string> schemes = {"mysql:/", "mysql:", "mysql//", "MYSQL://", "", "postgresql://",
                                            " mysql://", "mysql:///", "mariadb:/", "mysql://@"};
  const std::vector<std::string> password_damage = {"%", "%z", "%zz", "%4", "%00", " ", "/", "?", "#", "[", "]",
                                                    "@", "@@", ":", "%40", "&x=1"};
  std::vector<std::string> urls;
  for (const std::string& seed : seeds) {
    const std::size_t start = seed.find("//") + 2;
    const std::size_t at = seed.find('@', start);
    const std::size_t pw = seed.find(marker);
    for (std::size_t n = 0; n <= seed.size(); ++n) urls.push_back(seed.substr(0, n));  // truncations
    for (const std::string& scheme : schemes) urls.push_back(scheme + seed.substr(start));
    for (std::size_t i = 0; i < seed.size(); ++i) {
      urls.push_back(seed.substr(0, i) + seed.substr(i + 1));  // a character left out
      for (char c : specials) urls.push_back(seed.substr(0, i) + c + seed.substr(i));  // one put in
    }
    // The '@' left out, doubled, or replaced; damage around the password; bad ports and options.
    for (const char* instead : {"", "@@", "/", "?", "#", ":", "%40", "[", "]"})
      urls.push_back(seed.substr(0, at) + instead + seed.substr(at + 1));
    for (const std::string& d : password_damage) {
      urls.push_back(seed.substr(0, pw) + d + seed.substr(pw));
      urls.push_back(seed.substr(0, pw + marker.size()) + d + seed.substr(pw + marker.size()));
    }
    for (const char* tail : {":", ":0", ":65536", ":x", ":" "99999999999999999999", "]:1", "/a/b", "?", "?x", "?x=",
                             "?&", "?charset=a&charset=b", "?read_timeout=-1", "#f", "%", "/%zz"})
      urls.push_back(seed + tail);
    urls.push_back("mysql://app:" + marker + "/db");
    urls.push_back("mysql://app:" + marker + ":3306/db");
    urls.push_back("mysql://[app:" + marker + "]/db");
  }
  // Random pairs of the edits above, reproducibly.
  std::minstd_rand random(10);
  const std::size_t simple = urls.size();
  for (int i = 0; i < 20000; ++i) {
    std::string u = urls[random() % simple];
    const std::size_t pos = u.empty() ? 0 : random() % u.size();
    u.insert(pos, 1, specials[random() % specials.size()]);
    urls.push_back(std::move(u));
  }

  std::size_t rejected_with_marker = 0;
  for (const std::string& url : urls) {
    try {
      parse_url(url);
    } catch (const ctql::error& e) {
      if (url.find(marker) != std::string::npos) ++rejected_with_marker;
      if (all_text(e).find(marker) != std::string::npos) FAIL_CHECK("the password shows for " << url << ": " << e.what());
    }
  }
  CHECK(rejected_with_marker > 10000);  // the loop did test malformed URLs holding the password
}
#endif
