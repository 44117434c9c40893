#pragma once

#include "services/AccessContext.h"

#include <QWidget>

class Database;
class MessageLabel;
class QStandardItemModel;
class QTableView;

// The Campaigns tab of the customer form: the customer's collection campaigns (name, status,
// current step of the escalation, invoice, started / paused / completed), read-only. Reads go
// through the AccessContext (campaigns: read); a refusal is shown in the tab's message line.
class CustomerCampaignsTab : public QWidget
{
    Q_OBJECT

public:
    CustomerCampaignsTab(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~CustomerCampaignsTab() override;

    // Shows that customer's campaigns (0: none, the list is empty).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reloads the campaigns from the database.
    void refresh();

    int rowCount() const;

signals:
    // Part of the form's tab interface; this tab writes nothing.
    void changed();

private:
    const Database& m_database;
    AccessContextPtr m_context;
    qint64 m_customerId = 0;
    MessageLabel* m_messageLabel = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
};
