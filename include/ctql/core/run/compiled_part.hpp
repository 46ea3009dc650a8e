#pragma once
// A connector's code that depends on no statement (connecting, error paths, the statement cache's
// slow path, transactions) is compiled once, in the connector's library (ctql_sqlite, ctql_mysql,
// ctql_postgres), not again in every translation unit that runs statements. Its definitions are
// in <ctql/<connector>/compiled_part.hpp>, each marked CTQL_COMPILED_PART.
//
// Header-only use: define CTQL_HEADER_ONLY before including <ctql/sqlite.hpp> (or mysql, postgres)
// and link only the client library; the definitions then come with the header, inline.
#ifdef CTQL_HEADER_ONLY
#define CTQL_COMPILED_PART inline
#else
#define CTQL_COMPILED_PART
#endif
