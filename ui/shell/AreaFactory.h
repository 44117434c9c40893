#pragma once

#include "services/AccessContext.h"

#include <QString>

class Database;
class QWidget;

// Builds the area widget the main window shows for a navigation entry: the purpose-built
// screen where one exists (the administration pages for users, sessions, API keys,
// permissions and the audit log) and the generic TableBrowser for every other table.
// The shell knows areas only through this class and QWidget.
class AreaFactory
{
public:
    static QWidget* create(const Database& database, const AccessContextPtr& access, const QString& table,
                           QWidget* parent);
    // Reads the area's data again (View > Refresh).
    static void refresh(QWidget* area);
};
