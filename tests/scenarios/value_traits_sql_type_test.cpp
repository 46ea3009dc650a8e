// A user's own value types that choose their SQL through ctql::value_traits on every backend: an
// IP address stored as text in a column type chosen per dialect, and a tracking number stored as
// the database's UUID (binary uuid on PostgreSQL). They round-trip, are queried by value, and what
// the database holds that is no such value raises ctql::error naming the result column.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"
#include "support/own_sql_types_schema.hpp"

using namespace test;
using namespace ctql;
using std::optional;

namespace {
template <class Backend>
constexpr bool is_backend(std::string_view name) {
  return std::string_view(Backend::name) == name;
}
using ids = std::vector<std::tuple<std::int64_t>>;
const tracking_number parcel_a{{0x12, 0x3e, 0x45, 0x67, 0xe8, 0x9b, 0x12, 0xd3, 0xa4, 0x56, 0x42, 0x66, 0x14, 0x17, 0x40, 0x00}};
const tracking_number parcel_max{{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}};
}  // namespace

TEMPLATE_LIST_TEST_CASE("a user's type with its own SQL type per dialect round-trips and is queried by value",
                        "[scenario][value_types]", backends) {
  auto db = TestType::connect();
  db.drop_all(vt_hosts);
  db.create_all(vt_hosts);
  db(insert_into(vt_hosts).set(vt_hosts.id = 1, vt_hosts.ip = ip_address{"192.0.2.1"}, vt_hosts.backup = std::nullopt,
                               vt_hosts.parcel = parcel_a));
  db(insert_into(vt_hosts).set(vt_hosts.id = 2, vt_hosts.ip = ip_address{"2001:db8::ffff:192.0.2.255"},
                               vt_hosts.backup = ip_address{"10.0.0.1"}, vt_hosts.parcel = parcel_max));
  db(insert_into(vt_hosts).set(vt_hosts.id = 3, vt_hosts.ip = ip_address{"10.0.0.1"},
                               vt_hosts.backup = optional<ip_address>{ip_address{"192.0.2.1"}}));
  using row = std::tuple<std::int64_t, ip_address, optional<ip_address>, optional<tracking_number>>;
  // As written: 1 (192.0.2.1, NULL, a), 2 (the 45-character-class IPv6 one, 10.0.0.1, max), 3 (10.0.0.1, 192.0.2.1, NULL).
  CHECK(db(select(vt_hosts.id, vt_hosts.ip, vt_hosts.backup, vt_hosts.parcel).from(vt_hosts).order_by(vt_hosts.id)).all() ==
        std::vector<row>{{1, ip_address{"192.0.2.1"}, std::nullopt, parcel_a},
                         {2, ip_address{"2001:db8::ffff:192.0.2.255"}, ip_address{"10.0.0.1"}, parcel_max},
                         {3, ip_address{"10.0.0.1"}, ip_address{"192.0.2.1"}, std::nullopt}});
  // By value: 10.0.0.1 is host 3's address and host 2's backup; the unique ip refuses it twice.
  CHECK(db(select(vt_hosts.id).from(vt_hosts).where(vt_hosts.ip == ip_address{"10.0.0.1"})).all() == ids{{3}});
  CHECK(db(select(vt_hosts.id).from(vt_hosts).where(vt_hosts.backup == ip_address{"10.0.0.1"})).all() == ids{{2}});
  CHECK_THROWS_AS(db(insert_into(vt_hosts).set(vt_hosts.id = 4, vt_hosts.ip = ip_address{"10.0.0.1"})), ctql::error);
  // Byte order of the ASCII text on each database ('1' < '2'): 10.0.0.1 (3), 192.0.2.1 (1), 2001:... (2).
  CHECK(db(select(vt_hosts.id).from(vt_hosts).order_by(vt_hosts.ip)).all() == ids{{3}, {1}, {2}});
  // The tracking number by value, through a prepared statement: max is host 2's.
  auto by_parcel = db.prepare(select(vt_hosts.id).from(vt_hosts).where(vt_hosts.parcel == param<"p">));
  CHECK(by_parcel(arg<"p">(parcel_max)).all() == ids{{2}});
  // Stored as the database's UUID: its text is the UUID's, whatever the database.
  const char* as_text = is_backend<TestType>("SQLite")       ? "SELECT lower(hex(parcel)) FROM vt_hosts WHERE id = 1"
                        : is_backend<TestType>("PostgreSQL") ? "SELECT parcel::text FROM vt_hosts WHERE id = 1"
                                                             : "SELECT CAST(parcel AS CHAR) FROM vt_hosts WHERE id = 1";
  const std::string expected = is_backend<TestType>("SQLite") ? "123e4567e89b12d3a456426614174000"
                                                              : "123e4567-e89b-12d3-a456-426614174000";
  CHECK(db(text<std::string>(as_text)).first() == std::tuple{expected});
  // The ip column is the dialect's own type: the catalog says so.
  const char* type_sql = is_backend<TestType>("SQLite")
                             ? "SELECT type FROM pragma_table_info('vt_hosts') WHERE name = 'ip'"
                         : is_backend<TestType>("PostgreSQL")
                             ? "SELECT data_type || ' ' || collation_name FROM information_schema.columns "
                               "WHERE table_name = 'vt_hosts' AND column_name = 'ip'"
                             : "SELECT CONCAT(column_type, ' ', character_set_name) FROM information_schema.columns "
                               "WHERE table_schema = DATABASE() AND table_name = 'vt_hosts' AND column_name = 'ip'";
  const std::string type = is_backend<TestType>("SQLite")       ? "TEXT"
                           : is_backend<TestType>("PostgreSQL") ? "character varying C"
                                                                : "varchar(45) ascii";
  CHECK(db(text<std::string>(type_sql)).first() == std::tuple{type});
  // The label says it is text: it is set from a string and compared with one. Host 1 is "edge",
  // host 3 "core" (set as a label); host 2 has none.
  db(update(vt_hosts).set(vt_hosts.label = std::string("edge")).where(vt_hosts.id == 1));
  db(update(vt_hosts).set(vt_hosts.label = host_label{"core"}).where(vt_hosts.id == 3));
  CHECK(db(select(vt_hosts.id).from(vt_hosts).where(vt_hosts.label == "edge")).all() == ids{{1}});
  CHECK(db(select(vt_hosts.label).from(vt_hosts).where(vt_hosts.id == 3)).all() ==
        std::vector<std::tuple<optional<host_label>>>{{host_label{"core"}}});
  // Hostile text: non-ASCII is refused by MariaDB's ASCII column (strict mode) and kept as given
  // elsewhere; 46 characters are refused where VARCHAR(45) is enforced, kept by SQLite's TEXT.
  const ip_address zoned{"fe80::1%eth0"};
  const ip_address unicode{"fe80::1%\xc3\xa9th0"};  // an e with an acute accent in UTF-8
  const ip_address too_long{std::string(40, '1') + "::abcd"};
  if constexpr (is_backend<TestType>("MariaDB")) {
    CHECK_THROWS_AS(db(insert_into(vt_hosts).set(vt_hosts.id = 6, vt_hosts.ip = unicode)), ctql::error);
  } else {
    db(insert_into(vt_hosts).set(vt_hosts.id = 6, vt_hosts.ip = unicode));
    CHECK(db(select(vt_hosts.ip).from(vt_hosts).where(vt_hosts.id == 6)).all() == std::vector<std::tuple<ip_address>>{{unicode}});
  }
  db(insert_into(vt_hosts).set(vt_hosts.id = 7, vt_hosts.ip = zoned));  // ASCII, a zone index: kept everywhere
  CHECK(db(select(vt_hosts.ip).from(vt_hosts).where(vt_hosts.id == 7)).all() == std::vector<std::tuple<ip_address>>{{zoned}});
  if constexpr (is_backend<TestType>("SQLite")) {
    db(insert_into(vt_hosts).set(vt_hosts.id = 8, vt_hosts.ip = too_long));
    CHECK(db(select(vt_hosts.ip).from(vt_hosts).where(vt_hosts.id == 8)).all() == std::vector<std::tuple<ip_address>>{{too_long}});
  } else {
    CHECK_THROWS_AS(db(insert_into(vt_hosts).set(vt_hosts.id = 8, vt_hosts.ip = too_long)), ctql::error);
  }
  // A value to_stored refuses names the column; text from_stored refuses names the result column.
  CHECK_THROWS_WITH(db(insert_into(vt_hosts).set(vt_hosts.id = 5, vt_hosts.ip = ip_address{""})),
                    Catch::Contains(R"(the column "vt_hosts"."ip" cannot store the value: an ip_address is not empty)"));
  db.execute("UPDATE vt_hosts SET backup = 'localhost' WHERE id = 1");
  CHECK_THROWS_WITH(db(select(vt_hosts.id, vt_hosts.backup).from(vt_hosts).where(vt_hosts.id == 1)).first(),
                    Catch::Contains("result column 1") && Catch::Contains("'localhost' is not an IP address"));
  db.drop_all(vt_hosts);
}
