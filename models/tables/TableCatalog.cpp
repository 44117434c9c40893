#include "TableCatalog.h"
