#pragma once
// ctql on SQLite: `auto db = ctql::sqlite::connect(":memory:");`
#include "ctql/ctql.hpp"
#include "ctql/sqlite/connection.hpp"
