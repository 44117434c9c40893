#include "ValueValidator.h"

#include "ValueFormatter.h"
#include "core/Money.h"
#include "db/Dialect.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

// The WHATWG "valid email address" rule: good enough to catch typos, not a full RFC 5322 parser.
const QRegularExpression& emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return re;
}

const QRegularExpression& phonePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return re;
}

std::optional<qint64> toInteger(const QVariant& input)
{
    bool ok = false;
    const qint64 value = input.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString moneyText(const QVariant& input)
{
    if (input.metaType() == QMetaType::fromType<Money>())
        return input.value<Money>().toDecimalString();
    return input.toString().trimmed();
}

} // namespace

ValueValidator::ValueValidator(const Dialect& dialect) : m_dialect(&dialect) {}

bool ValueValidator::isEmptyInput(const QVariant& input)
{
    if (input.isNull() || !input.isValid())
        return true;
    if (input.metaType().id() == QMetaType::QString)
        return input.toString().trimmed().isEmpty();
    return false;
}

std::optional<QVariant> ValueValidator::toStored(const ColumnSpec& column, const QVariant& input,
                                                 const QString& currency, bool notNull, QString* reason) const
{
    // An empty text array is a value (no items), not NULL.
    if (isEmptyInput(input) && column.type != ColumnType::TextArray) {
        if (notNull) {
            *reason = tr("a value is required");
            return std::nullopt;
        }
        return QVariant(QMetaType(QMetaType::QString));
    }
    return convert(column, input, currency, reason);
}

std::optional<QVariant> ValueValidator::convert(const ColumnSpec& column, const QVariant& input,
                                                const QString& currency, QString* reason) const
{
    const QString text = input.toString().trimmed();
    switch (column.type) {
    case ColumnType::Email: {
        const QString email = text.toLower();
        if (!emailPattern().match(email).hasMatch()) {
            *reason = tr("\"%1\" is not a valid email address").arg(text);
            return std::nullopt;
        }
        return email;
    }
    case ColumnType::Phone: {
        QString phone = text;
        phone.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
        if (!phonePattern().match(phone).hasMatch()) {
            *reason = tr("\"%1\" is not a phone number in international format (+ country code and number, "
                         "for example +14155550123)")
                          .arg(text);
            return std::nullopt;
        }
        return phone;
    }
    case ColumnType::Enum:
        if (!column.enumValues.contains(text)) {
            *reason = tr("\"%1\" is not one of: %2").arg(text, column.enumValues.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return text;
    case ColumnType::Id:
    case ColumnType::ForeignKey:
    case ColumnType::Integer: {
        const auto value = toInteger(input);
        if (!value) {
            *reason = tr("\"%1\" is not a whole number").arg(text);
            return std::nullopt;
        }
        if (column.type == ColumnType::ForeignKey && *value <= 0) {
            *reason = tr("%1 is not a valid reference").arg(*value);
            return std::nullopt;
        }
        return QVariant::fromValue<qlonglong>(*value);
    }
    case ColumnType::Decimal: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok) {
            *reason = tr("\"%1\" is not a number").arg(text);
            return std::nullopt;
        }
        Q_UNUSED(value)
        return m_dialect->decimalToSql(text);
    }
    case ColumnType::Money: {
        const QString unit = currency.isEmpty() ? ValueFormatter::defaultCurrency() : currency;
        const auto money = Money::parse(moneyText(input), unit);
        if (!money) {
            *reason = tr("\"%1\" is not an amount of %2 with at most %n decimal(s)", nullptr, Money::decimalsFor(unit))
                          .arg(moneyText(input), unit);
            return std::nullopt;
        }
        return m_dialect->moneyToSql(*money);
    }
    case ColumnType::MicroMoney: {
        const auto micros = Money::parseMicros(text);
        if (!micros) {
            *reason = tr("\"%1\" is not an amount with at most 6 decimals").arg(text);
            return std::nullopt;
        }
        return m_dialect->microMoneyToSql(*micros);
    }
    case ColumnType::Currency: {
        const QString code = text.toUpper();
        if (!Money::isValidCurrency(code)) {
            *reason = tr("\"%1\" is not a three-letter ISO 4217 currency code").arg(text);
            return std::nullopt;
        }
        return code;
    }
    case ColumnType::Boolean:
        return toBoolean(input, reason);
    case ColumnType::Date: {
        const QDate date =
            input.metaType().id() == QMetaType::QDate ? input.toDate() : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            *reason = tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text);
            return std::nullopt;
        }
        return m_dialect->dateToSql(date);
    }
    case ColumnType::Timestamp:
        return toTimestamp(input, reason);
    case ColumnType::Json:
        return toJson(input, reason);
    case ColumnType::TextArray:
        return toTextArray(input);
    case ColumnType::TimeZone:
        if (!QTimeZone::isTimeZoneIdAvailable(text.toUtf8())) {
            *reason = tr("\"%1\" is not a known time zone (use an IANA name such as Europe/Berlin)").arg(text);
            return std::nullopt;
        }
        return text;
    case ColumnType::Text:
    case ColumnType::Secret:
        break;
    }
    return input.toString();
}

std::optional<QVariant> ValueValidator::toBoolean(const QVariant& input, QString* reason) const
{
    bool value = false;
    switch (input.metaType().id()) {
    case QMetaType::Bool:
        value = input.toBool();
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        value = input.toLongLong() != 0; // also Qt::Checked (2) / Qt::Unchecked (0)
        break;
    default: {
        const QString text = input.toString().trimmed();
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1") ||
            text.compare(QCoreApplication::translate("ValueFormatter", "Yes"), Qt::CaseInsensitive) == 0)
            value = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0") ||
                 text.compare(QCoreApplication::translate("ValueFormatter", "No"), Qt::CaseInsensitive) == 0)
            value = false;
        else {
            *reason = tr("\"%1\" is not yes or no").arg(text);
            return std::nullopt;
        }
    }
    }
    return m_dialect->boolToSql(value);
}

std::optional<QVariant> ValueValidator::toTimestamp(const QVariant& input, QString* reason) const
{
    QDateTime time;
    if (input.metaType().id() == QMetaType::QDateTime) {
        time = input.toDateTime();
    } else {
        // Text with an offset ("...Z", "+02:00") is that instant; without one it is the user's local time.
        const QString text = input.toString().trimmed();
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
        for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
            if (time.isValid())
                break;
            time = QDateTime::fromString(text, QLatin1String(format));
        }
    }
    if (!time.isValid()) {
        *reason = tr("\"%1\" is not a date and time (YYYY-MM-DD HH:MM)").arg(input.toString());
        return std::nullopt;
    }
    return m_dialect->timestampToSql(time);
}

std::optional<QVariant> ValueValidator::toJson(const QVariant& input, QString* reason) const
{
    QJsonDocument document;
    switch (input.metaType().id()) {
    case QMetaType::QJsonDocument:
        document = input.toJsonDocument();
        break;
    case QMetaType::QJsonObject:
        document = QJsonDocument(input.toJsonObject());
        break;
    case QMetaType::QVariantMap:
        document = QJsonDocument(QJsonObject::fromVariantMap(input.toMap()));
        break;
    case QMetaType::QJsonArray:
        document = QJsonDocument(input.toJsonArray());
        break;
    case QMetaType::QVariantList:
        document = QJsonDocument(QJsonArray::fromVariantList(input.toList()));
        break;
    default: {
        QJsonParseError error{};
        document = QJsonDocument::fromJson(input.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            *reason = tr("not valid JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset);
            return std::nullopt;
        }
    }
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

std::optional<QVariant> ValueValidator::toTextArray(const QVariant& input) const
{
    QStringList items;
    if (input.metaType().id() == QMetaType::QStringList || input.metaType().id() == QMetaType::QVariantList) {
        items = input.toStringList();
    } else {
        items = input.toString().split(QLatin1Char(','));
    }
    QStringList cleaned;
    for (const QString& item : std::as_const(items)) {
        if (!item.trimmed().isEmpty())
            cleaned << item.trimmed();
    }
    return m_dialect->arrayToSql(cleaned);
}

std::optional<QVariant> ValueValidator::convertMoney(const QVariant& stored, const QString& from,
                                                     const QString& to) const
{
    if (stored.isNull())
        return stored;
    const Money amount = m_dialect->moneyFromSql(stored, from.isEmpty() ? ValueFormatter::defaultCurrency() : from);
    const auto converted = Money::parse(amount.toDecimalString(), to);
    if (!converted)
        return std::nullopt;
    return m_dialect->moneyToSql(*converted);
}
