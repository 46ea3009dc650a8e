#pragma once
// ctql on PostgreSQL: `auto db = ctql::postgres::connect("postgresql://user:pw@127.0.0.1:5432/app");`
#include "ctql/ctql.hpp"
#include "ctql/postgres/connection.hpp"
