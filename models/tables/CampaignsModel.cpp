#include "CampaignsModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

CampaignsModel::CampaignsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("campaigns"), parent)
{
}

bool CampaignsModel::isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && std::floor(value.toDouble()) == value.toDouble();
}

QString CampaignsModel::escalationStepsError(const QString& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return tr("the escalation steps must be a JSON array");
    // The channels a step can use are the templates' channels.
    const TableSpec* templates = TableCatalog::find(QStringLiteral("templates"));
    const ColumnSpec* channelColumn = templates ? templates->column(QStringLiteral("channel")) : nullptr;
    const QStringList channels = channelColumn ? channelColumn->enumValues : QStringList();
    const QJsonArray steps = document.array();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString position = QString::number(i + 1);
        if (!steps.at(i).isObject())
            return tr("escalation step %1 is not an object").arg(position);
        const QJsonObject step = steps.at(i).toObject();
        if (!isWholeNumber(step.value(QLatin1String("step"))))
            return tr("escalation step %1 needs a whole-number \"step\"").arg(position);
        if (!isWholeNumber(step.value(QLatin1String("day_offset"))))
            return tr("escalation step %1 needs a whole-number \"day_offset\"").arg(position);
        const QString channel = step.value(QLatin1String("channel")).toString();
        if (!channels.contains(channel)) {
            return tr("escalation step %1 has an unknown channel \"%2\" (use %3)")
                .arg(position, channel, channels.join(QStringLiteral(", ")));
        }
        const QJsonValue templateId = step.value(QLatin1String("template_id"));
        if (!templateId.isUndefined() && !templateId.isNull() && !isWholeNumber(templateId))
            return tr("escalation step %1 has a \"template_id\" that is not a whole number").arg(position);
    }
    return QString();
}

QString CampaignsModel::validateRow(int row) const
{
    const QVariant steps = storedValue(row, QStringLiteral("escalation_steps"));
    if (steps.isNull())
        return QString(); // the schema default: no steps
    const QString error = escalationStepsError(steps.toString());
    return error.isEmpty() ? QString() : tr("%1: %2.").arg(columnTitle(QStringLiteral("escalation_steps")), error);
}
