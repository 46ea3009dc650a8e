#pragma once
// ctql on MySQL / MariaDB: `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");`
#include "ctql/ctql.hpp"
#include "ctql/mysql/connection.hpp"
