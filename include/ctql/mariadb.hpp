#pragma once
// ctql on MariaDB 10.5+: `auto db = ctql::mariadb::connect("mariadb://user:pw@127.0.0.1:3306/app");`.
// The MySQL connector with the MariaDB dialect (core/dialect/mariadb.hpp): link ctql::mariadb
// (an alias of ctql::mysql), or define CTQL_HEADER_ONLY first and link the client library
// (libmariadb or libmysqlclient) alone.
#include "ctql/mysql.hpp"
