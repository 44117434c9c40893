#include "LlmBudgetLimitsModel.h"

LlmBudgetLimitsModel::LlmBudgetLimitsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("llm_budget_limits"), parent)
{
}

QString LlmBudgetLimitsModel::validateRow(int row) const
{
    const QVariant threshold = storedValue(row, QStringLiteral("alert_threshold_pct"));
    if (!threshold.isNull() && (threshold.toLongLong() < 1 || threshold.toLongLong() > 100))
        return tr("%1 must be between 1 and 100.").arg(columnTitle(QStringLiteral("alert_threshold_pct")));

    const QString scope = storedValue(row, QStringLiteral("scope")).toString();
    const bool hasReference = !storedValue(row, QStringLiteral("scope_ref")).toString().trimmed().isEmpty();
    if (scope == QLatin1String("global") && hasReference)
        return tr("A global limit has no %1.").arg(columnTitle(QStringLiteral("scope_ref")));
    if (!scope.isEmpty() && scope != QLatin1String("global") && !hasReference) {
        return tr("%1 is required for a %2 limit.").arg(columnTitle(QStringLiteral("scope_ref")), scope);
    }
    return QString();
}
