#include "TestDatabase.h"
#include "db/BatchInserter.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/CsvExporter.h"
#include "services/CsvImporter.h"
#include "services/PermissionService.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

// CsvExporter on both engines: every matching row streamed in pages, the filter seam (SQL
// condition + values) and the search text, cancel, permissions, formula neutralisation, and an
// export that CsvImporter reads back to the same values.
class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;

    Database& db() { return m_db->database(); }

    qint64 count(const QString& table)
    {
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    bool seedCustomers(int n)
    {
        Transaction transaction(db());
        BatchInserter customers(db(), QStringLiteral("customers"),
                                {QStringLiteral("company_name"), QStringLiteral("email"),
                                 QStringLiteral("country_code"), QStringLiteral("city")});
        for (int i = 1; i <= n; ++i) {
            customers << QStringLiteral("Company %1").arg(i, 5, 10, QLatin1Char('0'))
                      << QStringLiteral("c%1@example.com").arg(i)
                      << (i % 3 == 0 ? QStringLiteral("DE") : QStringLiteral("US"))
                      << (i % 10 == 0 ? QStringLiteral("Acme City") : QStringLiteral("Town"));
        }
        QString error;
        if (!customers.flush(&error)) {
            qWarning() << error;
            return false;
        }
        return transaction.commit();
    }

    static QList<QStringList> parse(const QByteArray& data)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        QList<QStringList> rows;
        while (auto record = parser.next())
            rows << record->fields;
        return rows;
    }

    QByteArray exportCustomers(const CsvExporter::Filter& filter, CsvExporter::Result* result,
                               const CsvExporter::Progress& progress = {},
                               AccessContextPtr access = AccessContext::system(), int pageSize = 1000)
    {
        CsvExporter exporter(db(), access, QStringLiteral("customers"));
        exporter.setPageSize(pageSize);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        *result = exporter.exportTo(filter, &buffer, progress);
        return buffer.data();
    }

    QStringList snapshot(const QString& table, const QString& order)
    {
        // Every column but id and the timestamps, as text, row by row.
        QStringList rows;
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next()) {
            QStringList values;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == QLatin1String("id") || name == QLatin1String("created_at") ||
                    name == QLatin1String("updated_at"))
                    continue;
                values << name + QLatin1Char('=') +
                              (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void exportsEveryRowInPages()
    {
        QVERIFY(seedCustomers(2500));
        QList<qint64> progress;
        CsvExporter::Result result;
        const QByteArray data = exportCustomers({}, &result, [&progress](qint64 rows) {
            progress << rows;
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 2500);
        QCOMPARE(progress, QList<qint64>({1000, 2000, 2500}));
        const auto rows = parse(data);
        QCOMPARE(rows.size(), 2501);
        QCOMPARE(rows.at(0).first(), QStringLiteral("id"));
        QVERIFY(rows.at(0).contains(QStringLiteral("company_name")));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("Company 00001"));
        QCOMPARE(rows.last().at(1), QStringLiteral("Company 02500"));
        QSet<QString> ids;
        for (int i = 1; i < rows.size(); ++i)
            ids.insert(rows.at(i).first());
        QCOMPARE(ids.size(), 2500); // no row twice, none missing
    }

    void filterConditionAndSearchSelectRows()
    {
        QVERIFY(seedCustomers(300));
        CsvExporter::Filter filter;
        filter.condition = QStringLiteral("country_code = ?");
        filter.values = {QStringLiteral("DE")};
        CsvExporter::Result result;
        exportCustomers(filter, &result, {}, AccessContext::system(), 7);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 100);

        filter.searchText = QStringLiteral("ACME"); // case-insensitive, in any search column
        filter.searchColumns = {QStringLiteral("contact_name"), QStringLiteral("city")};
        const auto rows = parse(exportCustomers(filter, &result));
        QCOMPARE(result.rows, 10); // i % 30 == 0
        QVERIFY(rows.at(1).contains(QStringLiteral("Acme City")));

        filter = {};
        filter.searchText = QStringLiteral("100%_"); // LIKE wildcards are taken literally
        exportCustomers(filter, &result);
        QCOMPARE(result.rows, 0);
        filter.searchText = QStringLiteral("c25@");
        exportCustomers(filter, &result);
        QCOMPARE(result.rows, 1);
    }

    void cancelLeavesNoFile()
    {
        QVERIFY(seedCustomers(2100));
        CsvExporter exporter(db(), AccessContext::system(), QStringLiteral("customers"));
        const QString path = m_dir->filePath(QStringLiteral("cancel.csv"));
        const CsvExporter::Result result = exporter.exportTo({}, path, [](qint64 rows) { return rows < 1000; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.rows, 1000);
        QVERIFY(!QFile::exists(path));

        const CsvExporter::Result full = exporter.exportTo({}, path);
        QVERIFY(full.ok);
        QVERIFY(QFile::exists(path));
    }

    void exportNeedsThePermission()
    {
        QVERIFY(seedCustomers(3));
        auto permissions = std::make_shared<PermissionService>(db());
        const QString path = m_dir->filePath(QStringLiteral("denied.csv"));
        for (const QString& role : {QStringLiteral("collector"), QStringLiteral("auditor")}) {
            const AccessContextPtr access = AccessContext::forUser(permissions, 0, role);
            CsvExporter exporter(db(), access, QStringLiteral("customers"));
            QVERIFY(!exporter.canExport());
            const CsvExporter::Result result = exporter.exportTo({}, path);
            QVERIFY(!result.ok);
            QCOMPARE(result.error,
                     access->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Export));
            QVERIFY(!QFile::exists(path));
        }
        const AccessContextPtr manager = AccessContext::forUser(permissions, 0, QStringLiteral("manager"));
        CsvExporter exporter(db(), manager, QStringLiteral("payment_records"));
        QVERIFY(exporter.exportTo({}, path).ok);
        QVERIFY(!CsvExporter(db(), AccessContext::nobody(), QStringLiteral("customers")).canExport());
    }

    void exportNeutralisesFormulasAndImportsBackUnchanged()
    {
        // Hostile values go in through the importer, verbatim.
        const QByteArray customers =
            "company_name,contact_name,email,phone,notes,country_code,time_zone\n"
            "=cmd|' /C calc'!A0,Eve,eve@example.com,+14155550123,\"'); DROP TABLE customers;--\",DE,Europe/Berlin\n"
            "\"Multi\nline, \"\"quoted\"\"\",@mention,m@example.com,,-1+2,,\n"
            "Plain,,,,,,\n";
        QFile in(m_dir->filePath(QStringLiteral("in.csv")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(customers);
        in.close();
        ImportSummary imported =
            CsvImporter(db(), AccessContext::system(), ImportTarget::customers()).run(in.fileName(), {});
        QVERIFY(imported.allImported());
        QCOMPARE(imported.created, 3);
        const QByteArray payments = "invoice_number,customer_email,amount,currency,due_date,status,paid_at\n"
                                    "INV-1,eve@example.com,1234.5,EUR,2024-05-31,paid,2024-05-30T12:34:56.789Z\n"
                                    "=INV-2,m@example.com,0.07,USD,2024-06-30,pending,\n"
                                    "INV-3,m@example.com,1000,JPY,2024-07-31,partial,\n";
        QFile paymentsIn(m_dir->filePath(QStringLiteral("payments.csv")));
        QVERIFY(paymentsIn.open(QIODevice::WriteOnly));
        paymentsIn.write(payments);
        paymentsIn.close();
        imported =
            CsvImporter(db(), AccessContext::system(), ImportTarget::paymentRecords()).run(paymentsIn.fileName(), {});
        QVERIFY2(imported.allImported(),
                 qPrintable(imported.issues.isEmpty() ? imported.fatalError : imported.issues.first().message));

        const QStringList customersBefore = snapshot(QStringLiteral("customers"), QStringLiteral("id"));
        const QStringList paymentsBefore =
            snapshot(QStringLiteral("payment_records"), QStringLiteral("invoice_number"));

        // The export protects spreadsheets...
        const QString customersOut = m_dir->filePath(QStringLiteral("customers.csv"));
        const QString paymentsOut = m_dir->filePath(QStringLiteral("payments-out.csv"));
        QVERIFY(CsvExporter(db(), AccessContext::system(), QStringLiteral("customers")).exportTo({}, customersOut).ok);
        QVERIFY(
            CsvExporter(db(), AccessContext::system(), QStringLiteral("payment_records")).exportTo({}, paymentsOut).ok);
        QFile file(customersOut);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("'=cmd|' /C calc'!A0"));
        QVERIFY(text.contains("'@mention"));
        QVERIFY(text.contains("'+14155550123"));
        QVERIFY(text.contains("'); DROP TABLE customers;--")); // not a formula: unchanged
        QFile paymentsFile(paymentsOut);
        QVERIFY(paymentsFile.open(QIODevice::ReadOnly));
        const auto paymentRows = parse(paymentsFile.readAll());
        QCOMPARE(paymentRows.size(), 4);
        const int amount = int(paymentRows.at(0).indexOf(QStringLiteral("amount")));
        const int paidAt = int(paymentRows.at(0).indexOf(QStringLiteral("paid_at")));
        QCOMPARE(paymentRows.at(1).at(amount), QStringLiteral("1234.50"));
        QCOMPARE(paymentRows.at(2).at(amount), QStringLiteral("0.07"));
        QCOMPARE(paymentRows.at(3).at(amount), QStringLiteral("1000"));
        QCOMPARE(paymentRows.at(1).at(paidAt), QStringLiteral("2024-05-30T12:34:56.789Z"));

        // ...and imports back to the very same values.
        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM payment_records")));
        imported = CsvImporter(db(), AccessContext::system(), ImportTarget::paymentRecords()).run(paymentsOut, {});
        QVERIFY(imported.allImported());
        QCOMPARE(imported.created, 3);
        QCOMPARE(snapshot(QStringLiteral("payment_records"), QStringLiteral("invoice_number")), paymentsBefore);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM payment_records")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM customers")));
        imported = CsvImporter(db(), AccessContext::system(), ImportTarget::customers()).run(customersOut, {});
        QVERIFY(imported.allImported());
        QCOMPARE(imported.created, 3);
        QCOMPARE(snapshot(QStringLiteral("customers"), QStringLiteral("id")), customersBefore);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
