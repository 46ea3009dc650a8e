#pragma once
// ctql: SQL as typed C++ expressions, checked by the compiler and rendered per dialect.
// The core: tables, expressions, statements and compile-time SQL. No client library header.
#include "ctql/core/check.hpp"
#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/expr/arithmetic.hpp"
#include "ctql/core/expr/comparison.hpp"
#include "ctql/core/expr/exists.hpp"
#include "ctql/core/expr/logical.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/function/case_when.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/update.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/table.hpp"
