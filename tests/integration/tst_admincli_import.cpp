#include "TestDatabase.h"
#include "db/Migrator.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// `collectdesk-admin import` and `export`, run as a separate process against a fresh database on
// each engine: exit status 0 / 2 / 1, the error file, dry run, options and the export file;
// customers exported in the list's order (--sort, --descending) with its columns (--list-columns).
class TestAdminCliImport : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run admin(const QStringList& args)
    {
        QProcess process;
        process.start(TestDatabase::adminBinary(), QStringList{QStringLiteral("--database"), m_db->url()} + args);
        if (!process.waitForStarted(10000))
            return {};
        process.closeWriteChannel();
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 count(const QString& table, const QString& where = QString())
    {
        QSqlQuery query(m_db->database().connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)) ||
            !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(data);
        return path;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;

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

    void importExitStatusSaysWhatHappened()
    {
        const QString good = writeFile(QStringLiteral("good.csv"), "Company;Email;Phone\n"
                                                                   "Acme;a@example.com;+1 415 555 0100\n"
                                                                   "Beta;b@example.com;\n");
        Run run = admin({QStringLiteral("import"), QStringLiteral("customers"), good});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("created   2")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("delimiter ;")));
        QVERIFY(run.err.contains(QStringLiteral("importing")));
        QCOMPARE(count(QStringLiteral("customers")), 2);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("good.errors.csv"))));

        // Again: duplicates are skipped, which is not a failure.
        run = admin({QStringLiteral("import"), QStringLiteral("customers"), good});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("skipped   2")));

        // Some records fail: exit 2 and the default error file next to the input.
        const QString bad = writeFile(QStringLiteral("bad.csv"), "company_name,email,phone\n"
                                                                 "Gamma,g@example.com,+1 555\n"
                                                                 "Delta,d@example.com,\n");
        run = admin({QStringLiteral("import"), QStringLiteral("customers"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Line 2, column phone")));
        QVERIFY(run.out.contains(QStringLiteral("bad.errors.csv")));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("bad.errors.csv"))));
        QCOMPARE(count(QStringLiteral("customers")), 3);

        // --errors names the error file.
        const QString out = m_dir->filePath(QStringLiteral("elsewhere.csv"));
        run = admin({QStringLiteral("import"), QStringLiteral("customers"), bad, QStringLiteral("--errors"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QFile::exists(out));

        // Fatal: no such file, or a file that cannot be mapped.
        run =
            admin({QStringLiteral("import"), QStringLiteral("customers"), m_dir->filePath(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 1);
        const QString unmapped = writeFile(QStringLiteral("unmapped.csv"), "foo,bar\n1,2\n");
        run = admin({QStringLiteral("import"), QStringLiteral("customers"), unmapped});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("required")), qPrintable(run.err));
        // Usage errors.
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("widgets"), good}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("customers")}).exitCode, 2);
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--on-duplicate"),
                        QStringLiteral("merge")})
                     .exitCode,
                 2);
    }

    void importOptionsDryRunUpdateDelimiterEncodingBatch()
    {
        const QString latin1 = writeFile(QStringLiteral("latin1.csv"), "Firma|E-Mail|Stadt\n"
                                                                       "M\xFCller GmbH|m@example.com|K\xF6ln\n");
        Run run = admin({QStringLiteral("import"), QStringLiteral("customers"), latin1, QStringLiteral("--dry-run"),
                         QStringLiteral("--delimiter"), QStringLiteral("|"), QStringLiteral("--encoding"),
                         QStringLiteral("latin1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("nothing was written")));
        QCOMPARE(count(QStringLiteral("customers")), 0);
        QCOMPARE(count(QStringLiteral("audit_logs"), QStringLiteral("action = 'import'")), 0);

        run = admin({QStringLiteral("import"), QStringLiteral("customers"), latin1, QStringLiteral("--delimiter"),
                     QStringLiteral("|"), QStringLiteral("--encoding"), QStringLiteral("latin1"),
                     QStringLiteral("--batch"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = 'Müller GmbH' AND city = 'Köln'")),
                 1);
        QCOMPARE(count(QStringLiteral("audit_logs"), QStringLiteral("action = 'import' AND actor_type = 'system'")), 1);

        const QString update = writeFile(QStringLiteral("update.csv"), "Company,Email\nMüller AG,M@example.com\n");
        run = admin({QStringLiteral("import"), QStringLiteral("customers"), update, QStringLiteral("--on-duplicate"),
                     QStringLiteral("update")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("updated   1")));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name = 'Müller AG' AND city = 'Köln'")), 1);
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("customers"), update, QStringLiteral("--batch"),
                        QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void paymentsImportAndExport()
    {
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("customers"),
                        writeFile(QStringLiteral("c.csv"), "company_name,email\nAcme,billing@acme.com\n")})
                     .exitCode,
                 0);
        const QString payments =
            writeFile(QStringLiteral("p.csv"), "invoice_number,customer_email,amount,currency,due_date\n"
                                               "INV-1,billing@acme.com,10.5,EUR,2024-05-31\n"
                                               "=INV-2,billing@acme.com,20,USD,2024-06-30\n");
        Run run = admin({QStringLiteral("import"), QStringLiteral("payments"), payments});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(count(QStringLiteral("payment_records")), 2);

        const QString out = m_dir->filePath(QStringLiteral("export.csv"));
        run = admin({QStringLiteral("export"), QStringLiteral("payments"), out, QStringLiteral("--bom")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Exported 2 rows")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains("10.50,0.00,EUR"));
        QVERIFY(text.contains("'=INV-2")); // neutralised for spreadsheets

        const QString customers = m_dir->filePath(QStringLiteral("customers.csv"));
        run = admin({QStringLiteral("export"), QStringLiteral("customers"), customers, QStringLiteral("--search"),
                     QStringLiteral("nothing matches this")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Exported 0 rows")));
        QCOMPARE(admin({QStringLiteral("export"), QStringLiteral("widgets"), customers}).exitCode, 2);

        run = admin({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--on-duplicate", "--dry-run", "--delimiter", "--encoding", "--errors", "--batch"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QCOMPARE(admin({QStringLiteral("export"), QStringLiteral("--help")}).exitCode, 0);
    }

    void exportCustomersSortedWithTheListsColumns()
    {
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("customers"),
                        writeFile(QStringLiteral("c.csv"), "company_name,email,contact_name\n"
                                                           "Beta,b@example.com,Acme buyer\n"
                                                           "Acme,,\n"
                                                           "Gamma,a@example.com,\n"
                                                           "Acme,z@example.com,\n")})
                     .exitCode,
                 0);
        QSqlQuery profile(m_db->database().connection());
        QVERIFY(profile.exec(QStringLiteral("INSERT INTO customer_profiles (customer_id, risk_level) "
                                            "SELECT id, 'high' FROM customers WHERE company_name = 'Gamma'")));
        // The ids, the companies and the header of an exported file.
        const auto read = [](const QString& path, QStringList* header) {
            QFile file(path);
            QStringList rows;
            if (!file.open(QIODevice::ReadOnly))
                return rows;
            QList<QByteArray> lines = file.readAll().split('\n');
            *header = QString::fromUtf8(lines.takeFirst().trimmed()).split(QLatin1Char(','));
            const qsizetype company = header->indexOf(QStringLiteral("company_name"));
            const qsizetype email = header->indexOf(QStringLiteral("email"));
            for (const QByteArray& line : lines) {
                const QStringList fields = QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
                if (fields.size() > 1)
                    rows << fields.value(company) + QLatin1Char('/') + fields.value(email);
            }
            return rows;
        };
        const QString out = m_dir->filePath(QStringLiteral("sorted.csv"));
        QStringList header;

        // The default: id order, the customers' columns only.
        Run run = admin({QStringLiteral("export"), QStringLiteral("customers"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(read(out, &header),
                 (QStringList{QStringLiteral("Beta/b@example.com"), QStringLiteral("Acme/"),
                              QStringLiteral("Gamma/a@example.com"), QStringLiteral("Acme/z@example.com")}));
        QVERIFY(!header.contains(QStringLiteral("risk_level")));

        run = admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--sort"),
                     QStringLiteral("company_name"), QStringLiteral("--descending")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Exported 4 rows")));
        QCOMPARE(read(out, &header),
                 (QStringList{QStringLiteral("Gamma/a@example.com"), QStringLiteral("Beta/b@example.com"),
                              QStringLiteral("Acme/z@example.com"), QStringLiteral("Acme/")}));

        // E-mail ascending: the customer without one last; with the list's columns.
        run = admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--sort"),
                     QStringLiteral("email"), QStringLiteral("--list-columns")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(read(out, &header),
                 (QStringList{QStringLiteral("Gamma/a@example.com"), QStringLiteral("Beta/b@example.com"),
                              QStringLiteral("Acme/z@example.com"), QStringLiteral("Acme/")}));
        QCOMPARE(header.mid(header.size() - 5),
                 (QStringList{QStringLiteral("risk_level"), QStringLiteral("do_not_contact"), QStringLiteral("holds"),
                              QStringLiteral("outstanding"), QStringLiteral("overdue")}));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QVERIFY2(lines.value(1).trimmed().endsWith(",high,false,,,"), lines.value(1).constData()); // Gamma
        QVERIFY2(lines.value(2).trimmed().endsWith(",,false,,,"), lines.value(2).constData());     // Beta: no profile

        // The list's search ("acme" finds the contact "Acme buyer" too), sorted.
        run = admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--search"),
                     QStringLiteral("acme"), QStringLiteral("--sort"), QStringLiteral("email"),
                     QStringLiteral("--descending")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(read(out, &header), (QStringList{QStringLiteral("Acme/"), QStringLiteral("Acme/z@example.com"),
                                                  QStringLiteral("Beta/b@example.com")}));

        // Only the list's sortable columns; the options are the customers'; --descending needs --sort.
        QFile::remove(out);
        run = admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--sort"),
                     QStringLiteral("contact_name")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("contact_name")) && run.err.contains(QStringLiteral("company_name")) &&
                     run.err.contains(QStringLiteral("email")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--sort"),
                        QStringLiteral("risk_level")})
                     .exitCode,
                 2);
        run = admin({QStringLiteral("export"), QStringLiteral("customers"), out, QStringLiteral("--descending")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--sort")), qPrintable(run.err));
        run = admin({QStringLiteral("export"), QStringLiteral("payments"), out, QStringLiteral("--sort"),
                     QStringLiteral("company_name")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("customers only")), qPrintable(run.err));
        QCOMPARE(admin({QStringLiteral("export"), QStringLiteral("payments"), out, QStringLiteral("--list-columns")})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out));
        run = admin({QStringLiteral("export"), QStringLiteral("--help")});
        for (const char* option : {"--sort", "--descending", "--list-columns", "--search"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestAdminCliImport)
#include "tst_admincli_import.moc"
