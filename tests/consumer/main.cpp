// Built against an installed ctql (or add_subdirectory) by scripts/test: the umbrella header must be usable.
#include <ctql/ctql.hpp>

int main() { return 0; }
