#pragma once

#include "SqlTableModel.h"

// Model of the payment_records table: invoices a customer owes. Amounts are Money in the row's
// currency. Row rules: both amounts non-negative, amount_paid never above amount, and a 'paid'
// invoice is paid in full.
class PaymentRecordsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit PaymentRecordsModel(const Database& database, QObject* parent = nullptr);

    QString validateRow(int row) const override;
};
