#pragma once

#include "services/PermissionMatrixService.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class Database;
class MessageLabel;
class PermissionDiffDialog;
class PermissionMatrixModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The Roles & permissions screen: the role/permission matrix of one role at a time (chosen in
// the "Role" box) as a grid of check boxes - a row per table under its group heading, a column
// per action. Toggling cells (mouse or Space) marks them as changed; "Review changes…" lists
// the changes (PermissionDiffDialog) and Save writes them through PermissionMatrixService;
// "Discard changes" and "Reload" drop them after a confirmation. A role that may read but not
// manage role_permissions sees the matrix read-only with a note saying why; one that may not
// read it sees the refusal. Every rule is checked by the service, not here.
//
// Test seams: the review dialog is opened without blocking (openReviewDialog() returns it) and
// the discard confirmation is a replaceable callback.
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    // Asked before dropping unsaved changes: true to go ahead. The default asks with a message
    // box, or refuses when the application runs unattended (COLLECTDESK_NONINTERACTIVE=1).
    using ConfirmFunction = std::function<bool(const QString& title, const QString& question)>;

    // `database` must outlive the page.
    PermissionsPage(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~PermissionsPage() override;

    // Reloads the matrix from the database; unsaved changes are dropped without asking.
    void refresh();

    void setConfirmFunction(ConfirmFunction confirm);

    // The role shown; setRole() switches to it (false when unknown). Edits of every role are kept.
    QString role() const;
    bool setRole(const QString& role);
    bool hasPendingChanges() const;
    bool isReadOnly() const;

public slots:
    // Opens the review of the pending changes (window-modal, without blocking) and returns it;
    // Save in it saves. nullptr when there is nothing to review or the role may not save.
    PermissionDiffDialog* openReviewDialog();
    // Drops the pending changes, after the confirmation.
    void discardChanges();
    // Reloads, after the confirmation when changes are pending.
    void reload();

signals:
    // The matrix was saved.
    void permissionsChanged();

private:
    void save(const PermissionChangeSet& changes);
    void roleChosen(int index);
    void updateState();
    bool defaultConfirm(const QString& title, const QString& question);

    AccessContextPtr m_context;
    PermissionMatrixService m_service;
    ConfirmFunction m_confirm;
    bool m_loaded = false;

    QComboBox* m_roleCombo = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_wildcardNote = nullptr;
    QTableView* m_view = nullptr;
    PermissionMatrixModel* m_model = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QPointer<PermissionDiffDialog> m_dialog;
};
