#include "TestDatabase.h"
#include "io/CsvParser.h"
#include "io/CsvWriter.h"
#include "services/AccessContext.h"
#include "services/CsvExporter.h"
#include "services/CsvImporter.h"
#include "services/PermissionService.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// CsvImporter on both engines against a hostile corpus: broken quoting, wrong types, duplicate
// keys in the file and in the database, injection strings, 10 MB fields, BOMs, Latin-1 and mixed
// encodings, embedded line breaks, CRLF - every record accounted for, no invalid row stored, no
// valid row lost; plus skip/update, dry run, cancel, the error file round trip, permissions,
// audit rows, row-by-row retry of a failing batch and a run on a worker thread.
class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;

    Database& db() { return m_db->database(); }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant& p : params)
            query.addBindValue(p);
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    }

    qint64 count(const QString& table, const QString& where = QString(), const QVariantList& params = {})
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                          (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                      params)
            .toLongLong();
    }

    qint64 insertCustomer(const QString& company, const QString& email, const QString& city = QString())
    {
        QSqlQuery query(db().connection());
        query.prepare(
            QStringLiteral("INSERT INTO customers (company_name, email, city) VALUES (?, ?, ?) RETURNING id"));
        query.addBindValue(company);
        query.addBindValue(email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email));
        query.addBindValue(city.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(city));
        if (!query.exec() || !query.next())
            return -1;
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

    ImportSummary import(const ImportTarget& target, const QString& path, CsvImporter::Options options = {},
                         const CsvImporter::Progress& progress = {}, AccessContextPtr access = AccessContext::system())
    {
        CsvImporter importer(db(), access, target);
        return importer.run(path, options, progress);
    }

    static QList<CsvParser::Record> readCsv(const QString& path)
    {
        QFile file(path);
        QList<CsvParser::Record> records;
        if (!file.open(QIODevice::ReadOnly))
            return records;
        CsvParser parser(&file);
        while (auto record = parser.next())
            records << *record;
        return records;
    }

    QList<QJsonObject> importAudits(const QString& table)
    {
        QList<QJsonObject> result;
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT actor_type, new_values, entity_id FROM audit_logs WHERE action = 'import' "
                                     "AND entity_type = ? ORDER BY id"));
        query.addBindValue(table);
        if (!query.exec())
            return result;
        while (query.next()) {
            QJsonObject values = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            values.insert(QStringLiteral("_actor_type"), query.value(0).toString());
            values.insert(QStringLiteral("_entity_id_null"), query.value(2).isNull());
            result << values;
        }
        return result;
    }

    static QList<qint64> ids(const QJsonValue& value)
    {
        QList<qint64> result;
        for (const QJsonValue& id : value.toArray())
            result << qint64(id.toDouble());
        return result;
    }

    static QByteArray customersCsv(const QList<QByteArray>& rows)
    {
        QByteArray data = "company_name,contact_name,email,phone,country_code,city\r\n";
        for (const QByteArray& row : rows)
            data += row + "\r\n";
        return data;
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

    void inspectDetectsEncodingDelimiterHeaderAndMapping()
    {
        // German Excel: semicolons, Latin-1, German headers.
        const QByteArray data = QByteArray("Firma;E-Mail;Telefon;PLZ;Stra\xDF") + "e;Bemerkung\r\n" +
                                "M\xFCller GmbH;info@mueller.de;+49 30 123456;10115;Hauptstr. 1;\r\n" + "B\xE4" +
                                "cker KG;b@example.de;;;;x\r\n" + "Dritte;c@example.de;;;;\r\n";
        const QString path = writeFile(QStringLiteral("de.csv"), data);
        CsvImporter::InspectOptions options;
        options.previewRows = 2;
        const CsvImporter::Preview preview = CsvImporter::inspect(path, ImportTarget::customers(), options);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.encoding, CsvParser::Encoding::Latin1);
        QCOMPARE(preview.delimiter, ';');
        QCOMPARE(preview.header.at(4), QStringLiteral("Straße"));
        QCOMPARE(preview.rows.size(), 2);
        QVERIFY(preview.moreRows);
        QCOMPARE(preview.rows.at(0).fields.at(0), QStringLiteral("Müller GmbH"));
        QCOMPARE(preview.rows.at(1).line, 3);
        QCOMPARE(preview.suggestedMapping,
                 QStringList({"company_name", "email", "phone", "postal_code", "address_line1", "notes"}));
        QCOMPARE(ImportTarget::customers().checkMapping(preview.header, preview.suggestedMapping), QString());

        // A payments file: "Email" is the customer's email there.
        const QStringList payments = ImportTarget::paymentRecords().suggestMapping(
            {"Invoice #", "Email", "Amount", "Due Date", "Währung", "Something else"});
        QCOMPARE(payments, QStringList({"invoice_number", "customer_email", "amount", "due_date", "currency", ""}));
        QVERIFY(!ImportTarget::paymentRecords()
                     .checkMapping({"Invoice #", "Amount", "Due"}, {"invoice_number", "amount", "due_date"})
                     .isEmpty()); // no customer reference
        QVERIFY(ImportTarget::customers()
                    .checkMapping({"a", "b"}, {"company_name", "company_name"})
                    .contains(QStringLiteral("two columns")));
    }

    void hostileCorpusAccountsForEveryRecord_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("skip duplicates, one batch") << false << CsvImporter::DefaultBatchSize;
        QTest::newRow("update duplicates, batches of 3") << true << 3;
    }

    void hostileCorpusAccountsForEveryRecord()
    {
        QFETCH(bool, update);
        QFETCH(int, batchSize);
        const qint64 existing = insertCustomer(QStringLiteral("Existing Ltd"), QStringLiteral("existing@example.com"));
        QVERIFY(existing > 0);
        const QByteArray tenMegabytes(10 * 1024 * 1024, 'x');
        const QByteArray badQuoteLine = "\"Bad \"\"quote\"x,Bob,bob@example.com,,,,,";
        const QByteArray strayQuoteLine = "Kappa,Kim,kim@example.com,,,,\"never closed";
        const QByteArray formulaRawLine = "=cmd|' /C calc'!A0,\"a\"b,quinn@example.com,,,,,";
        QByteArray data = "\xEF\xBB\xBF";                                                      // BOM
        data += "company_name,contact_name,email,phone,country_code,time_zone,notes,city\r\n"; // 1
        data += "Acme Inc,Ann,Ann@Acme.com,+1 (415) 555-0123,us,America/New_York,\"first\r\nsecond\","
                "Springfield\r\n";                          // 2-3 created
        data += badQuoteLine + "\r\n";                      // 4 failed: text after a closing quote
        data += "Beta,Ben,ANN@acme.com,,,,,\r\n";           // 5 duplicate of 2
        data += "Gamma,Gus,gus@example.com,+1 555,,,,\r\n"; // 6 failed
        data += "=cmd|' /C calc'!A0,Eve,eve@example.com,,DE,Europe/Berlin,'); DROP TABLE customers;--,\r\n"; // 7
        data +=
            "'); DROP TABLE customers;--,Mallory,mallory@example.com,,,,\"=HYPERLINK(\"\"http://evil\"\")\",\r\n"; // 8
        data += "Delta,,not-an-email,,XX,Mars/Olympus,,\r\n";            // 9 failed
        data += ",Nobody,nobody@example.com,,,,,\r\n";                   // 10 failed
        data += "Epsilon,Eps,eps@example.com,,,,\r\n";                   // 11 failed
        data += "Zeta,Zed,EXISTING@example.com,,,,,\r\n";                // 12 duplicate (db): skipped / updated
        data += "Eta,,eta@example.com,,,,\"" + tenMegabytes + "\",\r\n"; // 13 failed
        data += tenMegabytes + ",,big@example.com,,,,,\r\n";             // 14 failed
        data += "  Theta  ,  Tom ,theta@example.com,+49 30 1234567,de,Europe/Berlin,  ,Berlin\r\n"; // 15 created
        data += "\"Iota, \"\"the\"\" company\",Ivy,,,,,,\r\n";                                      // 16 created
        data += strayQuoteLine + "\r\n";                                   // 17 failed: a stray opening quote
        data += "Lambda,Lou,lou@example.com,,,,,Lisbon\r\n";               // 18 created, not swallowed by 17
        data += "\"Mu, \"\"the\"\" second\",Max,max@example.com,,,,,\r\n"; // 19 created (its quote ends 17's field)
        data += "@SUM(1+1)*cmd|' /C calc'!A0,Oscar,not-an-email,,,,,\r\n"; // 20 failed
        data += "+1+cmd|' /C calc'!A0,Pia,pia@example.com,,,,-2+3+cmd|' /C calc'!A0,\r\n"; // 21 created
        data += formulaRawLine + "\r\n";                                        // 22 failed: unreadable, starts with =
        data += "\"Nu\r\n";                                                     // 23 failed: its field breaks
        data += "Corp.\" ,Nina,nina@example.com,,,,,\r\n";                      // 24 failed: the tail of 23
        data += "Omega,Olga,olga@example.com,,,,\"never closed at the end\r\n"; // 25 failed
        const QString path = writeFile(QStringLiteral("hostile.csv"), data);
        const QString errors = m_dir->filePath(QStringLiteral("hostile.errors.csv"));

        CsvImporter::Options options;
        options.errorFilePath = errors;
        options.batchSize = batchSize;
        options.onDuplicate = update ? CsvImporter::OnDuplicate::Update : CsvImporter::OnDuplicate::Skip;
        const ImportSummary s = import(ImportTarget::customers(), path, options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.total, 23); // every data record, once
        QCOMPARE(s.created, 8);
        QCOMPARE(s.updated, update ? 1 : 0);
        QCOMPARE(s.skippedDuplicates, update ? 1 : 2);
        QCOMPARE(s.failed, 13);
        QVERIFY(s.isBalanced());
        QVERIFY(!s.cancelled);
        QCOMPARE(s.notProcessedFromLine, 0);
        QCOMPARE(s.errorFilePath, errors);
        QCOMPARE(s.errorRows, 13);

        // Exactly the valid rows are stored, verbatim; none of the failed ones.
        QCOMPARE(count(QStringLiteral("customers")), 1 + 8);
        QCOMPARE(
            count(QStringLiteral("customers"),
                  QStringLiteral(
                      "email IN ('bob@example.com', 'gus@example.com', 'nobody@example.com', "
                      "'eps@example.com', 'eta@example.com', 'big@example.com', 'kim@example.com', "
                      "'quinn@example.com', 'olga@example.com', 'nina@example.com') OR email IS NULL AND company_name "
                      "<> 'Iota, \"the\" company' OR company_name IN ('Gamma', 'Delta', 'Omega')")),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM customers WHERE company_name = 'Acme Inc'")).toString(),
                 QStringLiteral("ann@acme.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE company_name = 'Acme Inc'")).toString(),
                 QStringLiteral("+14155550123"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT country_code FROM customers WHERE company_name = 'Acme Inc'")).toString(),
            QStringLiteral("US"));
        QCOMPARE(scalar(QStringLiteral("SELECT notes FROM customers WHERE company_name = 'Acme Inc'")).toString(),
                 QStringLiteral("first\r\nsecond"));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {"=cmd|' /C calc'!A0"}), 1);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("notes = ?"), {"'); DROP TABLE customers;--"}), 1);
        QCOMPARE(
            count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {"'); DROP TABLE customers;--"}), 1);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("notes = ?"), {"=HYPERLINK(\"http://evil\")"}), 1);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = ? AND notes = ?"),
                       {"+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE company_name = 'Theta'")).toString(),
                 QStringLiteral("Tom"));
        QVERIFY(scalar(QStringLiteral("SELECT notes FROM customers WHERE company_name = 'Theta'")).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT time_zone FROM customers WHERE company_name = 'Iota, \"the\" company'"))
                     .toString(),
                 QStringLiteral("UTC"));
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE company_name = 'Lambda'")).toString(),
                 QStringLiteral("Lisbon"));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {"Mu, \"the\" second"}), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT company_name FROM customers WHERE id = ?"), {existing}).toString(),
                 update ? QStringLiteral("Zeta") : QStringLiteral("Existing Ltd"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {existing}).toString(),
                 update ? QStringLiteral("Zed") : QString());
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("length(company_name) > 1000")), 0);

        // The report names lines and columns.
        QStringList messages;
        for (const auto& issue : s.issues)
            messages << QString::number(issue.line) + (issue.failed ? QStringLiteral("F ") : QStringLiteral("D ")) +
                            issue.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("4F Line 4: a quoted field is followed by \"x\" instead of a delimiter")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("6F Line 6, column phone: \"+1 555\" is not a phone number")));
        QVERIFY(all.contains(QStringLiteral("5D Line 5: email \"ann@acme.com\" is a duplicate of line 2")));
        QCOMPARE(all.contains(QStringLiteral("12D Line 12: email \"existing@example.com\" is already in the database")),
                 !update);
        QVERIFY(all.contains(QStringLiteral("column email: \"not-an-email\" is not a valid email address")));
        QVERIFY(all.contains(QStringLiteral("column country_code: \"XX\" is not an ISO 3166 country code")));
        QVERIFY(all.contains(QStringLiteral("column time_zone: \"Mars/Olympus\" is not a known time zone")));
        QVERIFY(all.contains(QStringLiteral("10F Line 10, column company_name: a value is required")));
        QVERIFY(all.contains(QStringLiteral("11F Line 11 has 7 field(s) but the header has 8")));
        QVERIFY(all.contains(QStringLiteral("13F Line 13, column notes: the value is 10485760 characters long; at most "
                                            "65536 are allowed")));
        QVERIFY(
            all.contains(QStringLiteral("14F Line 14, column company_name: the value is 10485760 characters long")));
        QVERIFY(all.contains(QStringLiteral("17F Line 17: a quoted field starts on this line and ends on line 19")));
        QVERIFY(all.contains(QStringLiteral("20F Line 20, column email: \"not-an-email\"")));
        QVERIFY(all.contains(QStringLiteral("22F Line 22: a quoted field is followed by \"b\"")));
        QVERIFY(all.contains(QStringLiteral("23F Line 23: a quoted field starts on this line and ends on line 24")));
        QVERIFY(all.contains(QStringLiteral("24F Line 24 holds the end of the quoted field that starts on line 23")));
        QVERIFY(all.contains(QStringLiteral("25F A quoted field that starts on line 25 is never closed")));

        // The error file: header + error + line, one row per failure, original fields; an
        // unreadable record's whole line in the first column.
        const auto records = readCsv(errors);
        QCOMPARE(records.size(), 14);
        QCOMPARE(records.at(0).fields, QStringList({"company_name", "contact_name", "email", "phone", "country_code",
                                                    "time_zone", "notes", "city", "error", "line"}));
        QStringList lines;
        QHash<QString, QStringList> byLine;
        for (int i = 1; i < records.size(); ++i) {
            QVERIFY2(records.at(i).isValid(), qPrintable(records.at(i).error));
            QCOMPARE(records.at(i).fields.size(), 10);
            lines << records.at(i).fields.at(9);
            byLine.insert(records.at(i).fields.at(9), records.at(i).fields);
        }
        QCOMPARE(lines, QStringList({"4", "6", "9", "10", "11", "13", "14", "17", "20", "22", "23", "24", "25"}));
        QCOMPARE(byLine.value("4").at(0), QString::fromUtf8(badQuoteLine));
        QCOMPARE(byLine.value("17").at(0), QString::fromUtf8(strayQuoteLine));
        QCOMPARE(byLine.value("23").at(0), QStringLiteral("\"Nu"));
        QCOMPARE(byLine.value("24").at(0), QStringLiteral("Corp.\" ,Nina,nina@example.com,,,,,"));
        QCOMPARE(byLine.value("25").at(0), QStringLiteral("Omega,Olga,olga@example.com,,,,\"never closed at the end"));
        QCOMPARE(byLine.value("6").at(3), QStringLiteral("'+1 555")); // neutralised for spreadsheets
        QCOMPARE(byLine.value("13").at(6).size(), tenMegabytes.size());
        // Injection: no cell of the error file is a formula for a spreadsheet.
        QCOMPARE(byLine.value("20").at(0), QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
        QCOMPARE(byLine.value("22").at(0), QLatin1Char('\'') + QString::fromUtf8(formulaRawLine));
        for (const auto& record : records) {
            for (const QString& cell : record.fields)
                QVERIFY2(!CsvWriter::looksLikeFormula(cell), qPrintable(cell.left(80)));
        }

        // The exporter writes the stored injection strings as text for spreadsheets too.
        CsvExporter exporter(db(), AccessContext::system(), QStringLiteral("customers"));
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        const CsvExporter::Result result = exporter.exportTo(CsvExporter::Filter(), &exported);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 9);
        exported.close();
        exported.open(QIODevice::ReadOnly);
        CsvParser exportParser(&exported);
        QStringList companies;
        int exportedRecords = 0;
        while (auto record = exportParser.next()) {
            QVERIFY2(record->isValid(), qPrintable(record->error));
            ++exportedRecords;
            for (const QString& cell : record->fields) {
                QVERIFY2(!CsvWriter::looksLikeFormula(cell), qPrintable(cell.left(80)));
                if (cell.contains(QStringLiteral("cmd|")))
                    companies << cell;
            }
        }
        QCOMPARE(exportedRecords, 1 + 9);
        companies.sort();
        QCOMPARE(companies, QStringList({"'+1+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"}));

        // Audit rows, one per batch that wrote something, by the system, naming the ids.
        const auto audits = importAudits(QStringLiteral("customers"));
        QCOMPARE(audits.size() == 1, batchSize >= 23);
        QList<qint64> createdIds;
        QList<qint64> updatedIds;
        qint64 failed = 0;
        qint64 skipped = 0;
        for (const QJsonObject& audit : audits) {
            QCOMPARE(audit.value(QStringLiteral("_actor_type")).toString(), QStringLiteral("system"));
            QVERIFY(audit.value(QStringLiteral("_entity_id_null")).toBool());
            QCOMPARE(audit.value(QStringLiteral("file")).toString(), QStringLiteral("hostile.csv"));
            createdIds += ids(audit.value(QStringLiteral("created_ids")));
            updatedIds += ids(audit.value(QStringLiteral("updated_ids")));
            failed += audit.value(QStringLiteral("failed")).toInt();
            skipped += audit.value(QStringLiteral("skipped_duplicates")).toInt();
        }
        QCOMPARE(createdIds.size(), 8);
        QVERIFY(!createdIds.contains(existing));
        QCOMPARE(updatedIds, update ? QList<qint64>{existing} : QList<qint64>());
        if (batchSize >= 23) {
            QCOMPARE(failed, 13);
            QCOMPARE(skipped, update ? 1 : 2);
        }
    }

    void mixedEncodingLineFailsAloneAndLatin1FilesImport()
    {
        // UTF-8 with one Latin-1 line (in the first 64 KiB): only that line fails.
        QByteArray data = customersCsv({"M\xC3\xBCller GmbH,M\xC3\xBCller,m@example.com,,,K\xC3\xB6ln",
                                        "J\xE4ger AG,J\xE4ger,j@example.com,,,Graz",
                                        "Zo\xC3\xAB Ltd,Zo\xC3\xAB,z@example.com,,,Z\xC3\xBCrich"});
        const QString errors = m_dir->filePath(QStringLiteral("mixed.errors.csv"));
        CsvImporter::Options options;
        options.errorFilePath = errors;
        ImportSummary s = import(ImportTarget::customers(), writeFile(QStringLiteral("mixed.csv"), data), options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.total, 3);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.issues.first().line, 3);
        QVERIFY(s.issues.first().message.contains(QStringLiteral("Line 3 is not valid UTF-8")));
        QCOMPARE(
            count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {QStringLiteral("Müller GmbH")}), 1);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city = ?"), {QStringLiteral("Zürich")}), 1);
        // The error file shows the line as Latin-1 most likely meant it, ready to re-import.
        const auto records = readCsv(errors);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("Jäger AG"));
        s = import(ImportTarget::customers(), errors);
        QCOMPARE(s.created, 1);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {QStringLiteral("Jäger AG")}),
                 1);

        // A Latin-1 file, detected as such.
        data = customersCsv({"B\xE4"
                             "cker KG,Fran\xE7ois,b@example.com,,,M\xFCnchen"});
        s = import(ImportTarget::customers(), writeFile(QStringLiteral("latin1.csv"), data));
        QCOMPARE(s.created, 1);
        QCOMPARE(s.encodingName, CsvParser::encodingName(CsvParser::Encoding::Latin1));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city = ?"), {QStringLiteral("München")}), 1);

        // Forced UTF-8 on the Latin-1 file: the record fails instead of being stored garbled.
        options = {};
        options.encoding = CsvParser::Encoding::Utf8;
        data = customersCsv({"Caf\xE9 SA,,cafe@example.com,,,"});
        s = import(ImportTarget::customers(), writeFile(QStringLiteral("forced.csv"), data), options);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.created, 0);
    }

    void mostlyUtf8FileWithLatin1LinesFirstIsUtf8()
    {
        // Detection is CsvParser's, not a step of the importer: the Latin-1 lines fail with their
        // line numbers even when they come first; the UTF-8 lines are stored ungarbled.
        const QByteArray data =
            customersCsv({"J\xE4ger AG,J\xE4ger,j@example.com,,,Graz",
                          "M\xC3\xBCller GmbH,M\xC3\xBCller,m@example.com,,,K\xC3\xB6ln", "Plain Ltd,,p@example.com,,,",
                          "Zo\xC3\xAB Ltd,Zo\xC3\xAB,z@example.com,,,Z\xC3\xBCrich", "Caf\xE9 SA,,cafe@example.com,,,",
                          "\xC3\x89"
                          "cole SA,,ecole@example.com,,,Orl\xC3\xA9"
                          "ans"});
        const QString path = writeFile(QStringLiteral("mostly.csv"), data);
        const CsvImporter::Preview preview = CsvImporter::inspect(path, ImportTarget::customers());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.encoding, CsvParser::Encoding::Utf8);
        CsvImporter::Options options;
        options.errorFilePath = m_dir->filePath(QStringLiteral("mostly.errors.csv"));
        const ImportSummary s = import(ImportTarget::customers(), path, options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.encodingName, CsvParser::encodingName(CsvParser::Encoding::Utf8));
        QCOMPARE(s.total, 6);
        QCOMPARE(s.created, 4);
        QCOMPARE(s.failed, 2);
        QVERIFY(s.isBalanced());
        QCOMPARE(s.issues.at(0).line, 2);
        QVERIFY(s.issues.at(0).message.contains(QStringLiteral("Line 2 is not valid UTF-8")));
        QCOMPARE(s.issues.at(1).line, 6);
        QCOMPARE(count(QStringLiteral("customers")), 4);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city IN (?, ?, ?)"),
                       {QStringLiteral("Köln"), QStringLiteral("Zürich"), QStringLiteral("Orléans")}),
                 3);
        // The error file holds the Latin-1 lines as Latin-1 meant them, ready to import again.
        const auto records = readCsv(options.errorFilePath);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("Jäger AG"));
        QCOMPARE(records.at(2).fields.at(0), QStringLiteral("Café SA"));
        const ImportSummary again = import(ImportTarget::customers(), options.errorFilePath);
        QCOMPARE(again.created, 2);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city = ?"), {QStringLiteral("Graz")}), 1);
    }

    void lineEndsBomsAndEmbeddedLineBreaksImportAlike_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("finalLineEnd");
        QTest::newRow("CRLF") << QByteArray("\r\n") << false << true;
        QTest::newRow("CRLF, BOM, no final line end") << QByteArray("\r\n") << true << false;
        QTest::newRow("LF") << QByteArray("\n") << false << true;
        QTest::newRow("LF, BOM") << QByteArray("\n") << true << true;
        QTest::newRow("CR") << QByteArray("\r") << false << false;
    }

    void lineEndsBomsAndEmbeddedLineBreaksImportAlike()
    {
        QFETCH(QByteArray, lineEnd);
        QFETCH(bool, bom);
        QFETCH(bool, finalLineEnd);
        const QByteArray e = lineEnd;
        QByteArray data = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        data += "company_name,email,notes,city" + e;
        data += "One,one@example.com,\"line 1" + e + "line 2" + e + e + "line 4\",Paris" + e; // 2-5
        data += e;                                                                            // 6: blank, skipped
        data += "Two,two@example.com,\"a, \"\"b\"\"\",Rome" + e;                              // 7
        data += "Three,three@example.com,\"" + e + "x" + e + "\",Oslo" + e;                   // 8-10
        data += "Bad,bad@example.com,+1 555 x,Nowhere,extra" + e;                             // 11 failed
        data += "M\xC3\xBCller,m@example.com,,K\xC3\xB6ln";                                   // 12
        if (finalLineEnd)
            data += e;
        CsvImporter::Options options;
        options.errorFilePath = m_dir->filePath(QStringLiteral("ends.errors.csv"));
        const ImportSummary s = import(ImportTarget::customers(), writeFile(QStringLiteral("ends.csv"), data), options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.total, 5);
        QCOMPARE(s.created, 4);
        QCOMPARE(s.failed, 1);
        QVERIFY(s.isBalanced());
        QCOMPARE(s.issues.first().line, 11);
        const QString n = QString::fromLatin1(e);
        QCOMPARE(scalar(QStringLiteral("SELECT notes FROM customers WHERE company_name = 'One'")).toString(),
                 QStringLiteral("line 1") + n + QStringLiteral("line 2") + n + n + QStringLiteral("line 4"));
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE company_name = 'One'")).toString(),
                 QStringLiteral("Paris"));
        QCOMPARE(scalar(QStringLiteral("SELECT notes FROM customers WHERE company_name = 'Two'")).toString(),
                 QStringLiteral("a, \"b\""));
        // Cells are trimmed (ImportValidator), also of line breaks at their ends.
        QCOMPARE(scalar(QStringLiteral("SELECT notes FROM customers WHERE company_name = 'Three'")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE email = 'm@example.com'")).toString(),
                 QStringLiteral("Köln"));
        const auto records = readCsv(options.errorFilePath);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("Bad,bad@example.com,+1 555 x,Nowhere,extra"));
    }

    void largeBatchesStoreEveryValueExactly()
    {
        // Batches of hundreds of rows (SQLite writes them through a staging table, PostgreSQL
        // through arrays): every value lands in its own row and column, NULLs stay NULL, failed
        // rows in the middle of a batch take nothing with them, and updates keep unmapped and
        // empty cells.
        QList<QByteArray> rows;
        for (int i = 0; i < 700; ++i) {
            if (i % 97 == 13)
                rows << QStringLiteral("Broken %1,,broken%1@,,,").arg(i).toUtf8(); // line i + 2 fails
            else
                rows << QStringLiteral("Company %1,%2,c%1@example.com,%3,%4,City %1")
                            .arg(i)
                            .arg(i % 5 == 0 ? QString() : QStringLiteral("Contact %1").arg(i))
                            .arg(i % 3 == 0 ? QString() : QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')))
                            .arg(i % 2 == 0 ? QStringLiteral("DE") : QStringLiteral("us"))
                            .toUtf8();
        }
        const QString path = writeFile(QStringLiteral("large.csv"), customersCsv(rows));
        CsvImporter::Options options;
        options.batchSize = 300;
        ImportSummary s = import(ImportTarget::customers(), path, options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.total, 700);
        QCOMPARE(s.failed, 8);
        QCOMPARE(s.created, 692);
        QCOMPARE(count(QStringLiteral("customers")), 692);
        auto row = [this](int i) {
            QSqlQuery query(db().connection());
            query.prepare(QStringLiteral("SELECT company_name, contact_name, phone, country_code, city, time_zone "
                                         "FROM customers WHERE email = ?"));
            query.addBindValue(QStringLiteral("c%1@example.com").arg(i));
            if (!query.exec() || !query.next())
                return QStringList{QStringLiteral("missing")};
            QStringList values;
            for (int c = 0; c < 6; ++c)
                values << (query.isNull(c) ? QStringLiteral("NULL") : query.value(c).toString());
            return values;
        };
        for (int i = 0; i < 700; ++i) {
            if (i % 97 == 13)
                continue;
            const QStringList expected{QStringLiteral("Company %1").arg(i),
                                       i % 5 == 0 ? QStringLiteral("NULL") : QStringLiteral("Contact %1").arg(i),
                                       i % 3 == 0 ? QStringLiteral("NULL")
                                                  : QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')),
                                       i % 2 == 0 ? QStringLiteral("DE") : QStringLiteral("US"),
                                       QStringLiteral("City %1").arg(i),
                                       QStringLiteral("UTC")};
            QCOMPARE(row(i), expected);
        }
        // The created ids are those of the audit rows, in file order.
        QList<qint64> created;
        for (const QJsonObject& audit : importAudits(QStringLiteral("customers")))
            created += ids(audit.value(QStringLiteral("created_ids")));
        QCOMPARE(created.size(), 692);
        QList<qint64> sorted = created;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(created, sorted);
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM customers WHERE id = ?"), {created.first()}).toString(),
                 QStringLiteral("c0@example.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM customers WHERE id = ?"), {created.last()}).toString(),
                 QStringLiteral("c699@example.com"));
        if (!db().dialect().isPostgres()) // the search index follows (SQLite's FTS5 triggers)
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH ?"),
                            {QStringLiteral("company")})
                         .toLongLong(),
                     692);

        // Update: new city and contact for every row; empty cells keep the stored values.
        for (QByteArray& line : rows)
            line.replace("City ", "Town ").replace(",Contact ", ",");
        const QString again = writeFile(QStringLiteral("large2.csv"), customersCsv(rows));
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        s = import(ImportTarget::customers(), again, options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.updated, 692);
        QCOMPARE(s.failed, 8);
        QCOMPARE(count(QStringLiteral("customers")), 692);
        for (const int i : {0, 1, 2, 3, 5, 6, 299, 300, 301, 698, 699}) {
            const QStringList expected{QStringLiteral("Company %1").arg(i),
                                       i % 5 == 0 ? QStringLiteral("NULL") : QString::number(i),
                                       i % 3 == 0 ? QStringLiteral("NULL")
                                                  : QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')),
                                       i % 2 == 0 ? QStringLiteral("DE") : QStringLiteral("US"),
                                       QStringLiteral("Town %1").arg(i),
                                       QStringLiteral("UTC")};
            QCOMPARE(row(i), expected);
        }
        if (!db().dialect().isPostgres())
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH ?"),
                            {QStringLiteral("contact_name : 698")})
                         .toLongLong(),
                     1);
    }

    void duplicatesAreSkippedOrUpdated()
    {
        const qint64 ann =
            insertCustomer(QStringLiteral("Old Name"), QStringLiteral("ann@example.com"), QStringLiteral("Oldtown"));
        const QString path = writeFile(QStringLiteral("dups.csv"), customersCsv({"New Name,Ann New,ANN@example.com,,,",
                                                                                 "Other,,other@example.com,,,",
                                                                                 "Third,,ann@EXAMPLE.com,,,Ignored"}));
        ImportSummary s = import(ImportTarget::customers(), path);
        QCOMPARE(s.created, 1);
        QCOMPARE(s.skippedDuplicates, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT company_name FROM customers WHERE id = ?"), {ann}).toString(),
                 QStringLiteral("Old Name"));

        CsvImporter::Options options;
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        s = import(ImportTarget::customers(), path, options);
        QCOMPARE(s.total, 3);
        QCOMPARE(s.updated, 2);           // ann and other, both in the database now
        QCOMPARE(s.skippedDuplicates, 1); // line 4 repeats line 2's key: the first wins
        QCOMPARE(s.created, 0);
        QVERIFY(s.isBalanced());
        QCOMPARE(scalar(QStringLiteral("SELECT company_name FROM customers WHERE id = ?"), {ann}).toString(),
                 QStringLiteral("New Name"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {ann}).toString(),
                 QStringLiteral("Ann New"));
        // An empty cell keeps the stored value.
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {ann}).toString(),
                 QStringLiteral("Oldtown"));
        QCOMPARE(count(QStringLiteral("customers")), 2);
        const auto audits = importAudits(QStringLiteral("customers"));
        QCOMPARE(audits.size(), 2); // the first run's and the update's
        QVERIFY(ids(audits.last().value(QStringLiteral("updated_ids"))).contains(ann));
        QCOMPARE(audits.last().value(QStringLiteral("on_duplicate")).toString(), QStringLiteral("update"));

        // Two stored customers with one email: which to update is unclear, the record fails.
        insertCustomer(QStringLiteral("Twin A"), QStringLiteral("twin@example.com"));
        insertCustomer(QStringLiteral("Twin B"), QStringLiteral("twin@example.com"));
        s = import(ImportTarget::customers(),
                   writeFile(QStringLiteral("twin.csv"), customersCsv({"Twin C,,twin@example.com,,,"})), options);
        QCOMPARE(s.failed, 1);
        QVERIFY(s.issues.first().message.contains(QStringLiteral("matches 2 rows")));
    }

    void dryRunWritesNothing()
    {
        insertCustomer(QStringLiteral("Stored"), QStringLiteral("stored@example.com"));
        const QString path = writeFile(
            QStringLiteral("dry.csv"),
            customersCsv({"A,,a@example.com,,,", "B,,stored@example.com,,,", "C,,c@example.com,+1,,", "D,,,,,"}));
        const qint64 audits = count(QStringLiteral("audit_logs"));
        CsvImporter::Options options;
        options.dryRun = true;
        options.errorFilePath = m_dir->filePath(QStringLiteral("dry.errors.csv"));
        ImportSummary s = import(ImportTarget::customers(), path, options);
        QVERIFY(s.dryRun);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.skippedDuplicates, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.batchesCommitted, 0);
        QCOMPARE(count(QStringLiteral("customers")), 1);
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);
        QVERIFY(QFile::exists(options.errorFilePath)); // the report, not the database

        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        s = import(ImportTarget::customers(), path, options);
        QCOMPARE(s.updated, 1);
        QCOMPARE(count(QStringLiteral("customers")), 1);

        // The real run does what the dry run said.
        options.dryRun = false;
        const ImportSummary real = import(ImportTarget::customers(), path, options);
        QCOMPARE(real.created, s.created);
        QCOMPARE(real.updated, s.updated);
        QCOMPARE(real.failed, s.failed);
        QCOMPARE(count(QStringLiteral("customers")), 3);
    }

    void cancelKeepsExactlyTheCommittedBatches()
    {
        QList<QByteArray> rows;
        for (int i = 1; i <= 10; ++i)
            rows << QStringLiteral("Company %1,,c%1@example.com,,,").arg(i).toUtf8();
        rows.insert(1, "Broken,,not-an-email,,,"); // line 3, in the first batch
        const QString path = writeFile(QStringLiteral("cancel.csv"), customersCsv(rows));
        CsvImporter::Options options;
        options.batchSize = 3;
        int calls = 0;
        const ImportSummary s = import(ImportTarget::customers(), path, options, [&calls](const ImportSummary& soFar) {
            ++calls;
            return soFar.total < 3;
        });
        QCOMPARE(calls, 1);
        QVERIFY(s.cancelled);
        QCOMPARE(s.total, 3);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.failed, 1);
        QVERIFY(s.isBalanced());
        QCOMPARE(s.notProcessedFromLine, 5);
        QCOMPARE(s.batchesCommitted, 1);
        QCOMPARE(count(QStringLiteral("customers")), 2);
        QCOMPARE(importAudits(QStringLiteral("customers")).size(), 1);

        // Importing the file again with skip finishes the job without doubling anything.
        options.batchSize = 4;
        const ImportSummary again = import(ImportTarget::customers(), path, options);
        QCOMPARE(again.created, 8);
        QCOMPARE(again.skippedDuplicates, 2);
        QCOMPARE(count(QStringLiteral("customers")), 10);
        QCOMPARE(importAudits(QStringLiteral("customers")).size(), 1 + 3);
    }

    void errorFileReimportsCleanlyAfterFixing()
    {
        const QString path =
            writeFile(QStringLiteral("fix.csv"),
                      customersCsv({"Good,,good@example.com,+14155550100,US,", "Bad Phone,,bp@example.com,555,US,",
                                    "Bad Country,,bc@example.com,+4930123456,Germany,Berlin",
                                    ",No Company,nc@example.com,,,", "\"Bad \"quote,,bq@example.com,,,"}));
        const QString errors = m_dir->filePath(QStringLiteral("fix.errors.csv"));
        CsvImporter::Options options;
        options.errorFilePath = errors;
        ImportSummary s = import(ImportTarget::customers(), path, options);
        QCOMPARE(s.created, 1);
        QCOMPARE(s.failed, 4);

        // The user fixes the cells named in the error column and imports the error file.
        auto records = readCsv(errors);
        QCOMPARE(records.size(), 5);
        QFile fixed(m_dir->filePath(QStringLiteral("fixed.csv")));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        CsvWriter writer(&fixed);
        writer.writeRow(records.at(0).fields);
        for (int i = 1; i < records.size(); ++i) {
            QStringList fields = records.at(i).fields;
            const int line = fields.at(7).toInt();
            if (line == 3)
                fields[3] = QStringLiteral("+1 415 555 0101");
            else if (line == 4)
                fields[4] = QStringLiteral("DE");
            else if (line == 5)
                fields[0] = QStringLiteral("No Company Inc");
            else if (line == 6) // unreadable: its raw text sits in the first column
                fields = QStringList({"Bad quote", "", "bq@example.com", "", "", "", fields.at(6), fields.at(7)});
            writer.writeRow(fields);
        }
        fixed.close();
        options.errorFilePath = m_dir->filePath(QStringLiteral("fixed.errors.csv"));
        s = import(ImportTarget::customers(), fixed.fileName(), options);
        QVERIFY2(s.allImported(), qPrintable(s.issues.isEmpty() ? s.fatalError : s.issues.first().message));
        QCOMPARE(s.created, 4);
        QVERIFY(!QFile::exists(options.errorFilePath));
        QCOMPARE(count(QStringLiteral("customers")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE email = 'bc@example.com'")).toString(),
                 QStringLiteral("+4930123456")); // the apostrophe of the neutralised error file is undone
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE email = 'bc@example.com'")).toString(),
                 QStringLiteral("Berlin"));
    }

    void permissionsAreCheckedBeforeAnything()
    {
        auto permissions = std::make_shared<PermissionService>(db());
        const AccessContextPtr auditor = AccessContext::forUser(permissions, 0, QStringLiteral("auditor"));
        const QString path = writeFile(QStringLiteral("perm.csv"), customersCsv({"A,,a@example.com,,,", "B,,x,,,"}));
        CsvImporter::Options options;
        options.errorFilePath = m_dir->filePath(QStringLiteral("perm.errors.csv"));
        ImportSummary s = import(ImportTarget::customers(), path, options, {}, auditor);
        QCOMPARE(s.fatalError, auditor->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create));
        QCOMPARE(s.total, 0);
        QCOMPARE(count(QStringLiteral("customers")), 0);
        QVERIFY(!QFile::exists(options.errorFilePath));
        options.dryRun = true;
        QVERIFY(!import(ImportTarget::customers(), path, options, {}, auditor).fatalError.isEmpty());

        // Nobody may do anything; a collector may create and update customers.
        QVERIFY(!import(ImportTarget::customers(), path, {}, {}, AccessContext::nobody()).fatalError.isEmpty());
        const AccessContextPtr collector = AccessContext::forUser(permissions, 0, QStringLiteral("collector"));
        options = {};
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        s = import(ImportTarget::customers(), path, options, {}, collector);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.created, 1);
        QCOMPARE(s.failed, 1);
    }

    void failingBatchIsRetriedRowByRow()
    {
        // A rule the validator does not know: the database refuses one city.
        QSqlQuery query(db().connection());
        if (db().dialect().isPostgres())
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE customers ADD CONSTRAINT test_no_forbidden_city "
                                               "CHECK (city IS DISTINCT FROM 'Forbidden')")),
                     qPrintable(query.lastError().text()));
        else
            QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER test_no_forbidden_city BEFORE INSERT ON customers "
                                               "WHEN NEW.city = 'Forbidden' BEGIN SELECT RAISE(ABORT, "
                                               "'test_no_forbidden_city'); END")),
                     qPrintable(query.lastError().text()));
        const QString path = writeFile(
            QStringLiteral("retry.csv"),
            customersCsv({"A,,a@example.com,,,Paris", "B,,b@example.com,,,Forbidden", "C,,c@example.com,,,Rome",
                          "D,,d@example.com,,,Oslo", "E,,e@example.com,,,Forbidden"}));
        CsvImporter::Options options;
        options.batchSize = 4;
        options.errorFilePath = m_dir->filePath(QStringLiteral("retry.errors.csv"));
        const ImportSummary s = import(ImportTarget::customers(), path, options);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.created, 3);
        QCOMPARE(s.failed, 2);
        QVERIFY(s.isBalanced());
        QCOMPARE(s.issues.size(), 2);
        QCOMPARE(s.issues.at(0).line, 3);
        QVERIFY2(s.issues.at(0).message.contains(QStringLiteral("test_no_forbidden_city")),
                 qPrintable(s.issues.at(0).message));
        QCOMPARE(s.issues.at(1).line, 6);
        QCOMPARE(count(QStringLiteral("customers")), 3);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city = 'Forbidden'")), 0);
        const auto audits = importAudits(QStringLiteral("customers"));
        QCOMPARE(audits.size(), 1); // the second batch created nothing
        QCOMPARE(ids(audits.at(0).value(QStringLiteral("created_ids"))).size(), 3);
        QCOMPARE(readCsv(options.errorFilePath).size(), 3);

        // The same in a batch of 150 (SQLite: the staging table's one INSERT ... SELECT fails).
        QList<QByteArray> many;
        for (int i = 0; i < 150; ++i)
            many << QStringLiteral("M%1,,m%1@example.com,,,%2")
                        .arg(i)
                        .arg(i == 70 || i == 149 ? QStringLiteral("Forbidden") : QStringLiteral("Lima"))
                        .toUtf8();
        options.batchSize = 1000;
        const ImportSummary big =
            import(ImportTarget::customers(), writeFile(QStringLiteral("many.csv"), customersCsv(many)), options);
        QVERIFY2(big.fatalError.isEmpty(), qPrintable(big.fatalError));
        QCOMPARE(big.created, 148);
        QCOMPARE(big.failed, 2);
        QCOMPARE(big.issues.at(0).line, 72);
        QCOMPARE(big.issues.at(1).line, 151);
        QCOMPARE(count(QStringLiteral("customers")), 3 + 148);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("city = 'Forbidden'")), 0);
    }

    void paymentRecordsNameTheirCustomerByIdOrEmail()
    {
        const qint64 acme = insertCustomer(QStringLiteral("Acme"), QStringLiteral("billing@acme.com"));
        const qint64 beta = insertCustomer(QStringLiteral("Beta"), QStringLiteral("beta@example.com"));
        insertCustomer(QStringLiteral("Twin 1"), QStringLiteral("twin@example.com"));
        insertCustomer(QStringLiteral("Twin 2"), QStringLiteral("twin@example.com"));
        {
            QSqlQuery query(db().connection());
            query.prepare(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, due_date, "
                                         "status) VALUES (?, 'INV-OLD', ?, ?, 'pending')"));
            query.addBindValue(acme);
            query.addBindValue(db().dialect().moneyToSql(Money(500, QStringLiteral("USD"))));
            query.addBindValue(db().dialect().dateToSql(QDate(2024, 1, 1)));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QByteArray data = "Invoice #,Customer ID,Customer email,Amount,Currency,Due date,Status,Paid at,Description\n";
        data += QStringLiteral("INV-1,%1,,1234.50,usd,2024-05-31,Pending,,first\n").arg(acme).toUtf8(); // 2 created
        data += "INV-2,,BETA@example.com,99,EUR,2024-06-30,partial,2024-06-01T10:00:00Z,\n";            // 3 created
        data += "INV-3,,nobody@example.com,10,,2024-06-30,,,\n";                                        // 4 failed
        data += "INV-4,999999,,10,,2024-06-30,,,\n";                                                    // 5 failed
        data += "INV-5,,twin@example.com,10,,2024-06-30,,,\n";                                          // 6 failed
        data += QStringLiteral("INV-6,%1,,-5,,2024-06-30,,,\n").arg(beta).toUtf8();                     // 7 failed
        data += QStringLiteral("INV-7,%1,,1.234,USD,2024-06-30,,,\n").arg(beta).toUtf8();               // 8 failed
        data += QStringLiteral("INV-8,%1,,5,XYZW,2024-13-01,lost,,\n").arg(beta).toUtf8();              // 9 failed
        data += QStringLiteral("INV-9,%1,,1000,JPY,2024-06-30,,,\n").arg(beta).toUtf8();                // 10 created
        data += QStringLiteral("INV-1,%1,,1,,2024-06-30,,,\n").arg(beta).toUtf8();                      // 11 duplicate
        data += QStringLiteral("INV-OLD,%1,,7.25,,2024-07-31,paid,,\n").arg(beta).toUtf8(); // 12 db duplicate
        data += "INV-10,,,5,,2024-06-30,,,\n";                                              // 13 failed
        const QString path = writeFile(QStringLiteral("payments.csv"), data);
        ImportSummary s = import(ImportTarget::paymentRecords(), path);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.total, 12);
        QCOMPARE(s.created, 3);
        QCOMPARE(s.skippedDuplicates, 2);
        QCOMPARE(s.failed, 7);
        QVERIFY(s.isBalanced());
        QStringList messages;
        for (const auto& issue : s.issues)
            messages << issue.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(QStringLiteral("Line 4, column Customer email: no customer has the email nobody@example.com")),
            qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Line 5, column Customer ID: there is no customer with the id 999999")));
        QVERIFY(all.contains(QStringLiteral("Line 6, column Customer email: 2 customers have the email")));
        QVERIFY(all.contains(QStringLiteral("Line 7, column Amount: -5 is negative")));
        QVERIFY(all.contains(QStringLiteral("Line 8, column Amount: \"1.234\" is not an amount of USD")));
        QVERIFY(all.contains(QStringLiteral("column Currency: \"XYZW\" is not a three-letter ISO 4217 currency code")));
        QVERIFY(all.contains(QStringLiteral("column Due date: \"2024-13-01\" is not a date")));
        QVERIFY(all.contains(QStringLiteral("column Status: \"lost\" is not one of")));
        QVERIFY(all.contains(QStringLiteral("Line 13, no customer")));

        auto money = [this](const QString& invoice) {
            QSqlQuery query(db().connection());
            query.prepare(QStringLiteral("SELECT amount, currency, customer_id, status, due_date, paid_at FROM "
                                         "payment_records WHERE invoice_number = ?"));
            query.addBindValue(invoice);
            if (!query.exec() || !query.next())
                return QStringList();
            const QString currency = query.value(1).toString();
            return QStringList{db().dialect().moneyFromSql(query.value(0), currency).toDecimalString(),
                               currency,
                               query.value(2).toString(),
                               query.value(3).toString(),
                               db().dialect().dateFromSql(query.value(4)).toString(Qt::ISODate),
                               db().dialect().timestampFromSql(query.value(5)).toString(Qt::ISODate)};
        };
        QCOMPARE(money(QStringLiteral("INV-1")),
                 QStringList({"1234.50", "USD", QString::number(acme), "pending", "2024-05-31", ""}));
        QCOMPARE(money(QStringLiteral("INV-2")),
                 QStringList({"99.00", "EUR", QString::number(beta), "partial", "2024-06-30", "2024-06-01T10:00:00Z"}));
        QCOMPARE(money(QStringLiteral("INV-9")).first(), QStringLiteral("1000"));
        QCOMPARE(money(QStringLiteral("INV-OLD")).first(), QStringLiteral("5.00"));
        QCOMPARE(count(QStringLiteral("payment_records")), 4);

        // Update: the stored invoice takes the new amount, status and customer.
        CsvImporter::Options options;
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        s = import(ImportTarget::paymentRecords(), path, options);
        QCOMPARE(s.updated, 4); // INV-1, INV-2, INV-9, INV-OLD
        QCOMPARE(s.skippedDuplicates, 1);
        QCOMPARE(money(QStringLiteral("INV-OLD")),
                 QStringList({"7.25", "USD", QString::number(beta), "paid", "2024-07-31", ""}));
        QCOMPARE(count(QStringLiteral("payment_records")), 4);
        const auto audits = importAudits(QStringLiteral("payment_records"));
        QCOMPARE(audits.size(), 2);
        QCOMPARE(ids(audits.last().value(QStringLiteral("updated_ids"))).size(), 4);
    }

    void runsOnAWorkerThreadWithItsOwnConnection()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 250; ++i)
            rows << QStringLiteral("Worker %1,,w%1@example.com,,,").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("worker.csv"), customersCsv(rows));
        const Database* main = &db();
        ImportSummary summary;
        QString error;
        int progressCalls = 0;
        std::unique_ptr<QThread> thread(QThread::create([&]() {
            auto connection = main->clone(&error); // opened on the worker thread
            if (!connection)
                return;
            auto permissions = std::make_shared<PermissionService>(*connection);
            CsvImporter importer(*connection, AccessContext::forUser(permissions, 0, QStringLiteral("manager")),
                                 ImportTarget::customers());
            CsvImporter::Options options;
            options.batchSize = 100;
            summary = importer.run(path, options, [&](const ImportSummary&) {
                ++progressCalls;
                return true;
            });
        }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
        QCOMPARE(summary.created, 250);
        QCOMPARE(summary.batchesCommitted, 3);
        QCOMPARE(progressCalls, 3); // after the first two batches and once at the end
        QCOMPARE(count(QStringLiteral("customers")), 250);
        QCOMPARE(importAudits(QStringLiteral("customers")).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
