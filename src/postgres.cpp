// ctql_postgres: the PostgreSQL connector's compiled part (include/ctql/postgres/compiled_part.hpp).
#include "ctql/postgres/compiled_part.hpp"
