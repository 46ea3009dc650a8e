#pragma once
// `ctql::pool<ctql::postgres> pool(url, {.size = 8});  auto db = pool.acquire();` (docs/engine.md).
// Include the connector of the dialect too (<ctql/postgres.hpp>, ...).
#include "ctql/core/run/pool.hpp"
