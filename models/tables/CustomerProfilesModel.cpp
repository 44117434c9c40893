#include "CustomerProfilesModel.h"

CustomerProfilesModel::CustomerProfilesModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("customer_profiles"), parent)
{
}

QString CustomerProfilesModel::validateRow(int row) const
{
    const QVariant score = storedValue(row, QStringLiteral("risk_score"));
    if (!score.isNull() && (score.toLongLong() < 0 || score.toLongLong() > 100))
        return tr("%1 must be between 0 and 100.").arg(columnTitle(QStringLiteral("risk_score")));
    return QString();
}
