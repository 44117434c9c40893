#pragma once

#include "SqlTableModel.h"

class QJsonValue;

// Model of the campaigns table: a customer's collection campaign and its escalation plan.
// Row rule: escalation_steps is a JSON array of objects {step, day_offset, channel,
// template_id} with whole-number step and day_offset, a known channel and an optional
// whole-number template_id.
class CampaignsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CampaignsModel(const Database& database, QObject* parent = nullptr);

    QString validateRow(int row) const override;

    // The reason a JSON text is not a valid escalation plan, or empty (also for the editors).
    static QString escalationStepsError(const QString& json);

private:
    static bool isWholeNumber(const QJsonValue& value);
};
