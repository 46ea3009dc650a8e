#pragma once
// Mapped structs and the session (docs/orm.md): `auto s = ctql::session(db);`.
// db.insert(), db.get<T>() and the rest come with every connection; this adds ctql::session.
#include "ctql/orm/crud.hpp"
#include "ctql/orm/mapping.hpp"
#include "ctql/orm/session.hpp"
