// The documented use of <ctql/orm/mapping.hpp>: `struct User { using table = users_t; ... };` or a
// specialization of ctql::table_of, checked by the concept ctql::mapped (field count, types,
// nullability and names against the table's columns). With that header first, then the table.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/orm/mapping.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "ctql/core/schema/table.hpp"

namespace mapping_use {

struct people_t : ctql::table<people_t, "people"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"email", std::optional<std::string>> email;
};

struct Person {
  using table = people_t;
  std::int64_t id = 0;
  std::string name = {};
  std::optional<std::string> email = {};
};
static_assert(ctql::mapped<Person>);

struct Legacy {  // a struct one cannot change: mapped from outside
  std::int64_t id = 0;
  std::string name = {};
  std::optional<std::string> email = {};
};
// Field names the table does not have (in order) are not mapped, without a message: is_mapped.
struct Renamed {
  using table = people_t;
  std::int64_t id = 0;
  std::string full_name = {};
  std::optional<std::string> email = {};
};
static_assert(ctql::is_mapped<Renamed>);  // count and table only; mapped<> checks the names too

}  // namespace mapping_use

template <>
struct ctql::table_of<mapping_use::Legacy> {
  using type = mapping_use::people_t;
};
static_assert(ctql::mapped<mapping_use::Legacy>);
