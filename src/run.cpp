// ctql_run: what every connector's statements share that depends on no statement
// (include/ctql/core/run/shared_compiled_part.hpp), compiled once; each connector library links it.
#include "ctql/core/run/shared_compiled_part.hpp"
