#include "db/Dialect.h"
#include "services/ImportTarget.h"
#include "services/ImportValidator.h"
#include "tables/ValueValidator.h"

#include <QBuffer>
#include <QtTest>

// The import's field rules without a database: what each cell becomes, and the message that
// names the line and the column when it cannot be imported.
class TestImportValidator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Dialect> m_sqlite = Dialect::create(DatabaseUrl::Engine::Sqlite);
    std::unique_ptr<Dialect> m_postgres = Dialect::create(DatabaseUrl::Engine::Postgres);

    static CsvParser::Record record(const QStringList& fields, qint64 line = 2)
    {
        CsvParser::Record r;
        r.fields = fields;
        r.line = line;
        return r;
    }

    QVariant cell(const ImportTarget& target, const QString& field, const QString& text, QString* reason = nullptr,
                  const QString& currency = QStringLiteral("USD"))
    {
        const ImportValidator validator(target, *m_sqlite, {field}, {field});
        QString why;
        const auto value = validator.convert(*target.field(field), text, currency, &why);
        if (reason)
            *reason = why;
        return value ? *value : QVariant(QStringLiteral("<refused>"));
    }

private slots:
    void customerCellsAreNormalised()
    {
        const ImportTarget& c = ImportTarget::customers();
        QCOMPARE(cell(c, "email", "  Ann@Example.COM "), QVariant("ann@example.com"));
        QCOMPARE(cell(c, "phone", "+1 (415) 555-0123"), QVariant("+14155550123"));
        QCOMPARE(cell(c, "phone", "+49.30.1234567"), QVariant("+49301234567"));
        QCOMPARE(cell(c, "country_code", "de"), QVariant("DE"));
        QCOMPARE(cell(c, "preferred_language", "pt_BR"), QVariant("pt-BR"));
        QCOMPARE(cell(c, "preferred_language", "EN"), QVariant("en"));
        QCOMPARE(cell(c, "rule_pack", "B2B"), QVariant("b2b"));
        QCOMPARE(cell(c, "time_zone", "Europe/Berlin"), QVariant("Europe/Berlin"));
        QCOMPARE(cell(c, "company_name", "  Acme  "), QVariant("Acme"));
        QCOMPARE(cell(c, "company_name", "'=SUM(A1)"), QVariant("=SUM(A1)")); // CsvWriter's apostrophe undone
        QCOMPARE(cell(c, "company_name", "'Quoted'"), QVariant("'Quoted'"));  // not a neutralised formula
        QVERIFY(cell(c, "notes", "").isNull());                               // empty optional: NULL
    }

    void badCellsAreRefusedWithAReason()
    {
        const ImportTarget& c = ImportTarget::customers();
        QString reason;
        QCOMPARE(cell(c, "phone", "+1 555", &reason), QVariant("<refused>"));
        QVERIFY(reason.contains(QStringLiteral("\"+1 555\" is not a phone number in international format")));
        QCOMPARE(cell(c, "phone", "0049 30 1234567", &reason), QVariant("<refused>"));
        QCOMPARE(cell(c, "country_code", "XX", &reason), QVariant("<refused>"));
        QVERIFY(reason.contains(QStringLiteral("ISO 3166")));
        QCOMPARE(cell(c, "country_code", "Germany", &reason), QVariant("<refused>"));
        QCOMPARE(cell(c, "time_zone", "CEST+2", &reason), QVariant("<refused>"));
        QCOMPARE(cell(c, "preferred_language", "english!", &reason), QVariant("<refused>"));
        QCOMPARE(cell(c, "rule_pack", "gdpr", &reason), QVariant("<refused>"));
        QCOMPARE(cell(c, "company_name", "", &reason), QVariant("<refused>"));
        QCOMPARE(reason, QStringLiteral("a value is required"));
        QCOMPARE(cell(c, "company_name", QString(201, QLatin1Char('x')), &reason), QVariant("<refused>"));
        QVERIFY(reason.contains(QStringLiteral("201 characters long; at most 200")));
        QCOMPARE(cell(c, "notes", QString(65536, QLatin1Char('x'))).toString().size(), 65536);
    }

    void emailsAgreeWithValueValidator_data()
    {
        QTest::addColumn<QString>("email");
        for (const char* email : {"ann@example.com",
                                  "Ann.Lee+tag@Sub.Example.CO.uk",
                                  "a@b",
                                  "a@b.",
                                  "a@.b.com",
                                  "a@b..com",
                                  "@b.com",
                                  "a@-b.com",
                                  "a@b-.com",
                                  "a@b-c.com",
                                  "a@b_c.com",
                                  "a b@c.com",
                                  "a@b@c.com",
                                  ".a.@b.com",
                                  "a!#$%&'*+/=?^_`{|}~-@b.com",
                                  "ä@b.com",
                                  "a@bü.com",
                                  "a@xn--bcher-kva.example",
                                  "a@b.c0m",
                                  "a\"b@c.com",
                                  "a(b)@c.com",
                                  "a@[1.2.3.4]",
                                  "a@1.2.3.4"}) {
            QTest::newRow(email) << QString::fromUtf8(email);
        }
        QTest::newRow("63-char label") << QStringLiteral("a@%1.com").arg(QString(63, QLatin1Char('x')));
        QTest::newRow("64-char label") << QStringLiteral("a@%1.com").arg(QString(64, QLatin1Char('x')));
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("@b.com");
    }

    void emailsAgreeWithValueValidator()
    {
        // The importer checks plain addresses without a regular expression; it must accept and
        // refuse exactly what ValueValidator (the rule everywhere else) does.
        QFETCH(QString, email);
        const ImportTarget& c = ImportTarget::customers();
        QString importReason;
        const QVariant imported = cell(c, "email", email, &importReason);
        QString reason;
        const auto stored =
            ValueValidator(*m_sqlite).toStored(c.field("email")->column, email, QString(), false, &reason);
        QCOMPARE(imported, stored ? *stored : QVariant("<refused>"));
        QCOMPARE(importReason, reason);
    }

    void paymentCellsFollowTheRowsCurrency()
    {
        const ImportTarget& p = ImportTarget::paymentRecords();
        QCOMPARE(cell(p, "amount", "1234.5"), QVariant(qlonglong(123450)));
        QCOMPARE(cell(p, "amount", "1000", nullptr, QStringLiteral("JPY")), QVariant(qlonglong(1000)));
        QString reason;
        QCOMPARE(cell(p, "amount", "10.5", &reason, QStringLiteral("JPY")), QVariant("<refused>"));
        QCOMPARE(cell(p, "amount", "-1", &reason), QVariant("<refused>"));
        QVERIFY(reason.contains(QStringLiteral("negative")));
        QCOMPARE(cell(p, "due_date", "2024-02-30", &reason), QVariant("<refused>"));
        QCOMPARE(cell(p, "due_date", "2024-02-29"), QVariant("2024-02-29"));
        QCOMPARE(cell(p, "status", "Written_Off"), QVariant("written_off"));
        QCOMPARE(cell(p, "customer_id", "0", &reason), QVariant("<refused>"));
        QCOMPARE(cell(p, "customer_id", "42"), QVariant(qlonglong(42)));

        // PostgreSQL stores exact decimal text.
        const ImportValidator pg(p, *m_postgres, {"amount"}, {"amount"});
        QString why;
        QCOMPARE(pg.convert(*p.field("amount"), "1234.5", "EUR", &why).value_or(QVariant()), QVariant("1234.50"));
    }

    void recordsNameTheirLineAndEveryBadColumn()
    {
        const ImportTarget& c = ImportTarget::customers();
        const QStringList header = {"Firma", "E-Mail", "Telefon", "Ignored"};
        const QStringList mapping = c.suggestMapping(header);
        QCOMPARE(mapping, QStringList({"company_name", "email", "phone", ""}));
        const ImportValidator validator(c, *m_sqlite, header, mapping);

        ImportRow row = validator.validate(record({"Acme", "A@B.COM", "+1 415 555 0123", "whatever"}, 7));
        QVERIFY(row.isValid());
        QCOMPARE(row.key, QStringLiteral("a@b.com"));
        QCOMPARE(row.values.at(c.indexOf("phone")), QVariant("+14155550123"));
        QVERIFY(row.values.at(c.indexOf("city")).isNull());
        QCOMPARE(validator.defaultValue(c.indexOf("time_zone")), QVariant("UTC"));

        row = validator.validate(record({"", "nope", "+1 555", ""}, 17));
        QVERIFY(!row.isValid());
        QCOMPARE(row.error, QStringLiteral("Line 17, column Firma: a value is required; column E-Mail: \"nope\" is not "
                                           "a valid email address; column Telefon: \"+1 555\" is not a phone number in "
                                           "international format (+ country code and number, for example "
                                           "+14155550123)"));
        row = validator.validate(record({"a", "b"}, 9));
        QVERIFY(row.error.startsWith(QStringLiteral("Line 9 has 2 field(s) but the header has 4")));

        CsvParser::Record unreadable = record({}, 4);
        unreadable.error = QStringLiteral("Line 4: broken");
        QCOMPARE(validator.validate(unreadable).error, QStringLiteral("Line 4: broken"));
    }

    void paymentRecordsNeedACustomer()
    {
        const ImportTarget& p = ImportTarget::paymentRecords();
        const QStringList header = {"invoice_number", "customer_email", "customer_id", "amount", "due_date"};
        const ImportValidator validator(p, *m_sqlite, header, header);
        ImportRow row = validator.validate(record({"INV-1", "Billing@Acme.com", "", "5", "2024-01-31"}));
        QVERIFY(row.isValid());
        QCOMPARE(row.customerEmail, QStringLiteral("billing@acme.com"));
        QCOMPARE(row.key, QStringLiteral("INV-1"));
        row = validator.validate(record({"INV-2", "billing@acme.com", "12", "5", "2024-01-31"}));
        QVERIFY(row.customerEmail.isEmpty()); // the id wins
        QCOMPARE(row.values.at(p.indexOf("customer_id")), QVariant(qlonglong(12)));
        row = validator.validate(record({"INV-3", "", "", "5", "2024-01-31"}));
        QVERIFY(row.error.contains(QStringLiteral("no customer")));
        QVERIFY(!p.checkMapping({"a", "b", "c"}, {"invoice_number", "amount", ""}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_importvalidator.moc"
