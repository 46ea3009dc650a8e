// ctql_sqlite: the SQLite connector's compiled part (include/ctql/sqlite/compiled_part.hpp).
#include "ctql/sqlite/compiled_part.hpp"
