#include "core/Money.h"

#include <QtTest>

#include <limits>

// Money parses and prints decimal text exactly, in the currency's minor units.
class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parsesDecimalTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("printed");
        QTest::newRow("cents") << "1234.56" << "USD" << 123456LL << "1234.56";
        QTest::newRow("one decimal") << "0.1" << "EUR" << 10LL << "0.10";
        QTest::newRow("whole") << "7" << "GBP" << 700LL << "7.00";
        QTest::newRow("negative") << "-0.07" << "USD" << -7LL << "-0.07";
        QTest::newRow("yen") << "1500" << "JPY" << 1500LL << "1500";
        QTest::newRow("dinar") << "1.234" << "KWD" << 1234LL << "1.234";
        QTest::newRow("trailing zeros") << "12.500" << "USD" << 1250LL << "12.50";
        QTest::newRow("float trap") << "0.29" << "USD" << 29LL << "0.29";
    }
    void parsesDecimalTextExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qlonglong, minor);
        QFETCH(QString, printed);
        const auto money = Money::parse(text, currency);
        QVERIFY(money.has_value());
        QCOMPARE(qlonglong(money->minorUnits()), minor);
        QCOMPARE(money->toDecimalString(), printed);
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::newRow("letters") << "12a" << "USD";
        QTest::newRow("too many decimals") << "1.234" << "USD";
        QTest::newRow("yen fraction") << "1.5" << "JPY";
        QTest::newRow("empty") << "" << "USD";
        QTest::newRow("bad currency") << "1.00" << "US";
        QTest::newRow("overflow") << "12345678901234567890" << "USD";
        QTest::newRow("exponent") << "1e3" << "USD";
    }
    void rejectsBadText()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QVERIFY(!Money::parse(text, currency).has_value());
    }

    void formatsForTheLocaleExactly_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en_US") << "en_US" << 638898LL << "USD" << "6,388.98 USD";
        QTest::newRow("de_DE") << "de_DE" << 638898LL << "USD" << "6.388,98 USD";
        QTest::newRow("en_US large") << "en_US" << 123456789012LL << "EUR" << "1,234,567,890.12 EUR";
        QTest::newRow("de_DE large") << "de_DE" << 123456789012LL << "EUR" << "1.234.567.890,12 EUR";
        QTest::newRow("en_US negative") << "en_US" << -123450LL << "USD" << "-1,234.50 USD";
        QTest::newRow("de_DE negative") << "de_DE" << -123450LL << "EUR" << "-1.234,50 EUR";
        QTest::newRow("negative cents") << "de_DE" << -7LL << "EUR" << "-0,07 EUR";
        QTest::newRow("zero") << "en_US" << 0LL << "USD" << "0.00 USD";
        QTest::newRow("leading fraction zero") << "en_US" << 100005LL << "USD" << "1,000.05 USD";
        QTest::newRow("yen en_US") << "en_US" << 1234567LL << "JPY" << "1,234,567 JPY";
        QTest::newRow("yen de_DE") << "de_DE" << -1500LL << "JPY" << "-1.500 JPY";
        QTest::newRow("dinar") << "de_DE" << 1234005LL << "KWD" << "1.234,005 KWD";
        QTest::newRow("float trap") << "en_US" << 29LL << "USD" << "0.29 USD";
        QTest::newRow("beyond double") << "en_US" << 900719925474099311LL << "USD"
                                       << "9,007,199,254,740,993.11 USD";
        QTest::newRow("int64 min") << "en_US" << std::numeric_limits<qlonglong>::min() << "USD"
                                   << "-92,233,720,368,547,758.08 USD";
        QTest::newRow("Swiss") << "de_CH" << 123456789LL << "CHF" << "1’234’567.89 CHF";
        QTest::newRow("Indian grouping") << "en_IN" << 123456789LL << "INR" << "12,34,567.89 INR";
        QTest::newRow("C: no grouping") << "C" << 123456789LL << "USD" << "1234567.89 USD";
    }
    void formatsForTheLocaleExactly()
    {
        QFETCH(QString, locale);
        QFETCH(qlonglong, minor);
        QFETCH(QString, currency);
        QFETCH(QString, shown);
        QCOMPARE(Money(minor, currency).toLocaleString(QLocale(locale)), shown);
    }

    void formatsWithTheLocalesDigits()
    {
        // Arabic (Egypt): Arabic-Indic digits, separators and sign come from the locale, not hard-coded.
        const QLocale arabic(QStringLiteral("ar_EG"));
        const QString expected = arabic.negativeSign() + arabic.toString(1234) + arabic.decimalPoint() +
                                 arabic.zeroDigit() + arabic.toString(5) + QStringLiteral(" USD");
        QCOMPARE(Money(-123405, QStringLiteral("USD")).toLocaleString(arabic), expected);
        QVERIFY(!expected.contains(QLatin1Char('5')));
    }

    void addsWithoutRounding()
    {
        Money sum(0, QStringLiteral("USD"));
        for (int i = 0; i < 10; ++i)
            sum = sum + *Money::parse(QStringLiteral("0.10"), QStringLiteral("USD"));
        QCOMPARE(sum.toDecimalString(), QStringLiteral("1.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
