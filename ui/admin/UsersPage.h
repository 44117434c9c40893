#pragma once

#include "services/UserAdminService.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class Database;
class MessageLabel;
class QAction;
class QDialog;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// The Users administration screen: a sortable table of the accounts (email, name, role, status,
// last sign-in, lock, failed sign-ins) and the actions New User…, Change Role…, Deactivate,
// Reactivate and Issue Password Reset…, each a button, a context-menu entry and a keyboard
// shortcut, enabled only when the context may do it and the selection allows it. The work is
// UserAdminService's; refusals and results are shown in the page's message line. Reset tokens
// are shown once in a SecretRevealDialog.
//
// Dialogs and confirmations go through replaceable functions (setDialogRunner,
// setConfirmFunction) so tests can drive them without a modal loop; by default dialogs run
// modally and confirmations ask a question box, and unattended (COLLECTDESK_NONINTERACTIVE=1)
// nothing modal opens: dialogs count as cancelled and confirmations as "no".
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    using ConfirmFunction = std::function<bool(const QString& title, const QString& question)>;
    using DialogRunner = std::function<int(QDialog& dialog)>;

    UsersPage(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);

    // Reloads the users from the database, keeping the selection.
    void refresh();

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // The selected user's id, 0 when none.
    qint64 selectedUserId() const;
    // Selects the row of that user; false when it is not listed.
    bool selectUser(qint64 userId);

signals:
    // A user was created or changed (other screens, e.g. Sessions, may want to reload).
    void usersChanged();

public slots:
    void newUser();
    void changeRole();
    void deactivate();
    void reactivate();
    void issuePasswordReset();

private:
    void reload();
    void updateActions();
    std::optional<UserSummary> selectedUser() const;
    QAction* addPageAction(const QString& text, const QKeySequence& shortcut, const char* objectName,
                           void (UsersPage::*slot)());
    QPushButton* buttonFor(QAction* action, const char* objectName);
    void showSecret(const QString& title, const QString& explanation, const QString& secret);
    void reportResult(bool ok, const QString& success, const QString& error);

    UserAdminService m_service;
    MessageLabel* m_messageLabel = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_changeRoleAction = nullptr;
    QAction* m_deactivateAction = nullptr;
    QAction* m_reactivateAction = nullptr;
    QAction* m_resetAction = nullptr;
    QList<UserSummary> m_users;
    bool m_listed = false;
    ConfirmFunction m_confirm;
    DialogRunner m_runDialog;
};
