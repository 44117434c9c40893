#pragma once

#include "services/CustomerHoldService.h"

#include <QHash>
#include <QWidget>
#include <functional>

class MessageLabel;
class QDialog;
class QLabel;
class QPushButton;

// The Holds tab of the customer form: one row per hold kind (dispute, cease-and-desist,
// attorney-represented, bankruptcy, deceased, hardship) with its status, since when (local
// time), reason and who set it, and the buttons Set… and Release…. Set… is enabled while the hold
// is off and the role may set holds; Release… while it is on and the role may release (manager or
// administrator), else disabled with a tooltip saying why. The work is CustomerHoldService's; the
// reason is asked in a CustomerFormHoldDialog run through a replaceable function
// (setDialogRunner) so tests can fill it without a modal loop (unattended: cancelled).
class CustomerFormHoldsTab : public QWidget
{
    Q_OBJECT

public:
    using DialogRunner = std::function<int(QDialog& dialog)>;

    CustomerFormHoldsTab(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);

    // Shows that customer's holds (0: none, every button disabled).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    void refresh();

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

signals:
    // A hold was set or released (tasks and campaigns may have changed too).
    void changed();

public slots:
    void setHold(CustomerHoldKind kind);
    void releaseHold(CustomerHoldKind kind);

private:
    struct Row
    {
        QLabel* status = nullptr;
        QLabel* since = nullptr;
        QLabel* reason = nullptr;
        QLabel* by = nullptr;
        QPushButton* set = nullptr;
        QPushButton* release = nullptr;
        bool active = false;
    };
    void updateButtons();

    CustomerHoldService m_service;
    AccessContextPtr m_context;
    qint64 m_customerId = 0;
    MessageLabel* m_messageLabel = nullptr;
    QHash<int, Row> m_rows; // by CustomerHoldKind
    DialogRunner m_runDialog;
};
