// The documented use of <ctql/engine.hpp>, with only that header (it brings every connector):
// create_engine(url), connect(), then the use every connector shares
// (tests/headers/support/connector_use.hpp), run through the engine connection, so once for each
// dialect the engine holds. Compiled, never run. Built when every connector is
// (tests/headers/CMakeLists.txt).
#include "ctql/engine.hpp"

#include <cstdint>

#include "support/connector_use.hpp"

namespace engine_use {

std::int64_t use() {
  auto engine = ctql::create_engine("postgresql://user@127.0.0.1/app", {.pool = {.size = 8}, .echo = true});
  auto db = engine.connect();
  return connector_use::use(db);
}

}  // namespace engine_use
