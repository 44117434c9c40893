#include "SessionsPage.h"

#include "auth/MessageLabel.h"
#include "common/UserMessage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>

namespace {

enum Column
{
    UserColumn,
    CreatedColumn,
    LastSeenColumn,
    ExpiresColumn,
    ClientColumn,
    AddressColumn,
    ColumnCount
};

constexpr int SortRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString sortableTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStandardItem* item(const QString& text, const QVariant& sortKey)
{
    auto* cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey, SortRole);
    return cell;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

SessionsPage::SessionsPage(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_service(database, context), m_users(database, context)
{
    setObjectName(QStringLiteral("sessionsPage"));
    setAccessibleName(tr("Sessions"));

    m_confirm = [this](const QString& title, const QString& question) {
        if (!UserMessage::isInteractive()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1: not confirmed (unattended run).").arg(title)));
            return false;
        }
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };

    auto* title = new QLabel(tr("Active Sessions"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_userFilter = new QComboBox(this);
    m_userFilter->setObjectName(QStringLiteral("userFilterCombo"));
    m_userFilter->setAccessibleName(tr("Show the sessions of"));
    m_userFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filterLabel = new QLabel(tr("&User:"), this);
    filterLabel->setBuddy(m_userFilter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("User"), tr("Signed In"), tr("Last Seen"), tr("Expires"), tr("Client"), tr("IP Address")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sessionsTable"));
    m_view->setAccessibleName(tr("Active sessions"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LastSeenColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTabKeyNavigation(false);

    m_revokeAction = addPageAction(tr("Revoke &Session…"), QKeySequence(Qt::Key_Delete), "revokeSessionAction",
                                   &SessionsPage::revokeSession);
    m_revokeAllAction =
        addPageAction(tr("Revoke &All of This User's Sessions…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                      "revokeAllAction", &SessionsPage::revokeAllOfUser);

    auto* reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setAccessibleName(tr("Reload the sessions"));
    connect(reloadButton, &QPushButton::clicked, this, &SessionsPage::refresh);

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_userFilter);
    top->addSpacing(12);
    top->addWidget(buttonFor(m_revokeAction, "revokeSessionButton"));
    top->addWidget(buttonFor(m_revokeAllAction, "revokeAllButton"));
    top->addStretch(1);
    top->addWidget(reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageLabel);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::updateActions);
    connect(m_userFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_messageLabel->clearMessage();
        reloadSessions();
    });
    refresh();
}

QAction* SessionsPage::addPageAction(const QString& text, const QKeySequence& shortcut, const char* objectName,
                                     void (SessionsPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(plain(text), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_view->addAction(action);
    return action;
}

QPushButton* SessionsPage::buttonFor(QAction* action, const char* objectName)
{
    auto* button = new QPushButton(action->text(), this);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(plain(action->text()));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

void SessionsPage::refresh()
{
    m_messageLabel->clearMessage();
    reloadUsers();
    reloadSessions();
}

void SessionsPage::reloadUsers()
{
    const qint64 current = m_userFilter->currentData().toLongLong();
    // Users who may be chosen: every account when the context may list users, otherwise those
    // that have an active session.
    QMap<QString, qint64> users; // email -> id, sorted by email
    if (m_users.canList()) {
        if (const auto list = m_users.listUsers()) {
            for (const UserSummary& user : *list)
                users.insert(user.email, user.id);
        }
    } else if (const auto sessions = m_service.listActiveSessions()) {
        for (const SessionSummary& session : *sessions)
            users.insert(session.userEmail, session.userId);
    }
    const QSignalBlocker blocker(m_userFilter);
    m_userFilter->clear();
    m_userFilter->addItem(tr("All users"), qint64(0));
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        m_userFilter->addItem(it.key(), it.value());
    m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(current)));
}

bool SessionsPage::setUserFilter(qint64 userId)
{
    const int index = m_userFilter->findData(userId);
    if (index < 0)
        return false;
    m_userFilter->setCurrentIndex(index);
    return true;
}

void SessionsPage::reloadSessions()
{
    const qint64 selected = selectedSessionId();
    m_model->removeRows(0, m_model->rowCount());
    m_sessions.clear();
    const qint64 userId = m_userFilter->currentData().toLongLong();
    QString error;
    const auto sessions =
        m_service.listActiveSessions(userId > 0 ? std::optional<qint64>(userId) : std::nullopt, &error);
    m_listed = sessions.has_value();
    if (!sessions) {
        m_messageLabel->showMessage(error);
        updateActions();
        return;
    }
    m_sessions = *sessions;
    m_view->setSortingEnabled(false);
    for (const SessionSummary& session : m_sessions) {
        const QDateTime lastSeen = session.lastSeenAt.isValid() ? session.lastSeenAt : session.createdAt;
        QList<QStandardItem*> row{
            item(session.userEmail, session.userEmail.toLower()),
            item(localTime(session.createdAt), sortableTime(session.createdAt)),
            item(localTime(lastSeen), sortableTime(lastSeen)),
            item(localTime(session.expiresAt), sortableTime(session.expiresAt)),
            item(session.clientInfo, session.clientInfo.toLower()),
            item(session.ipAddress, session.ipAddress),
        };
        row.first()->setData(session.id, IdRole);
        m_model->appendRow(row);
    }
    m_view->setSortingEnabled(true);
    m_view->resizeColumnsToContents();
    if (selected > 0)
        selectSession(selected);
    updateActions();
}

qint64 SessionsPage::selectedSessionId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(UserColumn);
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

bool SessionsPage::selectSession(qint64 sessionId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, UserColumn);
        if (index.data(IdRole).toLongLong() == sessionId) {
            m_view->setCurrentIndex(index);
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

std::optional<SessionSummary> SessionsPage::selectedSession() const
{
    const qint64 id = selectedSessionId();
    for (const SessionSummary& session : m_sessions) {
        if (session.id == id)
            return session;
    }
    return std::nullopt;
}

qint64 SessionsPage::targetUserId(QString* email) const
{
    if (const std::optional<SessionSummary> session = selectedSession()) {
        *email = session->userEmail;
        return session->userId;
    }
    const qint64 filtered = m_userFilter->currentData().toLongLong();
    *email = filtered > 0 ? m_userFilter->currentText() : QString();
    return filtered;
}

void SessionsPage::updateActions()
{
    QString email;
    const bool may = m_listed && m_service.canRevoke();
    m_revokeAction->setEnabled(may && selectedSession().has_value());
    m_revokeAllAction->setEnabled(may && targetUserId(&email) > 0);
}

void SessionsPage::reportResult(bool ok, const QString& success, const QString& error)
{
    reloadSessions();
    if (!ok) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->showMessage(success, MessageLabel::Kind::Info);
    emit sessionsChanged();
}

void SessionsPage::revokeSession()
{
    const std::optional<SessionSummary> session = selectedSession();
    if (!m_revokeAction->isEnabled() || !session)
        return;
    if (!m_confirm(tr("Revoke Session"),
                   tr("Revoke this session of %1 (signed in %2)? That client is signed out at once.")
                       .arg(session->userEmail, localTime(session->createdAt))))
        return;
    QString error;
    const bool ok = m_service.revokeSession(session->id, &error);
    reportResult(ok, tr("The session of %1 was revoked.").arg(session->userEmail), error);
}

void SessionsPage::revokeAllOfUser()
{
    QString email;
    const qint64 userId = targetUserId(&email);
    if (!m_revokeAllAction->isEnabled() || userId <= 0)
        return;
    if (!m_confirm(tr("Revoke All Sessions"),
                   tr("Revoke every session of %1? They are signed out everywhere and must sign in again.").arg(email)))
        return;
    QString error;
    const std::optional<int> count = m_service.revokeAllForUser(userId, &error);
    reportResult(count.has_value(), tr("%n session(s) of %1 revoked.", nullptr, count.value_or(0)).arg(email), error);
}
