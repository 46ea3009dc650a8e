#pragma once
// ctql on MySQL / MariaDB: `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");`.
// Link ctql::mysql (ctql_mysql and the client library), or define CTQL_HEADER_ONLY first and link
// the client library (libmariadb or libmysqlclient) alone.
#include "ctql/ctql.hpp"
#include "ctql/mysql/connection.hpp"

#ifdef CTQL_HEADER_ONLY
#include "ctql/mysql/compiled_part.hpp"
#endif
