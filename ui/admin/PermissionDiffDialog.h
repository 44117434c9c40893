#pragma once

#include "services/PermissionChangeSet.h"

#include <QDialog>

class QListWidget;
class QPushButton;

// Shows the pending permission changes before they are saved: one line per change ("Manager may
// no longer delete rows in Customers."), a warning when a wildcard rule is expanded, and the
// buttons Save (accept) and Back (reject). Saving itself is the caller's job on accepted().
// Buttons and list have object names (saveButton, backButton, changeList) for tests.
class PermissionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermissionDiffDialog(const PermissionChangeSet& changes, QWidget* parent = nullptr);

    const PermissionChangeSet& changes() const { return m_changes; }

private:
    PermissionChangeSet m_changes;
    QListWidget* m_list = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_backButton = nullptr;
};
