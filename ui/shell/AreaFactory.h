#pragma once

#include "services/AccessContext.h"

#include <QString>
#include <functional>

class Database;
class QObject;
class QWidget;

// Builds the area widget the main window shows for a navigation entry: the purpose-built
// screen where one exists (the customer list for customers; the administration pages for
// users, sessions, API keys, permissions and the audit log) and the generic TableBrowser for
// every other table.
// The shell knows areas only through this class and QWidget.
class AreaFactory
{
public:
    static QWidget* create(const Database& database, const AccessContextPtr& access, const QString& table,
                           QWidget* parent);
    // Reads the area's data again (View > Refresh).
    static void refresh(QWidget* area);
    // Calls `handler` (in `context`'s thread, while it lives) when the area asks for a CSV import
    // (the customer list's Import… button); areas without one never call it.
    static void onImportRequested(QWidget* area, QObject* context, std::function<void()> handler);
};
