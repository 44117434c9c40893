#include "ApiKeysPage.h"

#include "NewApiKeyDialog.h"
#include "SecretRevealDialog.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>
#include <limits>

namespace {

constexpr int SortRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int StatusRole = Qt::UserRole + 2;

QString localTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QStandardItem* cell(const QString& text, const QVariant& sortKey)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey, SortRole);
    return item;
}

// A timestamp cell: local time, or `none` when unset (sorted first in ascending order, or last
// when `noneIsLatest`, e.g. "never expires").
QStandardItem* timeCell(const QDateTime& utc, const QString& none, bool noneIsLatest = false)
{
    if (!utc.isValid())
        return cell(none, noneIsLatest ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min());
    QStandardItem* item = cell(localTime(utc), utc.toMSecsSinceEpoch());
    item->setToolTip(utc.toLocalTime().toString(Qt::ISODate));
    return item;
}

} // namespace

ApiKeysPage::ApiKeysPage(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_context(context ? std::move(context) : AccessContext::nobody()), m_service(database, m_context)
{
    setObjectName(QStringLiteral("apiKeysPage"));
    setAccessibleName(tr("API keys"));
    m_confirm = [this](const QString& title, const QString& question) { return defaultConfirm(title, question); };
    m_reveal = [this](const ApiKeyService::CreatedKey& key) { defaultReveal(key); };

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_showRevokedCheck = new QCheckBox(tr("Show re&voked keys"), this);
    m_showRevokedCheck->setObjectName(QStringLiteral("showRevokedCheckBox"));
    m_showRevokedCheck->setAccessibleName(tr("Show revoked keys"));
    connect(m_showRevokedCheck, &QCheckBox::toggled, this, &ApiKeysPage::refresh);

    m_newButton = new QPushButton(tr("&New API Key…"), this);
    m_newButton->setObjectName(QStringLiteral("newKeyButton"));
    m_newButton->setAccessibleName(tr("New API key"));
    connect(m_newButton, &QPushButton::clicked, this, &ApiKeysPage::openNewKeyDialog);

    m_revokeButton = new QPushButton(tr("&Revoke…"), this);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setAccessibleName(tr("Revoke the selected API key"));
    connect(m_revokeButton, &QPushButton::clicked, this, &ApiKeysPage::revokeSelected);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setSortRole(SortRole);
    const QStringList headers = {tr("Name"),   tr("Key"),     tr("Scopes"),    tr("Rate Limit (per Minute)"),
                                 tr("Status"), tr("Expires"), tr("Last Used"), tr("Created By"),
                                 tr("Created")};
    m_model->setHorizontalHeaderLabels(headers);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("apiKeysTable"));
    m_view->setAccessibleName(tr("API keys"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CreatedColumn, Qt::DescendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiKeysPage::updateButtons);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_revokeButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_showRevokedCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_view, 1);

    setTabOrder(m_newButton, m_revokeButton);
    setTabOrder(m_revokeButton, m_showRevokedCheck);
    setTabOrder(m_showRevokedCheck, m_view);

    refresh();
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

void ApiKeysPage::setRevealFunction(RevealFunction reveal)
{
    m_reveal = std::move(reveal);
}

void ApiKeysPage::refresh()
{
    const qint64 selected = selectedKeyId();
    m_model->removeRows(0, m_model->rowCount());
    if (!m_service.canList()) {
        m_messageLabel->showMessage(
            m_context->deniedMessage(QStringLiteral("api_keys"), PermissionService::Action::Read));
        updateButtons();
        return;
    }
    QString error;
    const auto keys = m_service.list(m_showRevokedCheck->isChecked(), &error);
    if (!keys) {
        m_messageLabel->showMessage(error);
        m_listFailed = true;
        updateButtons();
        return;
    }
    if (m_listFailed) {
        m_messageLabel->clearMessage();
        m_listFailed = false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (const ApiKeyService::Key& key : *keys) {
        const ApiKeyService::Status status = key.status(now);
        QList<QStandardItem*> row(ColumnCount);
        row[NameColumn] = cell(key.name, key.name.toLower());
        row[NameColumn]->setData(key.id, IdRole);
        row[NameColumn]->setData(static_cast<int>(status), StatusRole);
        row[PrefixColumn] = cell(key.prefix + QStringLiteral("…"), key.prefix);
        row[PrefixColumn]->setToolTip(
            tr("The key starts with %1. Only this prefix is stored, not the key.").arg(key.prefix));
        row[ScopesColumn] = cell(key.scopes.join(QStringLiteral(", ")), key.scopes.join(QLatin1Char(',')));
        row[RateLimitColumn] = cell(locale.toString(key.rateLimit), key.rateLimit);
        row[RateLimitColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[StatusColumn] = cell(ApiKeyService::statusText(status), static_cast<int>(status));
        if (status == ApiKeyService::Status::Revoked)
            row[StatusColumn]->setToolTip(tr("Revoked on %1").arg(localTime(key.revokedAt)));
        else if (status == ApiKeyService::Status::Expired)
            row[StatusColumn]->setToolTip(tr("Expired on %1").arg(localTime(key.expiresAt)));
        row[ExpiresColumn] = timeCell(key.expiresAt, tr("Never"), true);
        row[LastUsedColumn] = timeCell(key.lastUsedAt, tr("Never"));
        const QString creator = key.createdByEmail.isEmpty()
                                    ? (key.createdById > 0 ? tr("User %1").arg(key.createdById) : tr("System"))
                                    : key.createdByEmail;
        row[CreatedByColumn] = cell(creator, creator.toLower());
        row[CreatedColumn] = timeCell(key.createdAt, QString());
        m_model->appendRow(row);
    }
    const QHeaderView* header = m_view->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->resizeColumnsToContents();
    if (selected > 0)
        selectKey(selected);
    updateButtons();
}

qint64 ApiKeysPage::selectedKeyId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

bool ApiKeysPage::selectKey(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, NameColumn);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ApiKeysPage::updateButtons()
{
    const bool mayCreate = m_service.canCreate();
    const bool mayRevoke = m_service.canRevoke();
    m_newButton->setEnabled(mayCreate);
    m_newButton->setToolTip(
        mayCreate ? tr("Create an API key; it is shown once.")
                  : m_context->deniedMessage(QStringLiteral("api_keys"), PermissionService::Action::Create));
    bool revocable = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    if (!rows.isEmpty())
        revocable = rows.first().data(StatusRole).toInt() != static_cast<int>(ApiKeyService::Status::Revoked);
    m_revokeButton->setEnabled(mayRevoke && revocable);
    m_revokeButton->setToolTip(
        mayRevoke ? tr("Revoke the selected key: it stops working at once.")
                  : m_context->deniedMessage(QStringLiteral("api_keys"), PermissionService::Action::Update));
}

NewApiKeyDialog* ApiKeysPage::openNewKeyDialog()
{
    if (!m_service.canCreate()) {
        m_messageLabel->showMessage(
            m_context->deniedMessage(QStringLiteral("api_keys"), PermissionService::Action::Create));
        return nullptr;
    }
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto* dialog = new NewApiKeyDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { newKeyAccepted(dialog); });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog.clear();
    });
    dialog->open();
    return dialog;
}

void ApiKeysPage::newKeyAccepted(NewApiKeyDialog* dialog)
{
    std::optional<ApiKeyService::CreatedKey> key = dialog->takeCreatedKey();
    if (!key)
        return;
    refresh();
    selectKey(key->id);
    m_messageLabel->showMessage(tr("API key “%1” created. Copy it now: it will not be shown again.").arg(key->name),
                                MessageLabel::Kind::Info);
    emit keysChanged();
    if (m_reveal)
        m_reveal(*key);
}

void ApiKeysPage::revokeSelected()
{
    const qint64 id = selectedKeyId();
    if (id <= 0 || !m_revokeButton->isEnabled())
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    const QString name = rows.first().data(Qt::DisplayRole).toString();
    const QString prefix = m_model->index(rows.first().row(), PrefixColumn).data(Qt::DisplayRole).toString();
    const QString question = tr("Revoke the API key “%1” (%2)? Every system using it loses access at once. "
                                "This cannot be undone.")
                                 .arg(name, prefix);
    if (!m_confirm || !m_confirm(tr("Revoke API Key"), question))
        return;
    QString error;
    if (!m_service.revoke(id, &error)) {
        refresh();
        m_messageLabel->showMessage(error);
        return;
    }
    refresh();
    m_messageLabel->showMessage(tr("API key “%1” revoked.").arg(name), MessageLabel::Kind::Info);
    emit keysChanged();
}

bool ApiKeysPage::defaultConfirm(const QString& title, const QString& question)
{
    if (!UserMessage::isInteractive()) {
        QTextStream(stderr) << title << ": " << question << " - not confirmed (unattended run)\n";
        return false;
    }
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    QPushButton* revoke = box.addButton(tr("&Revoke Key"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == revoke;
}

void ApiKeysPage::defaultReveal(const ApiKeyService::CreatedKey& key)
{
    if (!UserMessage::isInteractive()) {
        // Never print the key: in an unattended run it is simply not shown.
        QTextStream(stderr) << tr("API key “%1” created; it is not shown in an unattended run.").arg(key.name) << '\n';
        return;
    }
    auto* dialog = new SecretRevealDialog(
        tr("New API Key"),
        tr("The API key “%1” was created. Give it to the system that will use it; it starts with %2.")
            .arg(key.name, key.prefix),
        key.rawKey, this);
    dialog->setObjectName(QStringLiteral("apiKeyRevealDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
