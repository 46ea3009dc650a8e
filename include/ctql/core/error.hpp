#pragma once
// ctql::error: what every database failure raises, with the SQL and the database's own words.
#include <stdexcept>
#include <string>
#include <utility>

namespace ctql {

/// `catch (const ctql::error& e) { e.sql(); e.database_message(); e.code(); e.sqlstate(); }`
class error : public std::runtime_error {
 public:
  error(std::string message, std::string sql = {}, std::string database_message = {}, int code = 0,
        std::string sqlstate = {})
      : std::runtime_error(compose(message, sql, database_message)),
        sql_(std::move(sql)),
        database_message_(std::move(database_message)),
        code_(code),
        sqlstate_(std::move(sqlstate)) {}

  /// The statement that failed (empty when the failure was not about a statement).
  const std::string& sql() const noexcept { return sql_; }
  /// The database's own message.
  const std::string& database_message() const noexcept { return database_message_; }
  /// The database's error code (SQLite result code, MySQL error number, PostgreSQL SQLSTATE packed six
  /// bits per character); 0 if none.
  int code() const noexcept { return code_; }
  /// The SQLSTATE, where the database gives one.
  const std::string& sqlstate() const noexcept { return sqlstate_; }
  /// Whether this failure leaves it unknown if the open transaction was committed: the reply to
  /// its COMMIT was lost, or SQL run by hand ended it (COMMIT; on MySQL/MariaDB also ROLLBACK or a
  /// statement that commits implicitly). `catch (const ctql::error& e) { if (e.transaction_outcome_unknown()) ... }`
  bool transaction_outcome_unknown() const noexcept { return transaction_outcome_unknown_; }
  /// `e`, saying that the transaction's outcome is not known (connectors raise these).
  static error with_unknown_transaction_outcome(error e) noexcept {
    e.transaction_outcome_unknown_ = true;
    return e;
  }

 private:
  static std::string compose(const std::string& message, const std::string& sql,
                             const std::string& database_message) {
    std::string text = "ctql: " + message;
    if (!database_message.empty()) text += ": " + database_message;
    if (!sql.empty()) text += " [SQL: " + sql + "]";
    return text;
  }

  std::string sql_;
  std::string database_message_;
  int code_;
  std::string sqlstate_;
  bool transaction_outcome_unknown_ = false;
};

}  // namespace ctql
