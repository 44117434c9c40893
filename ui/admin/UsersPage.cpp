#include "UsersPage.h"

#include "NewUserDialog.h"
#include "SecretRevealDialog.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "services/AuthService.h"
#include "services/PermissionService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cstdio>

namespace {

enum Column
{
    EmailColumn,
    NameColumn,
    RoleColumn,
    StatusColumn,
    LastLoginColumn,
    LockedColumn,
    FailedColumn,
    ColumnCount
};

constexpr int SortRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
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

UsersPage::UsersPage(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_service(database, std::move(context))
{
    setObjectName(QStringLiteral("usersPage"));
    setAccessibleName(tr("Users"));

    m_confirm = [this](const QString& title, const QString& question) {
        if (!UserMessage::isInteractive()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1: not confirmed (unattended run).").arg(title)));
            return false;
        }
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };
    m_runDialog = [](QDialog& dialog) { return UserMessage::isInteractive() ? dialog.exec() : int(QDialog::Rejected); };

    auto* title = new QLabel(tr("Users"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Email"), tr("Full Name"), tr("Role"), tr("Status"), tr("Last Sign-in"),
                                        tr("Locked Until"), tr("Failed Sign-ins")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EmailColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTabKeyNavigation(false);

    m_newAction = addPageAction(tr("&New User…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "newUserAction",
                                &UsersPage::newUser);
    m_changeRoleAction = addPageAction(tr("Change &Role…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                       "changeRoleAction", &UsersPage::changeRole);
    m_deactivateAction = addPageAction(tr("&Deactivate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                       "deactivateAction", &UsersPage::deactivate);
    m_reactivateAction = addPageAction(tr("Re&activate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                       "reactivateAction", &UsersPage::reactivate);
    m_resetAction = addPageAction(tr("Issue &Password Reset…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                  "issuePasswordResetAction", &UsersPage::issuePasswordReset);

    auto* reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setAccessibleName(tr("Reload the users"));
    connect(reloadButton, &QPushButton::clicked, this, &UsersPage::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_newAction, "newUserButton"));
    buttons->addWidget(buttonFor(m_changeRoleAction, "changeRoleButton"));
    buttons->addWidget(buttonFor(m_deactivateAction, "deactivateButton"));
    buttons->addWidget(buttonFor(m_reactivateAction, "reactivateButton"));
    buttons->addWidget(buttonFor(m_resetAction, "issuePasswordResetButton"));
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    refresh();
}

QAction* UsersPage::addPageAction(const QString& text, const QKeySequence& shortcut, const char* objectName,
                                  void (UsersPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(plain(text), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);         // the shortcut works anywhere in the page
    m_view->addAction(action); // and the action is in the table's context menu
    return action;
}

QPushButton* UsersPage::buttonFor(QAction* action, const char* objectName)
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

void UsersPage::refresh()
{
    m_messageLabel->clearMessage();
    reload();
}

void UsersPage::reload()
{
    const qint64 selected = selectedUserId();
    m_model->removeRows(0, m_model->rowCount());
    m_users.clear();
    QString error;
    const auto users = m_service.listUsers(&error);
    m_listed = users.has_value();
    if (!users) {
        m_messageLabel->showMessage(error);
        updateActions();
        return;
    }
    m_users = *users;
    m_view->setSortingEnabled(false); // insert in one piece, then sort once
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const UserSummary& user : m_users) {
        const bool locked = user.lockedUntil.isValid() && user.lockedUntil > now;
        QList<QStandardItem*> row{
            item(user.email, user.email.toLower()),
            item(user.fullName, user.fullName.toLower()),
            item(PermissionService::roleTitle(user.role), PermissionService::roleTitle(user.role).toLower()),
            item(user.active ? tr("Active") : tr("Inactive"), user.active ? 0 : 1),
            item(user.lastLoginAt.isValid() ? localTime(user.lastLoginAt) : tr("Never"),
                 user.lastLoginAt.isValid() ? user.lastLoginAt.toString(Qt::ISODateWithMs) : QString()),
            item(locked ? localTime(user.lockedUntil) : QString(),
                 locked ? user.lockedUntil.toString(Qt::ISODateWithMs) : QString()),
            item(QLocale().toString(user.failedLoginCount), user.failedLoginCount),
        };
        row.first()->setData(user.id, IdRole);
        row.first()->setData(user.email, Qt::AccessibleTextRole);
        m_model->appendRow(row);
    }
    m_view->setSortingEnabled(true);
    m_view->resizeColumnsToContents();
    if (selected > 0)
        selectUser(selected);
    updateActions();
}

qint64 UsersPage::selectedUserId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(EmailColumn);
    if (rows.isEmpty())
        return 0;
    return rows.first().data(IdRole).toLongLong();
}

bool UsersPage::selectUser(qint64 userId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, EmailColumn);
        if (index.data(IdRole).toLongLong() == userId) {
            m_view->setCurrentIndex(index);
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

std::optional<UserSummary> UsersPage::selectedUser() const
{
    const qint64 id = selectedUserId();
    for (const UserSummary& user : m_users) {
        if (user.id == id)
            return user;
    }
    return std::nullopt;
}

void UsersPage::updateActions()
{
    const std::optional<UserSummary> user = selectedUser();
    m_newAction->setEnabled(m_service.canCreate());
    m_changeRoleAction->setEnabled(m_listed && m_service.canUpdate() && user);
    m_deactivateAction->setEnabled(m_listed && m_service.canUpdate() && user && user->active);
    m_reactivateAction->setEnabled(m_listed && m_service.canUpdate() && user && !user->active);
    m_resetAction->setEnabled(m_listed && m_service.canIssuePasswordReset() && user && user->active);
}

void UsersPage::reportResult(bool ok, const QString& success, const QString& error)
{
    if (!ok) {
        m_messageLabel->showMessage(error);
        reload(); // the refusal may be due to a change made elsewhere: show the current state
        return;
    }
    reload();
    m_messageLabel->showMessage(success, MessageLabel::Kind::Info);
    emit usersChanged();
}

void UsersPage::showSecret(const QString& title, const QString& explanation, const QString& secret)
{
    SecretRevealDialog dialog(title, explanation, secret, this);
    m_runDialog(dialog);
}

void UsersPage::newUser()
{
    if (!m_newAction->isEnabled())
        return;
    NewUserDialog dialog(m_service, this);
    if (m_runDialog(dialog) != QDialog::Accepted || !dialog.created())
        return;
    const CreatedUser created = *dialog.created();
    reload();
    selectUser(created.id);
    emit usersChanged();
    if (created.resetToken.isEmpty()) {
        m_messageLabel->showMessage(tr("%1 was created and can sign in with the initial password.").arg(dialog.email()),
                                    MessageLabel::Kind::Info);
        return;
    }
    m_messageLabel->showMessage(
        tr("%1 was created. They set their password with the reset token that was shown.").arg(dialog.email()),
        MessageLabel::Kind::Info);
    showSecret(tr("Password Reset Token"),
               tr("%1 was created without a password. Give them this reset token through a channel you trust; "
                  "with it they choose their password once, until %2.")
                   .arg(dialog.email(), localTime(created.resetTokenExpiresAt)),
               created.resetToken);
}

void UsersPage::changeRole()
{
    const std::optional<UserSummary> user = selectedUser();
    if (!m_changeRoleAction->isEnabled() || !user)
        return;
    const QStringList roles = PermissionService::roles();
    QStringList titles;
    for (const QString& role : roles)
        titles.append(PermissionService::roleTitle(role));
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changeRoleDialog"));
    dialog.setWindowTitle(tr("Change Role"));
    dialog.setAccessibleName(tr("Change role"));
    dialog.setLabelText(tr("New &role for %1:").arg(user->email));
    dialog.setComboBoxItems(titles);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(PermissionService::roleTitle(user->role));
    dialog.setOkButtonText(tr("&Change Role"));
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    const qsizetype index = titles.indexOf(dialog.textValue());
    if (index < 0)
        return;
    const QString role = roles.at(index);
    QString error;
    const bool ok = m_service.changeRole(user->id, role, &error);
    reportResult(ok, tr("%1 is now %2.").arg(user->email, PermissionService::roleTitle(role)), error);
}

void UsersPage::deactivate()
{
    const std::optional<UserSummary> user = selectedUser();
    if (!m_deactivateAction->isEnabled() || !user)
        return;
    if (!m_confirm(tr("Deactivate User"),
                   tr("Deactivate %1? They are signed out everywhere and can no longer sign in until the account is "
                      "reactivated.")
                       .arg(user->email)))
        return;
    QString error;
    const bool ok = m_service.deactivate(user->id, &error);
    reportResult(ok, tr("%1 was deactivated and signed out everywhere.").arg(user->email), error);
}

void UsersPage::reactivate()
{
    const std::optional<UserSummary> user = selectedUser();
    if (!m_reactivateAction->isEnabled() || !user)
        return;
    QString error;
    const bool ok = m_service.reactivate(user->id, &error);
    reportResult(ok, tr("%1 was reactivated and can sign in again.").arg(user->email), error);
}

void UsersPage::issuePasswordReset()
{
    const std::optional<UserSummary> user = selectedUser();
    if (!m_resetAction->isEnabled() || !user)
        return;
    if (!m_confirm(tr("Issue Password Reset"),
                   tr("Issue a password reset token for %1? Their current password keeps working until the token "
                      "is used.")
                       .arg(user->email)))
        return;
    QString error;
    const std::optional<QString> token = m_service.issuePasswordReset(user->id, &error);
    if (!token) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->showMessage(tr("A password reset token was issued for %1.").arg(user->email),
                                MessageLabel::Kind::Info);
    showSecret(tr("Password Reset Token"),
               tr("Give this reset token to %1 through a channel you trust. With it they choose a new password "
                  "once, within %n minute(s).",
                  nullptr, AuthService::Policy().resetTokenMinutes)
                   .arg(user->email),
               *token);
}
