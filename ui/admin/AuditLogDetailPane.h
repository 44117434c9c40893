#pragma once

#include <QWidget>

struct AuditLogEntry;
class QLabel;
class QTableWidget;

// Shows one audit log entry: a summary line (when, who, what, which entity) and its recorded
// values side by side in a table, field | old value | new value. A create has only new values
// and a delete only old ones: the other column is hidden. Values are shown as recorded (JSON):
// text as is, null as "(empty)", numbers, booleans, objects and arrays as JSON.
class AuditLogDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        OldValueColumn,
        NewValueColumn
    };

    explicit AuditLogDetailPane(QWidget* parent = nullptr);

    // nullptr clears the pane.
    void showEntry(const AuditLogEntry* entry);
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
