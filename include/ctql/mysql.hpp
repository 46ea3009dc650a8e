#pragma once
// ctql on MySQL 8.0.19+: `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");`,
// and on MariaDB 10.5+: `auto db = ctql::mariadb::connect("mariadb://...")` (<ctql/mariadb.hpp>).
// Link ctql::mysql (ctql_mysql, ctql_run and the client library), or define CTQL_HEADER_ONLY first and link
// the client library (libmariadb or libmysqlclient) alone.
#include "ctql/ctql.hpp"
#include "ctql/mysql/connection.hpp"

#ifdef CTQL_HEADER_ONLY
#include "ctql/mysql/compiled_part.hpp"
#include "ctql/core/run/shared_compiled_part.hpp"
#endif
