#pragma once

#include "services/AccessContext.h"

#include <QWidget>
#include <functional>
#include <memory>

class Database;
class MessageLabel;
class OptOutService;
class QDialog;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The Opt-outs tab of the customer form: a "may we contact?" indicator per channel (email, SMS,
// voice, letter) driven by check_opt_out_status, the customer's opt-outs (active and revoked)
// with reason, source, who and when, and the actions Record Opt-out… and Revoke…. The work is
// OptOutService's; buttons are enabled only when the role may write opt_outs; errors and results
// are shown in the tab's message line.
//
// Dialogs and confirmations go through replaceable functions (setDialogRunner,
// setConfirmFunction) so tests can drive them without a modal loop; unattended
// (COLLECTDESK_NONINTERACTIVE=1) dialogs count as cancelled and confirmations as "no".
class CustomerOptOutsTab : public QWidget
{
    Q_OBJECT

public:
    using ConfirmFunction = std::function<bool(const QString& title, const QString& question)>;
    using DialogRunner = std::function<int(QDialog& dialog)>;

    CustomerOptOutsTab(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~CustomerOptOutsTab() override;

    // Shows that customer's opt-outs (0: none, the tab is empty and its actions disabled).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reloads the indicator and the table from the database.
    void refresh();

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

signals:
    // An opt-out was recorded or revoked.
    void changed();

public slots:
    void recordOptOut();
    void revokeSelected();

private:
    void updateActions();
    qint64 selectedOptOutId() const;

    std::unique_ptr<OptOutService> m_service;
    AccessContextPtr m_context;
    qint64 m_customerId = 0;
    MessageLabel* m_messageLabel = nullptr;
    QLabel* m_indicatorLabels[4] = {nullptr, nullptr, nullptr, nullptr};
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    ConfirmFunction m_confirm;
    DialogRunner m_runDialog;
};
