#pragma once
// Whether SQL run by hand holds a statement that ends the open transaction while MySQL's server status
// stays "in a transaction": BEGIN and START TRANSACTION commit it and begin another, and COMMIT or
// ROLLBACK AND CHAIN (or under completion_type CHAIN) begin one at once. The status after each result
// catches every other end (COMMIT, ROLLBACK, a statement that commits implicitly).
#include <cstddef>
#include <string>
#include <string_view>

namespace ctql::mysql_detail {

/// The words that begin each statement of `sql` (as MySQL splits it at `;`), upper case: quoted
/// strings and identifiers, and comments, are skipped; the text of an executable comment
/// (`/*! ... */`, `/*M!100000 ... */`) is read as SQL, as the server reads it.
class statement_words {
 public:
  explicit statement_words(std::string_view sql) : sql_(sql) {}

  /// The next statement's first `count` words, one space apart, up to the first token that is not a
  /// word ("" at the end of the SQL).
  std::string next(int count) {
    std::string words;
    int taken = 0;  // words finished
    bool in_word = false;
    bool collecting = true;
    while (i_ < sql_.size()) {
      const char c = sql_[i_];
      if (c == ';') {
        ++i_;
        if (!words.empty()) return words;
        collecting = true;  // an empty statement, or one of comments only
        continue;
      }
      const std::size_t at = i_;
      if (skip_comment_or_quote()) {
        if (in_word) ++taken;
        in_word = false;
        if (sql_[at] == '\'' || sql_[at] == '"' || sql_[at] == '`') collecting = false;
        continue;
      }
      ++i_;
      const bool word_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9');
      if (!word_char) {
        if (in_word) ++taken;
        in_word = false;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') collecting = false;
        continue;
      }
      if (!collecting) continue;
      if (!in_word) {
        if (taken == count) {
          collecting = false;
          continue;
        }
        if (!words.empty()) words += ' ';
        in_word = true;
      }
      words += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return words;
  }
  bool done() const { return i_ >= sql_.size(); }

 private:
  /// Skips a comment or a quoted string or identifier at i_; false if there is none there.
  bool skip_comment_or_quote() {
    const std::string_view rest = sql_.substr(i_);
    if (rest.starts_with("/*!") || rest.starts_with("/*M!")) {  // executable: its text is SQL
      i_ += rest[2] == '!' ? 3 : 4;
      while (i_ < sql_.size() && sql_[i_] >= '0' && sql_[i_] <= '9') ++i_;  // the version
      return true;
    }
    if (rest.starts_with("*/")) {  // the end of an executable comment
      i_ += 2;
      return true;
    }
    if (rest.starts_with("/*")) {
      const std::size_t end = sql_.find("*/", i_ + 2);
      i_ = end == std::string_view::npos ? sql_.size() : end + 2;
      return true;
    }
    if (rest[0] == '#' || (rest.starts_with("--") && (rest.size() == 2 || rest[2] == ' ' || rest[2] == '\t' ||
                                                      rest[2] == '\n' || rest[2] == '\r'))) {
      const std::size_t end = sql_.find('\n', i_);
      i_ = end == std::string_view::npos ? sql_.size() : end + 1;
      return true;
    }
    if (rest[0] == '\'' || rest[0] == '"' || rest[0] == '`') {
      const char quote = rest[0];
      ++i_;
      while (i_ < sql_.size()) {
        const char c = sql_[i_++];
        if (c == '\\' && quote != '`') ++i_;  // a backslash escape (NO_BACKSLASH_ESCAPES is off)
        else if (c == quote && i_ < sql_.size() && sql_[i_] == quote) ++i_;  // a doubled quote
        else if (c == quote) break;
      }
      return true;
    }
    return false;
  }

  std::string_view sql_;
  std::size_t i_ = 0;
};

/// Whether `sql` holds BEGIN (not a BEGIN NOT ATOMIC block), START TRANSACTION, or a COMMIT or
/// ROLLBACK (not ROLLBACK TO a savepoint) that may chain: a statement after which the server may be
/// in a transaction other than the one open before.
inline bool begins_another_transaction(std::string_view sql) {
  statement_words statements(sql);
  while (!statements.done()) {
    const std::string words = statements.next(3);
    const std::string_view w = words;
    if (w == "BEGIN" || w == "BEGIN WORK" || w.starts_with("START TRANSACTION")) return true;
    if (w.starts_with("COMMIT") || (w.starts_with("ROLLBACK") && !w.starts_with("ROLLBACK TO") &&
                                    !w.starts_with("ROLLBACK WORK TO")))
      return true;
  }
  return false;
}

}  // namespace ctql::mysql_detail
