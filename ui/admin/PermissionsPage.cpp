#include "PermissionsPage.h"

#include "PermissionDiffDialog.h"
#include "PermissionMatrixModel.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using Action = PermissionService::Action;

PermissionsPage::PermissionsPage(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_context(context ? std::move(context) : AccessContext::nobody()), m_service(database, m_context)
{
    setObjectName(QStringLiteral("permissionsPage"));
    setAccessibleName(tr("Roles and permissions"));
    m_confirm = [this](const QString& title, const QString& question) { return defaultConfirm(title, question); };

    auto* roleLabel = new QLabel(tr("&Role:"), this);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Role"));
    roleLabel->setBuddy(m_roleCombo);
    for (const QString& role : PermissionService::roles())
        m_roleCombo->addItem(PermissionService::roleTitle(role), role);
    m_roleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_reviewButton = new QPushButton(tr("Re&view Changes…"), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setAccessibleName(tr("Review the permission changes before saving them"));
    connect(m_reviewButton, &QPushButton::clicked, this, &PermissionsPage::openReviewDialog);

    m_discardButton = new QPushButton(tr("&Discard Changes"), this);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setAccessibleName(tr("Discard the unsaved permission changes"));
    connect(m_discardButton, &QPushButton::clicked, this, &PermissionsPage::discardChanges);

    m_reloadButton = new QPushButton(tr("Re&load"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Reload the permissions from the database"));
    connect(m_reloadButton, &QPushButton::clicked, this, &PermissionsPage::reload);

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);

    m_wildcardNote = new QLabel(this);
    m_wildcardNote->setObjectName(QStringLiteral("wildcardNote"));
    m_wildcardNote->setWordWrap(true);
    m_wildcardNote->setVisible(false);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_model = new PermissionMatrixModel(this);
    m_model->setRole(m_roleCombo->currentData().toString());
    connect(m_model, &PermissionMatrixModel::changesChanged, this, &PermissionsPage::updateState);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("permissionMatrix"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // Space and clicks toggle the check boxes
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(PermissionMatrixModel::HeadingRole).toBool())
            m_view->setSpan(row, 0, 1, m_model->columnCount());
    }
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(PermissionMatrixModel::TableColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    int actionWidth = metrics.horizontalAdvance(tr("changed"));
    for (const Action action : PermissionService::actions())
        actionWidth = std::max(actionWidth, metrics.horizontalAdvance(PermissionMatrixModel::actionTitle(action)));
    for (const Action action : PermissionService::actions()) {
        const int column = PermissionMatrixModel::columnOf(action);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_view->setColumnWidth(column, actionWidth + 48); // room for the check box and margins
    }
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &PermissionsPage::roleChosen);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(roleLabel);
    toolbar->addWidget(m_roleCombo);
    toolbar->addStretch(1);
    toolbar->addWidget(m_reviewButton);
    toolbar->addWidget(m_discardButton);
    toolbar->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_wildcardNote);
    layout->addWidget(m_view, 1);

    setTabOrder(m_roleCombo, m_view);
    setTabOrder(m_view, m_reviewButton);
    setTabOrder(m_reviewButton, m_discardButton);
    setTabOrder(m_discardButton, m_reloadButton);

    refresh();
}

PermissionsPage::~PermissionsPage() = default;

void PermissionsPage::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

QString PermissionsPage::role() const
{
    return m_model->role();
}

bool PermissionsPage::setRole(const QString& role)
{
    const int index = m_roleCombo->findData(role);
    if (index < 0)
        return false;
    m_roleCombo->setCurrentIndex(index);
    return true;
}

bool PermissionsPage::hasPendingChanges() const
{
    return m_model->hasChanges();
}

bool PermissionsPage::isReadOnly() const
{
    return !m_model->isEditable();
}

void PermissionsPage::refresh()
{
    m_messageLabel->clearMessage();
    if (m_dialog)
        m_dialog->reject(); // its changes were made against the matrix being replaced
    std::optional<PermissionMatrix> matrix;
    QString error;
    if (m_service.canRead())
        matrix = m_service.load(&error);
    else
        error = m_context->deniedMessage(PermissionMatrixService::resource(), Action::Read);
    m_loaded = matrix.has_value();
    m_model->setEditable(m_loaded && m_service.canManage());
    m_model->setMatrix(matrix.value_or(PermissionMatrix()));
    if (!m_loaded)
        m_messageLabel->showMessage(error);
    if (m_loaded && !m_view->currentIndex().isValid()) {
        const int firstTable = std::max(0, m_model->rowOf(TableCatalog::tables().first().name));
        m_view->setCurrentIndex(m_model->index(firstTable, PermissionMatrixModel::columnOf(Action::Read)));
    }
    updateState();
}

void PermissionsPage::roleChosen(int index)
{
    m_model->setRole(m_roleCombo->itemData(index).toString());
    updateState();
}

void PermissionsPage::updateState()
{
    const bool editable = m_loaded && m_model->isEditable();
    const bool changes = editable && m_model->hasChanges();
    m_reviewButton->setEnabled(changes);
    m_discardButton->setEnabled(changes);
    m_roleCombo->setEnabled(m_loaded);
    m_view->setEnabled(m_loaded);

    for (int i = 0; i < m_roleCombo->count(); ++i) {
        const QString role = m_roleCombo->itemData(i).toString();
        const int count = m_model->changeCount(role);
        const QString title = PermissionService::roleTitle(role);
        m_roleCombo->setItemText(i, count > 0 ? tr("%1 (%n change(s))", nullptr, count).arg(title) : title);
    }
    const QString role = m_model->role();
    m_view->setAccessibleName(tr("Permissions of the role %1").arg(PermissionService::roleTitle(role)));

    m_readOnlyNote->setVisible(m_loaded && !editable);
    if (m_loaded && !editable) {
        m_readOnlyNote->setText(
            tr("You can look at the permissions but not change them. %1")
                .arg(m_context->deniedMessage(PermissionMatrixService::resource(), Action::Manage)));
    }
    const bool wildcard = m_loaded && m_model->original().hasWildcardRows(role);
    m_wildcardNote->setVisible(wildcard);
    if (wildcard) {
        m_wildcardNote->setText(tr("Some permissions of %1 come from a wildcard rule (\u201c*\u201d), which also "
                                   "covers tables added later. Taking one of them away replaces the rule by explicit "
                                   "rules for everything else it granted.")
                                    .arg(PermissionService::roleTitle(role)));
    }
}

PermissionDiffDialog* PermissionsPage::openReviewDialog()
{
    if (!m_loaded || !m_model->isEditable() || !m_model->hasChanges())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const PermissionChangeSet changes = PermissionMatrixService::diff(m_model->original(), m_model->edited());
    auto* dialog = new PermissionDiffDialog(changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_dialog = nullptr; // closing already
        save(dialog->changes());
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void PermissionsPage::save(const PermissionChangeSet& changes)
{
    QString error;
    if (!m_service.save(changes, &error)) {
        m_messageLabel->showMessage(error); // the edits stay, to correct or discard
        return;
    }
    refresh();
    m_messageLabel->showMessage(tr("Saved %n permission change(s).", nullptr, static_cast<int>(changes.size())),
                                MessageLabel::Kind::Info);
    emit permissionsChanged();
}

void PermissionsPage::discardChanges()
{
    if (!m_model->hasChanges())
        return;
    const int count = m_model->changeCount();
    if (!m_confirm(tr("Discard Changes"), tr("Discard %n unsaved permission change(s)?", nullptr, count)))
        return;
    m_model->discardChanges();
    m_messageLabel->showMessage(tr("Discarded %n unsaved change(s).", nullptr, count), MessageLabel::Kind::Info);
}

void PermissionsPage::reload()
{
    if (m_model->hasChanges()) {
        const int count = m_model->changeCount();
        if (!m_confirm(tr("Reload Permissions"),
                       tr("Reloading drops %n unsaved permission change(s). Reload anyway?", nullptr, count)))
            return;
    }
    refresh();
}

bool PermissionsPage::defaultConfirm(const QString& title, const QString& question)
{
    if (!UserMessage::isInteractive())
        return false;
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}
