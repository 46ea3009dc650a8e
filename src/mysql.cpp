// ctql_mysql: the MySQL / MariaDB connector's compiled part (include/ctql/mysql/compiled_part.hpp).
#include "ctql/mysql/compiled_part.hpp"
