#include "TestDatabase.h"
#include "auth/MessageLabel.h"
#include "import/ImportCheckPage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportSummaryView.h"
#include "import/ImportWizard.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/PermissionService.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

// The CSV import wizard over a real database (both engines), offscreen: a customers file with
// good, unreadable, invalid and duplicate records goes through file, mapping, check and import
// with every record accounted for in the database and the error file; payment records; the
// mapping check blocking Next; a dry run writing nothing; Cancel keeping whole batches; closing
// during an import; a role without the create right refused on the first page.
class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_userIds;
    std::unique_ptr<ImportWizard> m_wizard;
    QString m_chosenFile;

    Database& database() { return m_db->database(); }

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, m_userIds.value(role), role,
                                      role + QStringLiteral("@example.com"));
    }

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
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& p : params)
            query.addBindValue(p);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return QVariant();
        }
        return query.value(0);
    }

    qint64 count(const QString& table, const QString& where = QString(), const QVariantList& params = {})
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                          (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                      params)
            .toLongLong();
    }

    qint64 insertCustomer(const QString& company, const QString& email, const QString& contact = QString())
    {
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("INSERT INTO customers (company_name, email, contact_name) VALUES (?, ?, ?) "
                                     "RETURNING id"));
        query.addBindValue(company);
        query.addBindValue(email);
        query.addBindValue(contact.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(contact));
        if (!query.exec() || !query.next()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return -1;
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

    void openWizard(const QString& role, ImportWizard::Kind kind)
    {
        m_wizard = std::make_unique<ImportWizard>(database(), as(role), kind);
        m_wizard->setFileChooser([this] { return m_chosenFile; });
        m_wizard->resize(900, 700);
        m_wizard->show();
    }

    template <typename T> T* child(QObject* parent, const QString& name)
    {
        T* found = parent ? parent->findChild<T*>(name) : nullptr;
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    QWizardPage* page(ImportWizard::PageId id) { return m_wizard->page(id); }
    QWizardPage* current() { return m_wizard->currentPage(); }

    // Browse… with the replaced file chooser.
    void chooseFile(const QString& path)
    {
        m_chosenFile = path;
        child<QPushButton>(page(ImportWizard::FilePageId), QStringLiteral("browseButton"))->click();
    }

    // The button that moves on from the current page ("Import" on the commit page).
    QAbstractButton* forwardButton()
    {
        return m_wizard->button(current()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    }
    bool canGoOn()
    {
        QAbstractButton* button = forwardButton();
        return button && button->isVisible() && button->isEnabled();
    }
    bool goOn()
    {
        if (!canGoOn())
            return false;
        forwardButton()->click();
        return true;
    }

    QString text(QWizardPage* page, const QString& name)
    {
        QLabel* label = child<QLabel>(page, name);
        return label ? label->text() : QStringLiteral("<missing>");
    }
    QList<qint64> issueLines(QWizardPage* page)
    {
        QList<qint64> lines;
        auto* table = child<QTableWidget>(page, QStringLiteral("issuesTable"));
        for (int row = 0; table && row < table->rowCount(); ++row)
            lines << table->item(row, ImportSummaryView::LineColumn)->text().toLongLong();
        return lines;
    }

    // Runs the check page's dry run to its end.
    bool finishCheck()
    {
        if (m_wizard->currentId() != ImportWizard::CheckPageId)
            return false;
        return m_wizard->waitForJob(20000);
    }

    static QList<QStringList> readCsv(const QString& path)
    {
        QList<QStringList> records;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return records;
        CsvParser parser(&file);
        while (auto record = parser.next())
            records << (record->isValid() ? record->fields : QStringList{QStringLiteral("ERROR ") + record->error});
        return records;
    }

    // A customers file of `rows` valid records (company N, email cN@bulk.example).
    QString bulkCustomers(int rows)
    {
        QByteArray bytes = "company_name,email\n";
        for (int i = 1; i <= rows; ++i)
            bytes += QStringLiteral("Bulk %1,c%1@bulk.example\n").arg(i).toUtf8();
        return writeFile(QStringLiteral("bulk.csv"), bytes);
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }

    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_userIds.clear();
        m_chosenFile.clear();
        QSqlQuery insert(database().connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)")));
        for (const QString& role : PermissionService::roles()) {
            insert.addBindValue(role + QStringLiteral("@example.com"));
            insert.addBindValue(role);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlQuery ids(database().connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT role, id FROM users")));
        while (ids.next())
            m_userIds.insert(ids.value(0).toString(), ids.value(1).toLongLong());
        QCOMPARE(m_userIds.size(), 4);
        m_permissions = std::make_shared<PermissionService>(database());
    }

    void cleanup()
    {
        m_wizard.reset();
        m_permissions.reset();
        m_db.reset();
        m_dir.reset();
    }

    void importsCustomersAccountingForEveryRecord()
    {
        const qint64 storedId = insertCustomer(QStringLiteral("Stored Co"), QStringLiteral("stored@example.com"),
                                               QStringLiteral("Old Contact"));
        QVERIFY(storedId > 0);
        // Lines: 1 header, 2 good, 3 good (quotes), 4 bad country, 5 duplicate of the stored
        // customer, 6 duplicate of line 2 (email in another case), 7-8 good (line break in a
        // field), 9 unreadable (bad quoting), 10 good.
        const QString path =
            writeFile(QStringLiteral("customers.csv"), "\xEF\xBB\xBF"
                                                       "Company,Contact,Email,Country,Phone\r\n"
                                                       "Acme Ltd,Ann,ann@acme.example,DE,+49 30 1234567\r\n"
                                                       "\"Quote \"\"Co\"\"\",Bob,bob@q.example,US,\r\n"
                                                       "Bad Country,Carl,carl@bad.example,12,\r\n"
                                                       "Stored Again,Dora,stored@example.com,FR,\r\n"
                                                       "Acme Again,Ann2,ANN@acme.example,DE,\r\n"
                                                       "\"Multi\r\nLine GmbH\",Eve,eve@multi.example,AT,\r\n"
                                                       "\"broken\"quote,x,y@z.example,DE,\r\n"
                                                       "Last Co,Finn,finn@last.example,GB,\r\n");
        QVERIFY(!path.isEmpty());
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);

        // File page: what was detected, the preview with the unreadable record marked.
        QWizardPage* filePage = page(ImportWizard::FilePageId);
        QVERIFY(!canGoOn());
        chooseFile(path);
        QCOMPARE(child<QLineEdit>(filePage, QStringLiteral("filePathEdit"))->text(), QDir::toNativeSeparators(path));
        const QString detected = text(filePage, QStringLiteral("detectedLabel"));
        QVERIFY2(detected.contains(QLatin1String("UTF-8")) && detected.contains(QLatin1String("byte order mark")) &&
                     detected.contains(QLatin1String("Comma")),
                 qPrintable(detected));
        auto* preview = child<QTableWidget>(filePage, QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 8);
        QCOMPARE(preview->columnCount(), 6); // line + 5 columns
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("Company"));
        QList<qint64> marked;
        for (int row = 0; row < preview->rowCount(); ++row) {
            if (!preview->item(row, 0)->toolTip().isEmpty())
                marked << preview->item(row, 0)->text().toLongLong();
        }
        QCOMPARE(marked, QList<qint64>{9});
        QVERIFY(!child<MessageLabel>(filePage, QStringLiteral("messageLabel"))->isVisible());
        QVERIFY(goOn());

        // Mapping page: the suggestion fills every column; valid.
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
        auto* mappingPage = qobject_cast<ImportMappingPage*>(current());
        QVERIFY(mappingPage);
        QCOMPARE(mappingPage->mapping(),
                 (QStringList{"company_name", "contact_name", "email", "country_code", "phone"}));
        QVERIFY(!child<MessageLabel>(mappingPage, QStringLiteral("messageLabel"))->isVisible());
        auto* mapped = child<QTableWidget>(mappingPage, QStringLiteral("mappedPreviewTable"));
        QCOMPARE(mapped->rowCount(), 7); // the unreadable record is left out
        QCOMPARE(mapped->item(1, 1)->text(), QStringLiteral("Quote \"Co\""));
        QVERIFY(child<QRadioButton>(mappingPage, QStringLiteral("skipDuplicatesRadio"))->isChecked());
        QVERIFY(goOn());

        // Check page: the dry run's counts and problems; nothing written.
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckPageId));
        QVERIFY(finishCheck());
        QWizardPage* checkPage = current();
        QCOMPARE(text(checkPage, QStringLiteral("totalCount")), QStringLiteral("8"));
        QCOMPARE(text(checkPage, QStringLiteral("createdCount")), QStringLiteral("4"));
        QCOMPARE(text(checkPage, QStringLiteral("updatedCount")), QStringLiteral("0"));
        QCOMPARE(text(checkPage, QStringLiteral("skippedCount")), QStringLiteral("2"));
        QCOMPARE(text(checkPage, QStringLiteral("failedCount")), QStringLiteral("2"));
        QCOMPARE(issueLines(checkPage), (QList<qint64>{4, 5, 6, 9}));
        auto* issues = child<QTableWidget>(checkPage, QStringLiteral("issuesTable"));
        const QString badCountry = issues->item(0, ImportSummaryView::ReasonColumn)->text();
        QVERIFY2(badCountry.contains(QLatin1String("\"12\"")) && badCountry.contains(QLatin1String("Country")),
                 qPrintable(badCountry));
        QCOMPARE(count(QStringLiteral("customers")), qint64(1));
        const QString errorPath = m_dir->filePath(QStringLiteral("customers.errors.csv"));
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(checkPage, QStringLiteral("errorFileEdit"))->text()),
                 errorPath);
        QVERIFY(!QFile::exists(errorPath));
        QCOMPARE(imported.count(), 0);

        // Import.
        QVERIFY(current()->isCommitPage());
        QVERIFY(goOn());
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
        QVERIFY(m_wizard->waitForJob(20000));
        QWizardPage* runPage = current();
        QCOMPARE(text(runPage, QStringLiteral("createdCount")), QStringLiteral("4"));
        QCOMPARE(text(runPage, QStringLiteral("skippedCount")), QStringLiteral("2"));
        QCOMPARE(text(runPage, QStringLiteral("failedCount")), QStringLiteral("2"));
        QCOMPARE(child<QProgressBar>(runPage, QStringLiteral("importProgress"))->value(),
                 child<QProgressBar>(runPage, QStringLiteral("importProgress"))->maximum());
        QVERIFY(!child<QPushButton>(runPage, QStringLiteral("cancelImportButton"))->isVisible());
        const QString message = child<MessageLabel>(runPage, QStringLiteral("messageLabel"))->text();
        QVERIFY2(message.contains(QLatin1String("8 record")), qPrintable(message));

        QCOMPARE(imported.count(), 1);
        const auto summary = imported.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.created, qint64(4));
        QVERIFY(summary.isBalanced());

        // The database: the four good records, the stored customer untouched, nothing invalid.
        QCOMPARE(count(QStringLiteral("customers")), qint64(5));
        QCOMPARE(
            count(QStringLiteral("customers"), QStringLiteral("company_name = ?"), {QStringLiteral("Quote \"Co\"")}),
            qint64(1));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("company_name LIKE 'Multi%Line GmbH'")), qint64(1));
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE email = 'ann@acme.example'")).toString(),
                 QStringLiteral("+49301234567"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {storedId}).toString(),
                 QStringLiteral("Old Contact"));
        QCOMPARE(count(QStringLiteral("customers"), QStringLiteral("email IN ('carl@bad.example', 'y@z.example')")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("audit_logs"), QStringLiteral("action = 'import'")), qint64(1));

        // The error file: the header plus error and line, one row per failed record.
        const QList<QStringList> errors = readCsv(errorPath);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).mid(0, 5), (QStringList{"Company", "Contact", "Email", "Country", "Phone"}));
        QCOMPARE(errors.at(0).size(), 7);
        QCOMPARE(errors.at(1).at(0), QStringLiteral("Bad Country"));
        QCOMPARE(errors.at(1).last(), QStringLiteral("4"));
        QCOMPARE(errors.at(2).last(), QStringLiteral("9"));
        QVERIFY(text(runPage, QStringLiteral("errorFileLabel")).contains(QDir::toNativeSeparators(errorPath)));
        auto* copy = child<QPushButton>(runPage, QStringLiteral("copyErrorPathButton"));
        QVERIFY(copy->isVisible());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(errorPath));

        // Finish closes.
        QAbstractButton* finish = m_wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isVisible() && finish->isEnabled());
        finish->click();
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    }

    void updatesDuplicatesWhenChosen()
    {
        const qint64 storedId = insertCustomer(QStringLiteral("Stored Co"), QStringLiteral("stored@example.com"),
                                               QStringLiteral("Old Contact"));
        const QString path = writeFile(QStringLiteral("update.csv"), "company;contact;email\n"
                                                                     "Stored Co;New Contact;STORED@example.com\n"
                                                                     "Fresh Co;Fay;fresh@example.com\n");
        openWizard(QStringLiteral("manager"), ImportWizard::Kind::Customers);
        chooseFile(path);
        QVERIFY(
            text(page(ImportWizard::FilePageId), QStringLiteral("detectedLabel")).contains(QLatin1String("Semicolon")));
        QVERIFY(goOn());
        child<QRadioButton>(current(), QStringLiteral("updateDuplicatesRadio"))->click();
        QVERIFY(canGoOn());
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        QCOMPARE(text(current(), QStringLiteral("updatedCount")), QStringLiteral("1"));
        QCOMPARE(text(current(), QStringLiteral("createdCount")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {storedId}).toString(),
                 QStringLiteral("Old Contact")); // the dry run changed nothing
        QVERIFY(goOn());
        QVERIFY(m_wizard->waitForJob(20000));
        QCOMPARE(text(current(), QStringLiteral("updatedCount")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {storedId}).toString(),
                 QStringLiteral("New Contact"));
        QCOMPARE(count(QStringLiteral("customers")), qint64(2));
        QVERIFY(!child<QPushButton>(current(), QStringLiteral("copyErrorPathButton"))->isVisible()); // nothing failed
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("update.errors.csv"))));
    }

    void importsPaymentRecords()
    {
        const qint64 first = insertCustomer(QStringLiteral("Pay One"), QStringLiteral("pay1@example.com"));
        const qint64 second = insertCustomer(QStringLiteral("Pay Two"), QStringLiteral("pay2@example.com"));
        QVERIFY(first > 0 && second > 0);
        // 2 good, 3 no such customer, 4 negative amount, 5 bad date, 6 duplicate invoice of line 2.
        const QString path =
            writeFile(QStringLiteral("payments.csv"), "Invoice,Customer Email,Amount,Due Date,Currency\n"
                                                      "INV-1,pay1@example.com,100.50,2026-01-31,EUR\n"
                                                      "INV-2,PAY2@example.com,2000,2026-02-28,\n"
                                                      "INV-3,nobody@example.com,10,2026-03-01,USD\n"
                                                      "INV-4,pay1@example.com,-5,2026-03-01,USD\n"
                                                      "INV-5,pay1@example.com,12.30,31.03.2026,USD\n"
                                                      "INV-1,pay2@example.com,1,2026-04-01,USD\n");
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::PaymentRecords);
        QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
        QCOMPARE(m_wizard->windowTitle(), tr("Import payment records"));
        chooseFile(path);
        QVERIFY(goOn());
        auto* mappingPage = qobject_cast<ImportMappingPage*>(current());
        QVERIFY(mappingPage);
        QCOMPARE(mappingPage->mapping(),
                 (QStringList{"invoice_number", "customer_email", "amount", "due_date", "currency"}));
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        QCOMPARE(text(current(), QStringLiteral("createdCount")), QStringLiteral("2"));
        QCOMPARE(text(current(), QStringLiteral("failedCount")), QStringLiteral("3"));
        QCOMPARE(text(current(), QStringLiteral("skippedCount")), QStringLiteral("1"));
        QCOMPARE(issueLines(current()), (QList<qint64>{4, 5, 6, 7}));
        QCOMPARE(count(QStringLiteral("payment_records")), qint64(0));
        QVERIFY(goOn());
        QVERIFY(m_wizard->waitForJob(20000));
        QCOMPARE(text(current(), QStringLiteral("createdCount")), QStringLiteral("2"));
        QCOMPARE(text(current(), QStringLiteral("failedCount")), QStringLiteral("3"));

        QCOMPARE(count(QStringLiteral("payment_records")), qint64(2));
        QCOMPARE(scalar(QStringLiteral("SELECT customer_id FROM payment_records WHERE invoice_number = 'INV-1'"))
                     .toLongLong(),
                 first);
        const QVariant amount =
            scalar(QStringLiteral("SELECT amount FROM payment_records WHERE invoice_number = 'INV-1'"));
        QCOMPARE(database().dialect().moneyFromSql(amount, QStringLiteral("EUR")).toDecimalString(),
                 QStringLiteral("100.50"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT currency FROM payment_records WHERE invoice_number = 'INV-1'")).toString(),
            QStringLiteral("EUR"));
        QCOMPARE(scalar(QStringLiteral("SELECT customer_id FROM payment_records WHERE invoice_number = 'INV-2'"))
                     .toLongLong(),
                 second);
        QCOMPARE(
            scalar(QStringLiteral("SELECT currency FROM payment_records WHERE invoice_number = 'INV-2'")).toString(),
            QStringLiteral("USD"));

        const QList<QStringList> errors = readCsv(m_dir->filePath(QStringLiteral("payments.errors.csv")));
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(1).at(0), QStringLiteral("INV-3"));
        QCOMPARE(errors.at(2).at(0), QStringLiteral("INV-4"));
        QCOMPARE(errors.at(3).at(0), QStringLiteral("INV-5"));
        QCOMPARE(imported.count(), 1);
    }

    void mappingProblemsBlockNext()
    {
        const QString path = writeFile(QStringLiteral("odd.csv"), "Firm Title,Mail,Remarks\n"
                                                                  "Odd Co,odd@example.com,hello\n");
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        chooseFile(path);
        QVERIFY(goOn());
        auto* mappingPage = qobject_cast<ImportMappingPage*>(current());
        QVERIFY(mappingPage);
        auto* message = child<MessageLabel>(mappingPage, QStringLiteral("messageLabel"));
        // "Firm Title" matches nothing: the required company is missing.
        QCOMPARE(mappingPage->mapping().at(0), QString());
        QVERIFY(!canGoOn());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Company")) &&
                     message->text().contains(QLatin1String("required")),
                 qPrintable(message->text()));

        // Mapped by keyboard: the combo of column 0, down to Company.
        QComboBox* company = mappingPage->comboForColumn(0);
        QVERIFY(company);
        QCOMPARE(company->objectName(), QStringLiteral("mappingCombo_0"));
        company->setFocus();
        QTest::keyClick(company, Qt::Key_Down); // the first field after "(ignore)": Company
        QCOMPARE(company->currentData().toString(), QStringLiteral("company_name"));
        QVERIFY(!message->isVisible());
        QVERIFY(canGoOn());
        auto* mapped = child<QTableWidget>(mappingPage, QStringLiteral("mappedPreviewTable"));
        QCOMPARE(mapped->item(0, 1)->text(), QStringLiteral("Odd Co"));

        // A field from two columns.
        QComboBox* remarks = mappingPage->comboForColumn(2);
        remarks->setCurrentIndex(remarks->findData(QStringLiteral("company_name")));
        QVERIFY(!canGoOn());
        QVERIFY2(message->text().contains(QLatin1String("two columns")), qPrintable(message->text()));
        remarks->setCurrentIndex(remarks->findData(QStringLiteral("notes")));
        QVERIFY(canGoOn());
    }

    void unreadableFileIsExplainedOnFirstPage()
    {
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        QWizardPage* filePage = page(ImportWizard::FilePageId);
        auto* edit = child<QLineEdit>(filePage, QStringLiteral("filePathEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, m_dir->filePath(QStringLiteral("missing.csv")));
        QTest::keyClick(edit, Qt::Key_Return);
        auto* message = child<MessageLabel>(filePage, QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("missing.csv")), qPrintable(message->text()));
        QVERIFY(!canGoOn());

        // A UTF-16 file is refused as a whole, with the reason.
        const QString utf16 = writeFile(QStringLiteral("utf16.csv"), QByteArray("\xFF\xFE"
                                                                                "c\0,\0d\0\n\0",
                                                                                10));
        chooseFile(utf16);
        QVERIFY2(message->isVisible() && message->text().contains(QLatin1String("UTF-16")),
                 qPrintable(message->text()));
        QVERIFY(!canGoOn());

        // A good file clears the message.
        chooseFile(writeFile(QStringLiteral("ok.csv"), "company_name\nFine Co\n"));
        QVERIFY(!message->isVisible());
        QVERIFY(canGoOn());
    }

    void dryRunWritesNothingAndBackFixesTheMapping()
    {
        const QString path = writeFile(QStringLiteral("dry.csv"), "company_name,email,notes\n"
                                                                  "Dry One,one@dry.example,n1\n"
                                                                  "Dry Two,two@dry.example,n2\n");
        const qint64 audits = count(QStringLiteral("audit_logs"));
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
        chooseFile(path);
        QVERIFY(goOn());
        // Leave the email out at first.
        auto* mappingPage = qobject_cast<ImportMappingPage*>(current());
        mappingPage->comboForColumn(1)->setCurrentIndex(0);
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        QCOMPARE(text(current(), QStringLiteral("createdCount")), QStringLiteral("2"));
        QVERIFY(canGoOn());
        QCOMPARE(count(QStringLiteral("customers")), qint64(0));
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("dry.errors.csv"))));

        // Back to the mapping: the choices are kept; map the email and check again.
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mappingPage->mapping().at(1), QString());
        mappingPage->comboForColumn(1)->setCurrentIndex(
            mappingPage->comboForColumn(1)->findData(QStringLiteral("email")));
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        auto* checkPage = qobject_cast<ImportCheckPage*>(current());
        QVERIFY(checkPage);
        QVERIFY(checkPage->lastSummary().dryRun);
        QCOMPARE(checkPage->lastSummary().created, qint64(2));
        QCOMPARE(count(QStringLiteral("customers")), qint64(0));

        // An unusable error file path blocks the import.
        auto* errorEdit = child<QLineEdit>(checkPage, QStringLiteral("errorFileEdit"));
        errorEdit->setText(m_dir->filePath(QStringLiteral("no/such/folder/x.csv")));
        QVERIFY(!canGoOn());
        QVERIFY(child<MessageLabel>(checkPage, QStringLiteral("errorFileMessage"))->isVisible());
        errorEdit->setText(path);
        QVERIFY(!canGoOn());
        errorEdit->setText(m_dir->filePath(QStringLiteral("elsewhere.csv")));
        QVERIFY(canGoOn());

        // Closing here imports nothing.
        m_wizard->reject();
        QCOMPARE(count(QStringLiteral("customers")), qint64(0));
        QCOMPARE(imported.count(), 0);
    }

    void cancelKeepsWholeBatches()
    {
        constexpr int batch = 5;
        const QString path = bulkCustomers(50); // lines 2..51
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        m_wizard->setBatchSize(batch);
        chooseFile(path);
        QVERIFY(goOn());
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        QCOMPARE(text(current(), QStringLiteral("createdCount")), QStringLiteral("50"));

        // The worker waits after its second batch until Cancel was clicked.
        auto reached = std::make_shared<QSemaphore>();
        auto resume = std::make_shared<QSemaphore>();
        m_wizard->setBatchHook([reached, resume](const ImportSummary& soFar) {
            if (!soFar.dryRun && soFar.total == 2 * batch) {
                reached->release();
                resume->tryAcquire(1, 10000);
            }
        });
        QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
        QVERIFY(goOn());
        QWizardPage* runPage = current();
        QTRY_VERIFY_WITH_TIMEOUT(reached->available() > 0, 10000); // no side effect: QTRY evaluates it again
        auto* cancel = child<QPushButton>(runPage, QStringLiteral("cancelImportButton"));
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!canGoOn() && !m_wizard->button(QWizard::FinishButton)->isEnabled());
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        resume->release();
        QVERIFY(m_wizard->waitForJob(20000));

        auto* runPageTyped = qobject_cast<ImportRunPage*>(runPage);
        const ImportSummary& summary = runPageTyped->lastSummary();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.created, qint64(2 * batch));
        QCOMPARE(summary.batchesCommitted, qint64(2));
        QCOMPARE(summary.notProcessedFromLine, qint64(2 * batch + 2));
        QVERIFY(summary.isBalanced());
        QCOMPARE(count(QStringLiteral("customers")), qint64(2 * batch));
        QCOMPARE(count(QStringLiteral("audit_logs"), QStringLiteral("action = 'import'")), qint64(2));
        const QString message = child<MessageLabel>(runPage, QStringLiteral("messageLabel"))->text();
        QVERIFY2(message.contains(QLatin1String("cancelled")) && message.contains(QLatin1String("10 record")) &&
                     message.contains(QLatin1String("line 12")),
                 qPrintable(message));
        QVERIFY(text(runPage, QStringLiteral("notProcessedLabel")).contains(QLatin1String("line 12")));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(imported.count(), 1); // something was stored
    }

    void closingDuringImportCancelsAndWaits()
    {
        constexpr int batch = 4;
        const QString path = bulkCustomers(200);
        openWizard(QStringLiteral("collector"), ImportWizard::Kind::Customers);
        m_wizard->setBatchSize(batch);
        chooseFile(path);
        QVERIFY(goOn());
        QVERIFY(goOn());
        QVERIFY(finishCheck());
        auto started = std::make_shared<QSemaphore>();
        m_wizard->setBatchHook([started](const ImportSummary& soFar) {
            if (soFar.dryRun)
                return;
            if (soFar.total == 3 * batch)
                started->release();
            QThread::msleep(10); // slow enough to be closed in the middle
        });
        QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
        QVERIFY(goOn());
        QTRY_VERIFY_WITH_TIMEOUT(started->available() > 0, 10000);
        QVERIFY(m_wizard->isJobRunning());
        m_wizard->close(); // Cancel, Escape and the close button all end here
        QVERIFY(!m_wizard->isJobRunning());
        QVERIFY(!m_wizard->isVisible());

        QCOMPARE(imported.count(), 1);
        const auto summary = imported.at(0).at(0).value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.created >= 3 * batch && summary.created < 200);
        QCOMPARE(summary.created % batch, qint64(0)); // whole batches only
        QCOMPARE(count(QStringLiteral("customers")), summary.created);
        m_wizard.reset(); // and destroying it afterwards is fine too
    }

    void roleWithoutCreateRightIsRefused()
    {
        const QString path = writeFile(QStringLiteral("refused.csv"), "company_name\nNope Co\n");
        openWizard(QStringLiteral("auditor"), ImportWizard::Kind::Customers);
        QWizardPage* filePage = page(ImportWizard::FilePageId);
        auto* message = child<MessageLabel>(filePage, QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(PermissionService::roleTitle(QStringLiteral("auditor"))) ||
                     message->text().contains(QLatin1String("auditor")),
                 qPrintable(message->text()));
        QVERIFY(!child<QLineEdit>(filePage, QStringLiteral("filePathEdit"))->isEnabled());
        QVERIFY(!child<QPushButton>(filePage, QStringLiteral("browseButton"))->isEnabled());
        m_chosenFile = path;
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!canGoOn());
        QCOMPARE(count(QStringLiteral("customers")), qint64(0));

        // Payment records also need the right to read customers; a collector has both.
        m_wizard = std::make_unique<ImportWizard>(database(), as(QStringLiteral("collector")),
                                                  ImportWizard::Kind::PaymentRecords);
        QVERIFY(!child<MessageLabel>(page(ImportWizard::FilePageId), QStringLiteral("messageLabel"))
                     ->isVisibleTo(m_wizard.get()));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
