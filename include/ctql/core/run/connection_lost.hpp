#pragma once
// What a connector says when the connection to its server is lost while a statement runs. Losing
// it inside a transaction rolls the transaction back, except while COMMIT itself runs: the server
// may have committed before the reply was lost, and the client cannot tell which.
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/error.hpp"

namespace ctql::detail {

/// Whether `sql` commits a transaction: ctql's COMMIT (core/run/connection.hpp), or one run by
/// hand in any case, with WORK or TRANSACTION, or PostgreSQL's END (a savepoint's RELEASE commits
/// nothing on its own).
inline bool commits_transaction(std::string_view sql) {
  if (sql == "COMMIT") return true;
  std::string words;
  for (char c : sql) {
    if (c == ';') break;
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (words.empty() || words.back() == ' ')) continue;
    words += space ? ' ' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  for (std::string_view verb : {"COMMIT", "END"})
    if (words == verb || words == std::string(verb) + " WORK" || words == std::string(verb) + " TRANSACTION") return true;
  return false;
}

/// What to do about a transaction that may or may not have been committed: the end of every
/// message of an error whose transaction_outcome_unknown() is true.
inline constexpr std::string_view unknown_outcome_advice =
    "look for its changes before running it again (running it again blindly may do it twice)";

/// The error for a ctql transaction that the database ended outside it without the connection seeing
/// a rollback: `how` says what can have ended it on this database (SQL run by hand, a statement that
/// commits implicitly), which may have committed it.
inline error transaction_ended_outside(std::string_view how) {
  return error::with_unknown_transaction_outcome(
      error("the transaction was ended outside it (" + std::string(how) +
            "), so whether its changes were committed is not known and nothing more runs in it; roll back the "
            "guard (tx.rollback(), or let it go out of scope), then " +
            std::string(unknown_outcome_advice)));
}

/// The error text for a connection lost while `sql` ran; `in_transaction`: a transaction was open.
inline std::string connection_lost_text(std::string_view sql, bool in_transaction) {
  if (commits_transaction(sql))
    return "the connection was lost while the transaction was being committed: its reply did not arrive, so "
           "whether the server committed it is not known; " +
           std::string(unknown_outcome_advice) + "; connect again";
  if (in_transaction)
    return "the connection was lost, and with it the open transaction (the server rolled it back); connect again";
  return "the connection was lost; connect again";
}

/// The error for a connection lost while `sql` ran: its outcome is not known if `sql` was COMMIT.
inline error connection_lost(std::string_view sql, bool in_transaction, std::string database_message = {},
                             int code = 0, std::string sqlstate = {}) {
  error e(connection_lost_text(sql, in_transaction), std::string(sql), std::move(database_message), code,
          std::move(sqlstate));
  if (!commits_transaction(sql)) return e;
  return error::with_unknown_transaction_outcome(std::move(e));
}

}  // namespace ctql::detail
