#include "core/Money.h"

#include <QtTest>

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
