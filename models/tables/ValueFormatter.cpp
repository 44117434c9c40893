#include "ValueFormatter.h"

#include "db/Dialect.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

bool isNumeric(ColumnType type)
{
    switch (type) {
    case ColumnType::Id:
    case ColumnType::ForeignKey:
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Money:
    case ColumnType::MicroMoney:
        return true;
    default:
        return false;
    }
}

QString jsonText(const QVariant& raw)
{
    const QString text = raw.toString();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text.trimmed(); // a scalar or something the app did not write: show it as stored
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

ValueFormatter::ValueFormatter(const Dialect& dialect) : m_dialect(&dialect) {}

QString ValueFormatter::defaultCurrency()
{
    return QStringLiteral("USD");
}

QString ValueFormatter::timestampFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm");
}



Money ValueFormatter::money(const QVariant& raw, const QString& currency) const
{
    return m_dialect->moneyFromSql(raw, currency.isEmpty() ? defaultCurrency() : currency);
}

std::optional<qint64> ValueFormatter::micros(const QVariant& raw) const
{
    return m_dialect->microMoneyFromSql(raw);
}

QString ValueFormatter::displayText(const ColumnSpec& column, const QVariant& raw, const QString& currency) const
{
    if (raw.isNull())
        return QString();
    const QString unit = currency.isEmpty() ? defaultCurrency() : currency;
    switch (column.type) {
    case ColumnType::Money:
        return money(raw, unit).toDecimalString() + QLatin1Char(' ') + unit;
    case ColumnType::MicroMoney: {
        const QString text = Money::microsToText(micros(raw).value_or(0));
        return column.currencyColumn.isEmpty() ? text : text + QLatin1Char(' ') + unit;
    }
    case ColumnType::Boolean:
        return raw.toBool() ? tr("Yes") : tr("No");
    case ColumnType::Timestamp: {
        const QDateTime time = m_dialect->timestampFromSql(raw);
        return time.isValid() ? time.toLocalTime().toString(timestampFormat()) : raw.toString();
    }
    case ColumnType::Date: {
        const QDate date = m_dialect->dateFromSql(raw);
        return date.isValid() ? date.toString(Qt::ISODate) : raw.toString();
    }
    case ColumnType::Json:
        return jsonText(raw);
    case ColumnType::TextArray:
        return m_dialect->arrayFromSql(raw).join(QStringLiteral(", "));
    case ColumnType::Secret:
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    default:
        return raw.toString();
    }
}

QVariant ValueFormatter::editValue(const ColumnSpec& column, const QVariant& raw, const QString& currency) const
{
    if (column.type == ColumnType::Secret)
        return QString(); // a hash or token is replaced, never shown for editing
    if (raw.isNull())
        return QVariant();
    switch (column.type) {
    case ColumnType::Id:
    case ColumnType::ForeignKey:
    case ColumnType::Integer:
        return raw.toLongLong();
    case ColumnType::Decimal:
        return raw.toDouble();
    case ColumnType::Money:
        return money(raw, currency).toDecimalString();
    case ColumnType::MicroMoney:
        return Money::microsToText(micros(raw).value_or(0));
    case ColumnType::Boolean:
        return raw.toBool();
    case ColumnType::Timestamp:
        return m_dialect->timestampFromSql(raw).toLocalTime();
    case ColumnType::Date:
        return m_dialect->dateFromSql(raw);
    case ColumnType::Json:
        return jsonText(raw);
    case ColumnType::TextArray:
        return m_dialect->arrayFromSql(raw);
    default:
        return raw.toString();
    }
}

QVariant ValueFormatter::data(const ColumnSpec& column, const QVariant& raw, const QString& currency, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (raw.isNull())
            return QVariant();
        return displayText(column, raw, currency);
    }
    case Qt::EditRole:
        return editValue(column, raw, currency);
    case Qt::CheckStateRole:
        if (column.type != ColumnType::Boolean || raw.isNull())
            return QVariant();
        return static_cast<int>(raw.toBool() ? Qt::Checked : Qt::Unchecked);
    case Qt::TextAlignmentRole:
        if (isNumeric(column.type))
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RawValueRole:
        return raw;
    default:
        return QVariant();
    }
}
