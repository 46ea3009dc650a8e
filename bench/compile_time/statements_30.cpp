// 30 varied statements on 3 tables, rendered for SQLite at compile time: the translation unit
// whose compile time and memory the benchmark reports (scripts/bench-compile).
#include <cstdio>
#include <string_view>
#include <vector>

#include "schema.hpp"

using namespace ctql;
using namespace bench;

template <class Q>
void print(const Q&) {
  constexpr std::string_view text = sql<sqlite, Q>();
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
}

int main() {
  constexpr auto other = authors.as<"other">();
  print(select(all_of(authors)).from(authors));
  print(select(authors.id, authors.name).from(authors).where(authors.age >= 18 && authors.name.like("A%")).order_by(authors.name.asc()).limit(10).offset(20));
  print(select(books.title, authors.name).from(books.join(authors).on(books.author_id == authors.id)));
  print(select(authors.name, count(books.id)).from(authors.left_join(books).on(books.author_id == authors.id)).group_by(authors.name).having(count(books.id) > 2));
  print(select(avg(reviews.stars), max(reviews.stars), min(reviews.stars)).from(reviews).where(reviews.book_id == 3));
  print(select(books.title).from(books).where(books.price.between(5.0, 20.0) && books.published.is_not_null()));
  print(select(authors.name).from(authors).where(exists(select(books.id).from(books).where(books.author_id == authors.id))));
  print(select(authors.name).from(authors).where(authors.id.in(select(books.author_id).from(books).where(books.price > 10.0))));
  print(select(case_when(reviews.stars >= 4, "good").when(reviews.stars >= 2, "fair").else_("poor")).from(reviews));
  print(select(books.price * 1.2, books.price - 1.0).from(books).where(books.id == 7));
  print(select(authors.name, other[authors.name]).from(authors.join(other).on(other[authors.age] == authors.age)));
  print(select(books.title, reviews.stars).from(books.left_join(reviews).on(reviews.book_id == books.id)).where(reviews.body.is_null()));
  print(select(sum(books.price)).from(books.join(authors).on(books.author_id == authors.id)).where(authors.email.is_not_null()));
  print(select_distinct(authors.age).from(authors).order_by(authors.age.desc()));
  print(select(count()).from(reviews).where(reviews.stars.in(4, 5)));
  print(select(authors.id).from(authors).where(authors.joined > ctql::date{}));
  print(select(books.title, authors.name, reviews.stars).from(books.join(authors).on(books.author_id == authors.id).join(reviews).on(reviews.book_id == books.id)).where(reviews.stars == 5));
  print(select(authors.name, count().as<"n">()).from(authors).group_by(authors.name));
  print(select(books.id).from(books).where(!(books.title == "x") || books.price < 3.0));
  print(select(reviews.stars % 2, -reviews.stars).from(reviews));
  print(insert_into(authors).set(authors.name = "Ann", authors.age = 30, authors.joined = ctql::date{}));
  print(insert_into(books).set(books.author_id = 1, books.title = "T", books.price = 12.5));
  print(insert_into(reviews).set(reviews.book_id = 1, reviews.stars = 4, reviews.body = std::nullopt));
  print(update(authors).set(authors.age = authors.age + 1).where(authors.id == 7));
  print(update(books).set(books.price = books.price * 0.9, books.title = "S").where(books.author_id.in(1, 2, 3)));
  print(update(reviews).set(reviews.body = "edited").where(reviews.id == 3 && reviews.stars < 2));
  print(update(authors).set(authors.age = 0).unconditionally());
  print(delete_from(reviews).where(reviews.stars < 1));
  print(delete_from(books).where(books.published.is_null() && books.price > 100.0));
  print(delete_from(authors).unconditionally());
}
