#include "admin/AuditLogDetailPane.h"
#include "admin/AuditLogListModel.h"
#include "admin/AuditLogPage.h"
#include "auth/MessageLabel.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/AuditLogExporter.h"
#include "services/DatabaseFunctions.h"
#include "services/PermissionService.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The audit log page over a migrated SQLite database: the filter bar narrows the list, the
// list reads more pages as it scrolls, a selected entry shows its old and new values side by
// side, and "Export CSV…" writes the filtered entries on a worker thread - only for a role with
// the export right. Runs offscreen.
namespace {

// All records of CSV bytes, read back with the import's parser (CsvParser); an invalid record
// becomes a single field "ERROR: ...".
QList<QStringList> parseCsv(const QByteArray& bytes, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvParser::Options options;
    options.delimiter = delimiter;
    options.encoding = CsvParser::Encoding::Utf8;
    CsvParser parser(&buffer, options);
    QList<QStringList> records;
    while (const auto record = parser.next())
        records << (record->isValid() ? record->fields : QStringList{QStringLiteral("ERROR: ") + record->error});
    return records;
}

} // namespace

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    QString templatePath() const { return m_templateDir.filePath(QStringLiteral("template.db")); }
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_users;
    std::unique_ptr<AuditLogPage> m_page;

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, m_users.value(role), role, role + QStringLiteral("@example.com"));
    }

    static QJsonObject json(const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

    bool log(const QString& actor, const QString& action, const QString& entityType, const QString& entityId,
             const QJsonObject& oldValues, const QJsonObject& newValues)
    {
        QString error;
        const std::optional<qint64> actorId =
            actor.isEmpty() ? std::nullopt : std::optional<qint64>(m_users.value(actor));
        const auto id = DatabaseFunctions(*m_database)
                            .logAuditEvent(actorId, action, entityType, entityId, oldValues, newValues, {}, {}, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id.has_value();
    }

    // Opens the page for `role` and waits until its choices and count have arrived.
    void openPage(const QString& role)
    {
        m_page = std::make_unique<AuditLogPage>(*m_database, as(role));
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        if (as(role)->can(QStringLiteral("audit_logs"), PermissionService::Action::Read)) {
            QTRY_VERIFY(m_page->matchingCount() >= 0);
            QTRY_VERIFY(combo("entityTypeCombo")->count() > 1);
        }
    }

    template <typename T> T* child(const char* name) const { return m_page->findChild<T*>(QLatin1String(name)); }
    QComboBox* combo(const char* name) const { return child<QComboBox>(name); }
    QTableView* view() const { return child<QTableView>("auditLogView"); }

    static bool select(QComboBox* combo, const QString& data)
    {
        const int index = combo->findData(data);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }

    // Applies with the keyboard shortcut of the Apply button and waits for the new count.
    void apply()
    {
        QSignalSpy counted(m_page.get(), &AuditLogPage::countFinished);
        QTest::keyClick(m_page.get(), Qt::Key_A, Qt::AltModifier);
        QVERIFY(counted.wait(5000));
    }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < view()->model()->rowCount(); ++row)
            values << view()->model()->index(row, column).data().toString();
        return values;
    }

private slots:
    // Migrates once; each test starts from a copy.
    void initTestCase()
    {
        QVERIFY(m_templateDir.isValid());
        QString error;
        auto database = Database::open(QStringLiteral("sqlite:") + templatePath(), &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY2(Migrator(*database).migrate(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(QStringLiteral("gui.db"));
        QVERIFY(QFile::copy(templatePath(), path));
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + path, &error);
        QVERIFY2(m_database, qPrintable(error));
        m_users.clear();
        for (const QString& role : PermissionService::roles()) {
            QSqlQuery insert(m_database->connection());
            insert.prepare(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)"));
            insert.addBindValue(role + QStringLiteral("@example.com"));
            insert.addBindValue(role);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            m_users.insert(role, insert.lastInsertId().toLongLong());
        }
        m_permissions = std::make_shared<PermissionService>(*m_database);

        QVERIFY(log(QStringLiteral("manager"), QStringLiteral("create"), QStringLiteral("customers"),
                    QStringLiteral("1"), {}, json("{\"company_name\":\"Acme\",\"city\":\"Oslo\"}")));
        QVERIFY(log(QStringLiteral("manager"), QStringLiteral("update"), QStringLiteral("customers"),
                    QStringLiteral("1"), json("{\"city\":\"Oslo\",\"phone\":null}"),
                    json("{\"city\":\"Bergen\",\"phone\":\"+4712345678\"}")));
        QVERIFY(log(QStringLiteral("admin"), QStringLiteral("delete"), QStringLiteral("payment_records"),
                    QStringLiteral("9"), json("{\"invoice_number\":\"INV-9\",\"amount\":\"10.00\"}"), {}));
        QVERIFY(log(QString(), QStringLiteral("update"), QStringLiteral("payment_records"), QStringLiteral("8"),
                    json("{\"status\":\"pending\"}"), json("{\"status\":\"overdue\"}")));
        // An old entry (inserted with its time: logAuditEvent stamps now).
        QSqlQuery old(m_database->connection());
        QVERIFY(old.exec(QStringLiteral("INSERT INTO audit_logs (actor_type, action, entity_type, entity_id, "
                                        "new_values, created_at) VALUES ('agent', 'create', 'tasks', '3', "
                                        "'{\"type\":\"sms\"}', '2020-06-01T08:00:00.000Z')")));
    }

    void cleanup()
    {
        m_page.reset();
        m_permissions.reset();
        m_database.reset();
        m_dir.reset();
    }

    void showsEveryEntryNewestFirstWithItsCount()
    {
        openPage(QStringLiteral("auditor"));
        QCOMPARE(view()->model()->rowCount(), 5);
        QCOMPARE(m_page->matchingCount(), qint64(5));
        QVERIFY2(child<QLabel>("statusLabel")->text().contains(QLatin1String("5")),
                 qPrintable(child<QLabel>("statusLabel")->text()));
        QCOMPARE(column(AuditLogListModel::ActionColumn).last(), QStringLiteral("create")); // the 2020 entry
        QCOMPARE(column(AuditLogListModel::ActorColumn).last(), QStringLiteral("agent"));
        QCOMPARE(column(AuditLogListModel::ActorColumn).first(), QStringLiteral("system")); // the newest
        QVERIFY(!child<MessageLabel>("messageLabel")->isVisible());
        // The choices list what appears in the log.
        QVERIFY(combo("entityTypeCombo")->findData(QStringLiteral("payment_records")) > 0);
        QVERIFY(combo("entityTypeCombo")->findData(QStringLiteral("tasks")) > 0);
        QVERIFY(combo("actionCombo")->findData(QStringLiteral("delete")) > 0);
        QVERIFY(combo("actorCombo")->findData(QStringLiteral("user:%1").arg(m_users.value("manager"))) > 0);
        QVERIFY(combo("actorCombo")->findData(QStringLiteral("type:agent")) > 0);
        QVERIFY(combo("actorCombo")->findData(QStringLiteral("user:%1").arg(m_users.value("auditor"))) < 0);
    }

    void filtersNarrowTheList()
    {
        openPage(QStringLiteral("auditor"));
        QVERIFY(select(combo("entityTypeCombo"), QStringLiteral("payment_records")));
        apply();
        QCOMPARE(view()->model()->rowCount(), 2);
        QCOMPARE(m_page->matchingCount(), qint64(2));
        QCOMPARE(column(AuditLogListModel::EntityIdColumn), (QStringList{QStringLiteral("8"), QStringLiteral("9")}));

        QVERIFY(select(combo("actionCombo"), QStringLiteral("delete")));
        apply();
        QCOMPARE(column(AuditLogListModel::EntityIdColumn), QStringList{QStringLiteral("9")});

        // Entity id, applied with Enter in its field.
        QVERIFY(select(combo("actionCombo"), QString()));
        QVERIFY(select(combo("entityTypeCombo"), QStringLiteral("customers")));
        auto* idEdit = child<QLineEdit>("entityIdEdit");
        QVERIFY(idEdit->isEnabled());
        idEdit->setFocus();
        QTest::keyClicks(idEdit, QStringLiteral("1"));
        QSignalSpy counted(m_page.get(), &AuditLogPage::countFinished);
        QTest::keyClick(idEdit, Qt::Key_Return);
        QVERIFY(counted.wait(5000));
        QCOMPARE(m_page->appliedFilter().entityId, QStringLiteral("1"));
        QCOMPARE(column(AuditLogListModel::ActionColumn),
                 (QStringList{QStringLiteral("update"), QStringLiteral("create")}));

        // Actor, with Clear first (Alt+L).
        QSignalSpy cleared(m_page.get(), &AuditLogPage::countFinished);
        QTest::keyClick(m_page.get(), Qt::Key_L, Qt::AltModifier);
        QVERIFY(cleared.wait(5000));
        QCOMPARE(view()->model()->rowCount(), 5);
        QVERIFY(select(combo("actorCombo"), QStringLiteral("user:%1").arg(m_users.value("manager"))));
        apply();
        QCOMPARE(view()->model()->rowCount(), 2);
        QVERIFY(select(combo("actorCombo"), QStringLiteral("type:system")));
        apply();
        QCOMPARE(column(AuditLogListModel::EntityIdColumn), QStringList{QStringLiteral("8")});

        // Dates: from 2021 leaves out the 2020 entry, to 2020-12-31 keeps only it.
        QVERIFY(select(combo("actorCombo"), QString()));
        child<QDateEdit>("fromDateEdit")->setDate(QDate(2021, 1, 1));
        apply();
        QCOMPARE(m_page->matchingCount(), qint64(4));
        QVERIFY(!column(AuditLogListModel::EntityTypeColumn).contains(AuditLogListModel::entityTypeTitle("tasks")));
        child<QDateEdit>("fromDateEdit")->setDate(child<QDateEdit>("fromDateEdit")->minimumDate()); // "any"
        QCOMPARE(child<QDateEdit>("fromDateEdit")->text(), tr("any"));
        child<QDateEdit>("toDateEdit")->setDate(QDate(2020, 12, 31));
        apply();
        QCOMPARE(m_page->matchingCount(), qint64(1));
        QCOMPARE(column(AuditLogListModel::EntityIdColumn), QStringList{QStringLiteral("3")});
    }

    void selectingARowShowsOldAndNewSideBySide()
    {
        openPage(QStringLiteral("auditor"));
        QVERIFY(select(combo("entityTypeCombo"), QStringLiteral("customers")));
        QVERIFY(select(combo("actionCombo"), QStringLiteral("update")));
        apply();
        QCOMPARE(view()->model()->rowCount(), 1);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->currentIndex().row(), 0);

        auto* table = child<QTableWidget>("detailTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!table->isColumnHidden(AuditLogDetailPane::OldValueColumn));
        QVERIFY(!table->isColumnHidden(AuditLogDetailPane::NewValueColumn));
        QCOMPARE(table->item(0, AuditLogDetailPane::FieldColumn)->text(), QStringLiteral("city"));
        QCOMPARE(table->item(0, AuditLogDetailPane::OldValueColumn)->text(), QStringLiteral("Oslo"));
        QCOMPARE(table->item(0, AuditLogDetailPane::NewValueColumn)->text(), QStringLiteral("Bergen"));
        QCOMPARE(table->item(1, AuditLogDetailPane::FieldColumn)->text(), QStringLiteral("phone"));
        QCOMPARE(table->item(1, AuditLogDetailPane::OldValueColumn)->text(), AuditLogDetailPane::tr("(empty)"));
        QCOMPARE(table->item(1, AuditLogDetailPane::NewValueColumn)->text(), QStringLiteral("+4712345678"));
        QVERIFY(child<QLabel>("detailSummary")->text().contains(QLatin1String("manager@example.com")));

        // A create shows only new values, a delete only old ones.
        QVERIFY(select(combo("actionCombo"), QStringLiteral("create")));
        apply();
        view()->setCurrentIndex(view()->model()->index(0, 0));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->isColumnHidden(AuditLogDetailPane::OldValueColumn));
        QVERIFY(!table->isColumnHidden(AuditLogDetailPane::NewValueColumn));
        QVERIFY(select(combo("entityTypeCombo"), QStringLiteral("payment_records")));
        QVERIFY(select(combo("actionCombo"), QStringLiteral("delete")));
        apply();
        QCOMPARE(table->rowCount(), 0); // nothing selected after a new filter
        view()->setCurrentIndex(view()->model()->index(0, 0));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!table->isColumnHidden(AuditLogDetailPane::OldValueColumn));
        QVERIFY(table->isColumnHidden(AuditLogDetailPane::NewValueColumn));
        QCOMPARE(table->item(0, AuditLogDetailPane::FieldColumn)->text(), QStringLiteral("amount"));
    }

    void listFetchesPagesAsItScrolls()
    {
        {
            Transaction transaction(*m_database);
            for (int i = 0; i < 2 * AuditLogListModel::PageSize + 10; ++i)
                QVERIFY(log(QStringLiteral("admin"), QStringLiteral("update"), QStringLiteral("campaigns"),
                            QString::number(i), json("{\"a\":1}"), json("{\"a\":2}")));
            QVERIFY(transaction.commit());
        }
        openPage(QStringLiteral("auditor"));
        QCOMPARE(view()->model()->rowCount(), AuditLogListModel::PageSize);
        QCOMPARE(m_page->matchingCount(), qint64(2 * AuditLogListModel::PageSize + 15));
        QVERIFY(view()->model()->canFetchMore(QModelIndex()));
        view()->scrollToBottom();
        QTRY_VERIFY(view()->model()->rowCount() > AuditLogListModel::PageSize);
        for (int i = 0; i < 10 && view()->model()->canFetchMore(QModelIndex()); ++i) {
            view()->scrollToBottom();
            QTest::qWait(20);
        }
        QCOMPARE(view()->model()->rowCount(), 2 * AuditLogListModel::PageSize + 15);
        QVERIFY(!view()->model()->canFetchMore(QModelIndex()));
    }

    void exportWritesTheFilteredEntries()
    {
        openPage(QStringLiteral("auditor"));
        auto* exportButton = child<QPushButton>("exportButton");
        QVERIFY(exportButton->isEnabled());
        QVERIFY(select(combo("entityTypeCombo"), QStringLiteral("customers")));
        apply();
        QCOMPARE(m_page->matchingCount(), qint64(2));

        const QString path = m_dir->filePath(QStringLiteral("export.csv"));
        QString suggested;
        m_page->setSaveFileChooser([&](const QString& proposal) {
            suggested = proposal;
            return path;
        });
        QSignalSpy finished(m_page.get(), &AuditLogPage::exportFinished);
        QTest::keyClick(m_page.get(), Qt::Key_X, Qt::AltModifier); // a mnemonic clicks a moment later
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!m_page->isExporting());
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(2));
        QVERIFY(suggested.endsWith(QLatin1String(".csv")));
        QVERIFY(exportButton->isEnabled());
        QVERIFY(!child<QProgressBar>("exportProgress")->isVisible());
        auto* message = child<MessageLabel>("messageLabel");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), MessageLabel::Kind::Info);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // for spreadsheets
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), AuditLogExporter::header());
        QCOMPARE(records.at(1).at(3), QStringLiteral("update")); // newest first
        QCOMPARE(records.at(1).at(4), QStringLiteral("customers"));
        QCOMPARE(records.at(1).at(6), QStringLiteral("city; phone"));
        QCOMPARE(records.at(2).at(3), QStringLiteral("create"));

        // A chooser that returns nothing cancels quietly.
        m_page->setSaveFileChooser([](const QString&) { return QString(); });
        exportButton->click();
        QVERIFY(!m_page->isExporting());
    }

    void exportNeedsTheExportRight()
    {
        openPage(QStringLiteral("manager")); // reads, may not export
        QCOMPARE(view()->model()->rowCount(), 5);
        auto* exportButton = child<QPushButton>("exportButton");
        QVERIFY(!exportButton->isEnabled());
        bool asked = false;
        m_page->setSaveFileChooser([&asked](const QString&) {
            asked = true;
            return QString();
        });
        m_page->exportCsv();
        QVERIFY(!asked);
        QVERIFY(child<MessageLabel>("messageLabel")->isVisible());
    }

    void collectorSeesTheRefusal()
    {
        openPage(QStringLiteral("collector"));
        QCOMPARE(view()->model()->rowCount(), 0);
        auto* message = child<MessageLabel>("messageLabel");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), as(QStringLiteral("collector"))
                                      ->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Read));
        QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
        QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
    }

    void everyInputHasALabelOrName()
    {
        openPage(QStringLiteral("auditor"));
        for (QWidget* widget : m_page->findChildren<QWidget*>()) {
            if (qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QDateEdit*>(widget) || qobject_cast<QTableView*>(widget)) {
                if (widget->parent() &&
                    (qobject_cast<QComboBox*>(widget->parent()) || qobject_cast<QAbstractSpinBox*>(widget->parent())))
                    continue; // a line edit inside a combo or date edit
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            }
            if (auto* button = qobject_cast<QPushButton*>(widget))
                QVERIFY2(!button->text().isEmpty(), qPrintable(button->objectName()));
        }
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
