#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

// An amount of money in integer minor units (cents) of an ISO 4217 currency.
// Never a binary float: parsed from and printed to decimal text exactly.
class Money
{
public:
    Money() = default;
    Money(std::int64_t minorUnits, const QString& currency);

    // "1234.5", "-0.07", "1234" in the currency's decimals; nullopt on bad text or
    // more decimals than the currency has.
    static std::optional<Money> parse(const QString& text, const QString& currency);
    static int decimalsFor(const QString& currency);
    static bool isValidCurrency(const QString& currency);

    // Sub-cent amounts (LLM costs) as millionths of a unit: "0.000042" <-> 42.
    static std::optional<qint64> parseMicros(const QString& text);
    static QString microsToText(qint64 micros);

    std::int64_t minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    int decimals() const { return decimalsFor(m_currency); }
    bool isNull() const { return m_currency.isEmpty(); }

    // Plain decimal text without grouping: "1234.50". Suitable for NUMERIC parameters.
    QString toDecimalString() const;
    // The amount for people to read, from the exact minor units (never a double): the locale's
    // digits, grouping, decimal separator and negative sign, then a space and the ISO code, in
    // every locale: en_US "-1,234.50 USD", de_DE "-1.234,50 USD", JPY "1,500 JPY".
    QString toLocaleString(const QLocale& locale) const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    bool operator==(const Money& other) const = default;
    bool operator<(const Money& other) const { return m_minor < other.m_minor; }

private:
    std::int64_t m_minor = 0;
    QString m_currency;
};

Q_DECLARE_METATYPE(Money)
