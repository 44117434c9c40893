#include "CustomerOptOutsTab.h"

#include "OptOutDialog.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "services/OptOutService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cstdio>

namespace {

enum Column
{
    ChannelColumn,
    StatusColumn,
    ReasonColumn,
    SourceColumn,
    RecordedByColumn,
    RecordedAtColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
constexpr int ChannelKeyRole = Qt::UserRole + 3;

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

CustomerOptOutsTab::CustomerOptOutsTab(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<OptOutService>(database, context)), m_context(std::move(context))
{
    setObjectName(QStringLiteral("customerOptOutsTab"));
    setAccessibleName(tr("Opt-outs"));

    m_confirm = [this](const QString& title, const QString& question) {
        if (!UserMessage::isInteractive()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1: not confirmed (unattended run).").arg(title)));
            return false;
        }
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };
    m_runDialog = [](QDialog& dialog) { return UserMessage::isInteractive() ? dialog.exec() : int(QDialog::Rejected); };

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* indicator = new QGroupBox(tr("May we contact this customer?"), this);
    indicator->setObjectName(QStringLiteral("mayContactGroup"));
    auto* grid = new QGridLayout(indicator);
    const QStringList channels = OptOutService::contactChannels();
    for (int i = 0; i < channels.size() && i < 4; ++i) {
        auto* label = new QLabel(indicator);
        QString name = channels.at(i);
        name[0] = name.at(0).toUpper();
        label->setObjectName(QStringLiteral("mayContact%1Label").arg(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::TabFocus); // screen-reader users can tab to each answer
        grid->addWidget(label, i / 2, i % 2);
        m_indicatorLabels[i] = label;
    }
    auto* holdsNote = new QLabel(indicator);
    holdsNote->setObjectName(QStringLiteral("holdsNoteLabel"));
    holdsNote->setWordWrap(true);
    holdsNote->setVisible(false);
    grid->addWidget(holdsNote, 2, 0, 1, 2);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Status"), tr("Reason"), tr("Source"), tr("Recorded By"), tr("Recorded At")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("optOutsTable"));
    m_view->setAccessibleName(tr("Opt-outs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_recordButton = new QPushButton(tr("&Record Opt-out\u2026"), this);
    m_recordButton->setObjectName(QStringLiteral("recordOptOutButton"));
    m_recordButton->setAccessibleName(tr("Record opt-out"));
    m_revokeButton = new QPushButton(tr("Re&voke\u2026"), this);
    m_revokeButton->setObjectName(QStringLiteral("revokeOptOutButton"));
    m_revokeButton->setAccessibleName(tr("Revoke the selected opt-out"));
    connect(m_recordButton, &QPushButton::clicked, this, &CustomerOptOutsTab::recordOptOut);
    connect(m_revokeButton, &QPushButton::clicked, this, &CustomerOptOutsTab::revokeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_revokeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(indicator);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerOptOutsTab::updateActions);
    refresh();
}

CustomerOptOutsTab::~CustomerOptOutsTab() = default;

void CustomerOptOutsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_messageLabel->clearMessage();
    refresh();
}

void CustomerOptOutsTab::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    auto* holdsNote = findChild<QLabel*>(QStringLiteral("holdsNoteLabel"));
    holdsNote->setVisible(false);
    const QStringList channels = OptOutService::contactChannels();
    for (int i = 0; i < channels.size() && i < 4; ++i) {
        m_indicatorLabels[i]->setText(
            tr("May contact by %1: \u2014").arg(OptOutService::channelInSentence(channels.at(i))));
        m_indicatorLabels[i]->setAccessibleName(m_indicatorLabels[i]->text());
    }
    if (m_customerId <= 0) {
        updateActions();
        return;
    }

    QString error;
    const auto status = m_service->mayContact(m_customerId, &error);
    if (status) {
        for (int i = 0; i < status->channels.size() && i < 4; ++i) {
            const ChannelContactStatus& channel = status->channels.at(i);
            const QString name = OptOutService::channelInSentence(channel.channel);
            const QString text = channel.mayContact ? tr("May contact by %1: Yes").arg(name)
                                                    : tr("May contact by %1: No (%2)").arg(name, channel.reason);
            m_indicatorLabels[i]->setText(text);
            m_indicatorLabels[i]->setAccessibleName(text);
            m_indicatorLabels[i]->setStyleSheet(channel.mayContact ? QStringLiteral("color: #1e6b2f;")
                                                                   : QStringLiteral("color: #8a1c14;"));
        }
        if (!status->activeHolds.isEmpty()) {
            QStringList holds;
            for (const QString& hold : status->activeHolds)
                holds << OptOutService::holdTitle(hold);
            holdsNote->setText(tr("Note: active holds (%1) may also restrict contact; see the Holds tab.")
                                   .arg(holds.join(QStringLiteral(", "))));
            holdsNote->setVisible(true);
        }
    } else {
        m_messageLabel->showMessage(error);
    }

    const auto records = m_service->list(m_customerId, &error);
    if (!records) {
        m_messageLabel->showMessage(error);
        updateActions();
        return;
    }
    for (const OptOutRecord& record : *records) {
        QList<QStandardItem*> row{
            cell(OptOutService::channelTitle(record.channel)),
            cell(record.isActive() ? tr("Active") : tr("Revoked %1").arg(localTime(record.revokedAt))),
            cell(record.reason),
            cell(OptOutService::sourceTitle(record.source)),
            cell(record.recordedBy),
            cell(localTime(record.createdAt)),
        };
        row.first()->setData(record.id, IdRole);
        row.first()->setData(record.isActive(), ActiveRole);
        row.first()->setData(record.channel, ChannelKeyRole);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    updateActions();
}

qint64 CustomerOptOutsTab::selectedOptOutId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QModelIndex first = m_model->index(rows.first().row(), 0);
    return first.data(ActiveRole).toBool() ? first.data(IdRole).toLongLong() : 0;
}

void CustomerOptOutsTab::updateActions()
{
    const bool customer = m_customerId > 0;
    m_recordButton->setEnabled(customer && m_service->canRecord());
    m_revokeButton->setEnabled(customer && m_service->canRevoke() && selectedOptOutId() > 0);
    const QString denied =
        m_context ? m_context->deniedMessage(QStringLiteral("opt_outs"), PermissionService::Action::Create) : QString();
    m_recordButton->setToolTip(m_service->canRecord() ? tr("Record that the customer opted out of a channel") : denied);
}

void CustomerOptOutsTab::recordOptOut()
{
    if (m_customerId <= 0)
        return;
    m_messageLabel->clearMessage();
    OptOutDialog dialog(
        [this](const QString& channel, const QString& source, const QString& reason, QString* error) {
            return m_service->record(m_customerId, channel, reason, source, error).has_value();
        },
        this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    refresh();
    m_messageLabel->showMessage(tr("Opt-out from %1 recorded.").arg(OptOutService::channelInSentence(dialog.channel())),
                                MessageLabel::Kind::Info);
    emit changed();
}

void CustomerOptOutsTab::revokeSelected()
{
    const qint64 id = selectedOptOutId();
    if (id <= 0)
        return;
    m_messageLabel->clearMessage();
    const int row = m_view->selectionModel()->selectedRows().first().row();
    const QString channel =
        OptOutService::channelInSentence(m_model->index(row, ChannelColumn).data(ChannelKeyRole).toString());
    if (!m_confirm(
            tr("Revoke Opt-out"),
            tr("Revoke the opt-out from %1? The customer may then be contacted on that channel again.").arg(channel)))
        return;
    QString error;
    if (!m_service->revoke(id, &error)) {
        m_messageLabel->showMessage(error);
        return;
    }
    refresh();
    m_messageLabel->showMessage(tr("Opt-out from %1 revoked.").arg(channel), MessageLabel::Kind::Info);
    emit changed();
}
