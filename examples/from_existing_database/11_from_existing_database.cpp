// Starting from an existing database: legacy_app made legacy.db with raw SQL; the build ran
//   ctql-gen --url sqlite:///legacy.db --namespace legacy --output generated/legacy_schema.hpp
// and this program queries it through the generated types (docs/schema.md, "ctql-gen").
//   11_from_existing_database PATH-TO-legacy.db
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>

#include <ctql/sqlite.hpp>

#include "legacy_schema.hpp"  // generated: legacy::customers, legacy::invoices

int main(int argc, char** argv) {
  using namespace ctql;
  using legacy::customers;
  using legacy::invoices;
  if (argc != 2) {
    std::cerr << "usage: 11_from_existing_database PATH-TO-legacy.db\n";
    return 2;
  }
  auto db = sqlite::connect(argv[1]);

  // The C++ keyword column is customers.class_; its SQL name stays "class".
  for (auto [name, kind, total] : db(select(customers.name, customers.class_, sum(invoices.total))
                                         .from(customers.join(invoices).on(invoices.customer_id == customers.id))
                                         .group_by(customers.id, customers.name, customers.class_)
                                         .order_by(customers.name)))
    std::cout << name << " (" << kind << "): " << total.value_or(0.0) << '\n';

  for (auto [name, email] : db(select(customers.name, customers.email).from(customers).where(customers.vip == true)))
    std::cout << "vip: " << name << " <" << email.value_or("no email") << ">\n";

  // An insert through the types, undone: the defaults (vip 0, class 'standard') are the database's.
  auto t = db.transaction();
  db(insert_into(customers).set(customers.name = "Grace"));
  for (auto [kind, vip] : db(select(customers.class_, customers.vip).from(customers).where(customers.name == "Grace")))
    std::cout << "Grace: " << kind << ", vip " << vip << '\n';
  t.rollback();
  return 0;
}
