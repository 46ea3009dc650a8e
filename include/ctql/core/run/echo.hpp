#pragma once
// `db.on_statement(ctql::echo())`: each statement, its time and rows, to std::clog (or a stream).
#include <chrono>
#include <iostream>
#include <ostream>
#include <string>

#include "ctql/core/run/statement_event.hpp"

namespace ctql {

/// An observer writing each statement to `out` (std::clog by default): its time, rows and SQL, and
/// its error if any: `db.on_statement(ctql::echo())`.
inline statement_observer echo(std::ostream& out = std::clog) {
  return [&out](const statement_event& e) {
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(e.duration).count();
    std::string line = "ctql: " + std::to_string(us) + " us, " + std::to_string(e.rows) + " rows: ";
    line += e.sql;
    if (e.error != nullptr) line += std::string("\n  failed: ") + e.error->what();
    line += '\n';
    out << line << std::flush;  // one write per statement: lines of several threads do not interleave
  };
}

}  // namespace ctql
