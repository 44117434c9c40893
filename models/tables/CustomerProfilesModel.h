#pragma once

#include "SqlTableModel.h"

// Model of the customer_profiles table (1:1 with customers): risk, contact preferences and the
// holds (a hold is active while its *_hold_at is set). Row rule: risk_score within 0..100.
class CustomerProfilesModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CustomerProfilesModel(const Database& database, QObject* parent = nullptr);

    QString validateRow(int row) const override;
};
