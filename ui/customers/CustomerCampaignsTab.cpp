#include "CustomerCampaignsTab.h"

#include "auth/MessageLabel.h"
#include "services/CustomerCampaignsQuery.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    StatusColumn,
    StepColumn,
    InvoiceColumn,
    StartedColumn,
    PausedColumn,
    CompletedColumn,
    CreatedColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;

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

CustomerCampaignsTab::CustomerCampaignsTab(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_database(database), m_context(std::move(context))
{
    setObjectName(QStringLiteral("customerCampaignsTab"));
    setAccessibleName(tr("Campaigns"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Campaign"), tr("Status"), tr("Step"), tr("Invoice"), tr("Started"),
                                        tr("Paused"), tr("Completed"), tr("Created")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("campaignsTable"));
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_view, 1);
}

CustomerCampaignsTab::~CustomerCampaignsTab() = default;

int CustomerCampaignsTab::rowCount() const
{
    return m_model->rowCount();
}

void CustomerCampaignsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void CustomerCampaignsTab::refresh()
{
    m_messageLabel->clearMessage();
    m_model->removeRows(0, m_model->rowCount());
    if (m_customerId <= 0)
        return;
    QString error;
    const auto campaigns = CustomerCampaignsQuery(m_database, m_context).list(m_customerId, &error);
    if (!campaigns) {
        m_messageLabel->showMessage(error);
        return;
    }
    for (const CustomerCampaign& campaign : *campaigns) {
        QString invoice;
        if (!campaign.invoiceNumber.isEmpty())
            invoice = campaign.invoiceNumber;
        else if (campaign.paymentId > 0)
            invoice = tr("#%1").arg(campaign.paymentId);
        QList<QStandardItem*> row{
            cell(campaign.name),
            cell(CustomerCampaignsQuery::statusTitle(campaign.status)),
            cell(campaign.stepCount > 0 ? tr("%1 of %2").arg(campaign.currentStep).arg(campaign.stepCount)
                                        : QString::number(campaign.currentStep)),
            cell(invoice),
            cell(localTime(campaign.startedAt)),
            cell(localTime(campaign.pausedAt)),
            cell(localTime(campaign.completedAt)),
            cell(localTime(campaign.createdAt)),
        };
        row.first()->setData(campaign.id, IdRole);
        m_model->appendRow(row);
    }
    if (campaigns->isEmpty())
        m_messageLabel->showMessage(tr("This customer is in no campaign."), MessageLabel::Kind::Info);
    m_view->resizeColumnsToContents();
}
