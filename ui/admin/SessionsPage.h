#pragma once

#include "services/SessionAdminService.h"
#include "services/UserAdminService.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class Database;
class MessageLabel;
class QAction;
class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// The Sessions administration screen: the active sign-in sessions (user, started, last seen,
// expires, client), optionally of one user chosen in a filter ("All users" by default), and the
// actions Revoke Session and Revoke All of This User's Sessions, each confirmed first, enabled
// only when the context may revoke and something is selected. The work is SessionAdminService's;
// refusals and results are shown in the page's message line.
//
// The confirmation goes through a replaceable function (setConfirmFunction) so tests do not
// block; unattended (COLLECTDESK_NONINTERACTIVE=1) the default answers "no" without a dialog.
class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    using ConfirmFunction = std::function<bool(const QString& title, const QString& question)>;

    SessionsPage(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);

    // Reloads the user filter and the sessions, keeping the filter and the selection.
    void refresh();

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    // The selected session's id, 0 when none.
    qint64 selectedSessionId() const;
    bool selectSession(qint64 sessionId);
    // Shows only that user's sessions (0: all users); false when the user is not in the filter.
    bool setUserFilter(qint64 userId);

signals:
    void sessionsChanged();

public slots:
    void revokeSession();
    void revokeAllOfUser();

private:
    void reloadUsers();
    void reloadSessions();
    void updateActions();
    std::optional<SessionSummary> selectedSession() const;
    // The user "Revoke all" acts on: the selected session's, else the filter's; 0 when none.
    qint64 targetUserId(QString* email) const;
    QAction* addPageAction(const QString& text, const QKeySequence& shortcut, const char* objectName,
                           void (SessionsPage::*slot)());
    QPushButton* buttonFor(QAction* action, const char* objectName);
    void reportResult(bool ok, const QString& success, const QString& error);

    SessionAdminService m_service;
    UserAdminService m_users;
    MessageLabel* m_messageLabel = nullptr;
    QComboBox* m_userFilter = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QAction* m_revokeAction = nullptr;
    QAction* m_revokeAllAction = nullptr;
    QList<SessionSummary> m_sessions;
    bool m_listed = false;
    ConfirmFunction m_confirm;
};
