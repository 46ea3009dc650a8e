#pragma once
// `db.on_statement(ctql::echo())`: every statement a connection runs, its time and rows, to std::clog
// (docs/engine.md). Its own header, so that only programs that echo include <iostream>.
#include "ctql/core/run/echo.hpp"
