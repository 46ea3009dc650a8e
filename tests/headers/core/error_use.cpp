// The documented use of <ctql/core/error.hpp>:
// `catch (const ctql::error& e) { e.sql(); e.database_message(); e.code(); e.sqlstate(); }`,
// with only that header. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/error.hpp"

#include <stdexcept>
#include <string>
#include <type_traits>

namespace error_use {

static_assert(std::is_base_of_v<std::runtime_error, ctql::error>);

std::string describe(void (*run)()) {
  try {
    run();
  } catch (const ctql::error& e) {
    return std::string(e.what()) + std::string(e.sql()) + std::string(e.database_message()) +
           std::to_string(e.code()) + std::string(e.sqlstate());
  }
  return {};
}

}  // namespace error_use
