#pragma once

#include "tables/TableCatalog.h"

#include <QIcon>

// Builds the icons embedded in collectdesk_ui (resources/icons/). Uses the PNG renderings of
// the SVG sources, because Qt reads SVG only when the optional Qt SVG plugin is installed.
class Icons
{
public:
    static QIcon application();
    static QIcon group(TableGroup group);
};
