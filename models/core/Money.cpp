#include "Money.h"

#include <QRegularExpression>

#include <limits>

Money::Money(std::int64_t minorUnits, const QString& currency) : m_minor(minorUnits), m_currency(currency.toUpper()) {}

int Money::decimalsFor(const QString& currency)
{
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
                                     QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("XOF"),
                                     QStringLiteral("XAF"), QStringLiteral("HUF")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"), QStringLiteral("JOD"),
                                      QStringLiteral("OMR"), QStringLiteral("TND"), QStringLiteral("LYD"),
                                      QStringLiteral("IQD")};
    const QString code = currency.toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

bool Money::isValidCurrency(const QString& currency)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(currency).hasMatch();
}

std::optional<Money> Money::parse(const QString& rawText, const QString& currency)
{
    if (!isValidCurrency(currency.toUpper()))
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d*))?$"));
    const auto match = re.match(rawText.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int decimals = decimalsFor(currency);
    QString fraction = match.captured(3);
    // Accept trailing zeros beyond the currency's decimals ("12.500" USD), reject real digits.
    while (fraction.size() > decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return std::nullopt;
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    const QString whole = match.captured(2);
    if (whole.size() > 15)
        return std::nullopt; // keeps every value inside NUMERIC(18,3) and int64
    bool ok = false;
    std::int64_t minor = (whole + fraction).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (match.captured(1) == QLatin1String("-"))
        minor = -minor;
    return Money(minor, currency);
}

QString Money::toDecimalString() const
{
    const int decimals = decimalsFor(m_currency);
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        digits = digits.rightJustified(decimals + 1, QLatin1Char('0'));
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Money::toLocaleString(const QLocale& locale) const
{
    const int decimals = decimalsFor(m_currency);
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // The locale's own integer formatting: its grouping (also 1,23,45,678), digits and number options.
    QString text = locale.toString(qulonglong(magnitude / scale));
    if (decimals > 0) {
        // Below 1000, so no group separator; padded with the locale's zero to the currency's decimals.
        QString fraction = locale.toString(qulonglong(magnitude % scale));
        const QString zero = locale.zeroDigit(); // two UTF-16 units in a few scripts
        while (fraction.size() < decimals * zero.size())
            fraction.prepend(zero);
        text += locale.decimalPoint() + fraction;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return m_currency.isEmpty() ? text : text + QLatin1Char(' ') + m_currency;
}

Money Money::operator+(const Money& other) const
{
    return Money(m_minor + other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money Money::operator-(const Money& other) const
{
    return Money(m_minor - other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

std::optional<qint64> Money::parseMicros(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d{1,12})(?:\\.(\\d*))?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(3);
    while (fraction.size() > 6 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > 6)
        return std::nullopt;
    bool ok = false;
    qint64 value = (match.captured(2) + fraction.leftJustified(6, QLatin1Char('0'))).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return match.captured(1) == QLatin1String("-") ? -value : value;
}

QString Money::microsToText(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    QString digits = QString::number(magnitude).rightJustified(7, QLatin1Char('0'));
    digits.insert(digits.size() - 6, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}
