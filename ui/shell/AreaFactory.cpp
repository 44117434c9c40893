#include "AreaFactory.h"

#include "common/TableBrowser.h"

QWidget* AreaFactory::create(const Database& database, const AccessContextPtr& access, const QString& table,
                             QWidget* parent)
{
    return new TableBrowser(database, access, table, parent);
}

void AreaFactory::refresh(QWidget* area)
{
    if (auto* browser = qobject_cast<TableBrowser*>(area))
        browser->refresh();
}
