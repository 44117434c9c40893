#include "TestDatabase.h"
#include "tables/AuditLogsModel.h"
#include "tables/PagedTableModel.h"
#include "tables/SqlTableModel.h"
#include "tables/TableCatalog.h"
#include "tables/TableModelFactory.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtTest>

// Every table's model class on both engines: it selects, passes QAbstractItemModelTester, shows
// the catalog's headers and typed values, refuses bad input (naming the column, writing
// nothing) and writes good input in the form each engine stores (money minor units or NUMERIC,
// jsonb/text[] or JSON text). Fixtures: FixtureRows rows in every table, inserted with plain
// SQL from the catalog's column types, parents first.

namespace {

constexpr int FixtureRows = 3;

QString modelClassName(const QString& table)
{
    QString name;
    for (const QString& part : table.split(QLatin1Char('_')))
        name += part.left(1).toUpper() + part.mid(1);
    return name + QStringLiteral("Model");
}

// The catalog's tables, every referenced table before the tables that reference it.
QList<const TableSpec*> tablesInDependencyOrder()
{
    QList<const TableSpec*> ordered;
    QStringList done;
    while (ordered.size() < TableCatalog::tables().size()) {
        const qsizetype before = ordered.size();
        for (const TableSpec& table : TableCatalog::tables()) {
            if (done.contains(table.name))
                continue;
            bool ready = true;
            for (const ColumnSpec& column : table.columns) {
                if (column.type == ColumnType::ForeignKey && column.references != table.name &&
                    !done.contains(column.references))
                    ready = false;
            }
            if (ready) {
                ordered << &table;
                done << table.name;
            }
        }
        if (ordered.size() == before)
            break; // a cycle: the test then fails on the missing tables
    }
    return ordered;
}

} // namespace

class TestTableModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    // The models act as an administrator, the first fixture user (tst_permissions covers the roles).
    AccessContextPtr m_admin;
    QHash<QString, QList<qint64>> m_ids; // fixture ids per table
    QString m_lastError;

    Database& database() { return m_db->database(); }
    const Dialect& dialect() { return m_db->database().dialect(); }

    // A value for `column` of fixture row `row` that the schema's CHECKs accept; invalid: leave NULL.
    QVariant fixtureValue(const TableSpec& table, const ColumnSpec& column, int row)
    {
        const QDateTime time(QDate(2030, 1, 2 + row), QTime(3, 4, 5, 678), QTimeZone::utc());
        switch (column.type) {
        case ColumnType::Id:
            return QVariant();
        case ColumnType::ForeignKey:
            return m_ids.value(column.references).value(row);
        case ColumnType::Email:
            return QStringLiteral("person%1@example.com").arg(row + 1);
        case ColumnType::Phone:
            return QStringLiteral("+1415555%1").arg(100 + row);
        case ColumnType::Enum:
            return column.enumValues.first();
        case ColumnType::Integer:
            return row + 1;
        case ColumnType::Decimal:
            return 0.5;
        case ColumnType::Money:
            return dialect().moneyToSql(Money(100000 + row * 100, QStringLiteral("USD")));
        case ColumnType::MicroMoney:
            return dialect().isSqlite() ? QVariant(1234) : QVariant(QStringLiteral("0.001234"));
        case ColumnType::Currency:
            return QStringLiteral("USD");
        case ColumnType::Boolean:
            return dialect().boolToSql(row % 2 == 0);
        case ColumnType::Timestamp:
            return dialect().timestampToSql(time);
        case ColumnType::Date:
            return dialect().dateToSql(QDate(2024, 5, 1 + row));
        case ColumnType::Json:
            if (column.name == QLatin1String("escalation_steps"))
                return QStringLiteral(R"([{"step":1,"day_offset":0,"channel":"email","template_id":null}])");
            return QStringLiteral(R"({"k":%1})").arg(row);
        case ColumnType::TextArray:
            return dialect().arrayToSql({QStringLiteral("alpha"), QStringLiteral("beta")});
        case ColumnType::TimeZone:
            return QStringLiteral("Europe/Berlin");
        case ColumnType::Secret:
            return QString::fromLatin1(
                QCryptographicHash::hash((table.name + QString::number(row)).toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
        case ColumnType::Text:
            break;
        }
        if (column.name == QLatin1String("country_code"))
            return QStringLiteral("US");
        if (column.name.endsWith(QLatin1String("language")))
            return QStringLiteral("en");
        if (column.name == QLatin1String("scope_ref"))
            return QVariant(); // the fixture limits are global
        return QStringLiteral("%1 %2 %3").arg(table.name, column.name).arg(row + 1);
    }

    bool insertFixtures()
    {
        m_ids.clear();
        for (const TableSpec* table : tablesInDependencyOrder()) {
            for (int row = 0; row < FixtureRows; ++row) {
                QStringList columns;
                QStringList placeholders;
                QVariantList values;
                for (const ColumnSpec& column : table->columns) {
                    const QVariant value = column.readOnly ? QVariant() : fixtureValue(*table, column, row);
                    if (!value.isValid())
                        continue;
                    columns << Dialect::quoteIdentifier(column.name);
                    placeholders << (column.type == ColumnType::Json        ? dialect().jsonParameter()
                                     : column.type == ColumnType::TextArray ? dialect().arrayParameter()
                                                                            : QStringLiteral("?"));
                    values << value;
                }
                QSqlQuery query(database().connection());
                query.prepare(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                        .arg(table->name, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
                for (const QVariant& value : std::as_const(values))
                    query.addBindValue(value);
                if (!query.exec() || !query.next()) {
                    m_lastError = table->name + QStringLiteral(": ") + query.lastError().text();
                    return false;
                }
                m_ids[table->name] << query.value(0).toLongLong();
            }
        }
        return m_ids.size() == TableCatalog::tables().size();
    }

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return QVariant();
        }
        return query.value(0);
    }

    // The table's model, sorted by id and selected.
    std::unique_ptr<SqlTableModel> openModel(const QString& table)
    {
        std::unique_ptr<SqlTableModel> model(TableModelFactory::createTableModel(database(), m_admin, table, nullptr));
        if (!model)
            return nullptr;
        model->setSort(model->fieldIndex(QStringLiteral("id")), Qt::AscendingOrder);
        if (!model->select()) {
            m_lastError = model->lastError().text();
            return nullptr;
        }
        return model;
    }

    static QModelIndex cell(const SqlTableModel& model, int row, const char* column)
    {
        return model.index(row, model.fieldIndex(QLatin1String(column)));
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        QVERIFY2(insertFixtures(), qPrintable(m_lastError));
        m_admin = AccessContext::forUser(std::make_shared<PermissionService>(database()),
                                         m_ids.value(QStringLiteral("users")).first(), QStringLiteral("admin"));
    }
    void cleanup()
    {
        m_admin.reset();
        m_db.reset();
    }

    void everyTableHasAModelThatSelectsAndPassesTheModelTester_data()
    {
        QTest::addColumn<QString>("table");
        for (const TableSpec& table : TableCatalog::tables())
            QTest::newRow(qPrintable(table.name)) << table.name;
    }
    void everyTableHasAModelThatSelectsAndPassesTheModelTester()
    {
        QFETCH(QString, table);
        std::unique_ptr<SqlTableModel> model = openModel(table);
        QVERIFY2(model, qPrintable(m_lastError));
        QCOMPARE(QString::fromLatin1(model->metaObject()->className()), modelClassName(table));
        QCOMPARE(model->spec().name, table);
        // The fixtures, and for role_permissions also the matrix of migration 0002.
        const int rows = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
        QVERIFY(rows >= FixtureRows);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->columnCount(), int(model->spec().columns.size()));
        for (int column = 0; column < model->columnCount(); ++column) {
            const ColumnSpec* spec = model->columnSpec(column);
            QVERIFY2(spec, qPrintable(QStringLiteral("column %1 is not in the catalog").arg(column)));
            QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), TableCatalog::columnHeader(*spec));
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                if (!model->data(index, SqlTableModel::RawValueRole).isNull() && spec->type != ColumnType::Secret)
                    QVERIFY(!model->data(index).toString().isEmpty());
            }
        }
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->select());
        QCOMPARE(model->rowCount(), rows);

        // Browsing: the paged model for the large tables, the table's own class otherwise.
        QString error;
        std::unique_ptr<QAbstractItemModel> browse(
            TableModelFactory::createBrowseModel(database(), m_admin, table, nullptr, &error));
        QVERIFY2(browse, qPrintable(error));
        QCOMPARE(qobject_cast<PagedTableModel*>(browse.get()) != nullptr, model->spec().large);
        QCOMPARE(browse->rowCount(), rows);
        QAbstractItemModelTester browseTester(browse.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void moneyRoundTripsExactlyOnBothEngines()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("payment_records"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY2(model->setData(cell(*model, 0, "amount"), QStringLiteral("1234.56")),
                 qPrintable(model->lastValidationError()));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        QVERIFY(model->select());
        QCOMPARE(model->data(cell(*model, 0, "amount"), Qt::EditRole).toString(), QStringLiteral("1234.56"));
        QCOMPARE(model->data(cell(*model, 0, "amount")).toString(), QStringLiteral("1234.56 USD"));
        const QVariant stored = scalar(QStringLiteral("SELECT amount FROM payment_records WHERE id = ?"),
                                       {m_ids.value(QStringLiteral("payment_records")).first()});
        if (dialect().isSqlite())
            QCOMPARE(stored.toLongLong(), 123456);
        else
            QCOMPARE(stored.toString(), QStringLiteral("1234.560"));
    }

    void viewsSeeTypedValuesWhileARowIsEditedAndDeleted()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("payment_records"));
        QVERIFY2(model, qPrintable(m_lastError));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList seen;
        connect(model.get(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& index) {
            seen << index.data(Qt::EditRole).toString()
                 << index.siblingAtColumn(model->fieldIndex("amount_paid")).data(Qt::EditRole).toString();
        });
        // The first edit of a row copies it into QSqlTableModel's cache: stored values, not edit values.
        QVERIFY(model->setData(cell(*model, 0, "amount"), QStringLiteral("2000.5")));
        QCOMPARE(seen, QStringList({QStringLiteral("2000.50"), QStringLiteral("1000.00")}));
        const auto stored = [&](const QVariant& value) {
            return dialect().moneyFromSql(value, QStringLiteral("USD")).minorUnits();
        };
        QCOMPARE(stored(model->data(cell(*model, 0, "amount_paid"), SqlTableModel::RawValueRole)), 100000);
        QCOMPARE(stored(model->record(0).value(QStringLiteral("amount"))), 200050);

        const qint64 deleted = m_ids.value(QStringLiteral("payment_records")).at(2);
        QVERIFY(model->removeRows(2, 1));
        QCOMPARE(model->data(cell(*model, 2, "amount"), Qt::EditRole).toString(), QStringLiteral("1002.00"));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        QCOMPARE(model->rowCount(), FixtureRows - 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment_records WHERE id = ?"), {deleted}).toInt(), 0);
        const QVariant amount = scalar(QStringLiteral("SELECT amount FROM payment_records WHERE id = ?"),
                                       {m_ids.value(QStringLiteral("payment_records")).first()});
        QCOMPARE(dialect().moneyFromSql(amount, QStringLiteral("USD")).minorUnits(), 200050);
    }

    void validationRejectsBadValuesNamingTheColumnAndWritesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("bad email") << "customers"
                                   << "email" << QVariant(QStringLiteral("not an email@"));
        QTest::newRow("bad phone") << "customers"
                                   << "phone" << QVariant(QStringLiteral("555-1234"));
        QTest::newRow("unknown enum") << "payment_records"
                                      << "status" << QVariant(QStringLiteral("lost"));
        QTest::newRow("bad time zone") << "customers"
                                       << "time_zone" << QVariant(QStringLiteral("Mars/Olympus"));
        QTest::newRow("malformed JSON") << "agents"
                                        << "config" << QVariant(QStringLiteral(R"({"model": )"));
        QTest::newRow("over-precise amount") << "payment_records"
                                             << "amount" << QVariant(QStringLiteral("10.999"));
        QTest::newRow("bad currency") << "payment_records"
                                      << "currency" << QVariant(QStringLiteral("dollars"));
        QTest::newRow("bad date") << "payment_records"
                                  << "due_date" << QVariant(QStringLiteral("2024-02-30"));
        QTest::newRow("not a number") << "tasks"
                                      << "priority" << QVariant(QStringLiteral("high"));
        QTest::newRow("required emptied") << "customers"
                                          << "company_name" << QVariant(QString());
        QTest::newRow("read-only") << "customers"
                                   << "created_at" << QVariant(QStringLiteral("2024-01-01 10:00"));
    }
    void validationRejectsBadValuesNamingTheColumnAndWritesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        std::unique_ptr<SqlTableModel> model = openModel(table);
        QVERIFY2(model, qPrintable(m_lastError));
        const QModelIndex index = model->index(0, model->fieldIndex(column));
        const QVariant before = model->data(index, SqlTableModel::RawValueRole);
        QSignalSpy refused(model.get(), &SqlTableModel::validationFailed);

        QVERIFY(!model->setData(index, value));
        const QString header = TableCatalog::columnHeader(*model->spec().column(column));
        QVERIFY2(model->lastValidationError().contains(header), qPrintable(model->lastValidationError()));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toInt(), 0);
        QCOMPARE(refused.at(0).at(1).toInt(), index.column());
        QCOMPARE(refused.at(0).at(2).toString(), model->lastValidationError());
        QVERIFY(!model->isDirty());
        QCOMPARE(model->data(index, SqlTableModel::RawValueRole), before);

        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        QVERIFY(model->select());
        QCOMPARE(model->data(model->index(0, model->fieldIndex(column)), SqlTableModel::RawValueRole), before);
    }

    void jsonAndArrayColumnsAcceptValidEdits()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("agents"));
        QVERIFY2(model, qPrintable(m_lastError));
        const QStringList capabilities = {QStringLiteral("negotiate"), QStringLiteral("spanish, formal"),
                                          QStringLiteral("quote \" and \\ backslash")};
        const QString config = QStringLiteral(R"({"tools": ["email"], "temperature": 0.25})");
        QVERIFY2(model->setData(cell(*model, 0, "capabilities"), capabilities),
                 qPrintable(model->lastValidationError()));
        QVERIFY2(model->setData(cell(*model, 0, "config"), config), qPrintable(model->lastValidationError()));
        QVERIFY(model->setData(cell(*model, 1, "capabilities"), QStringLiteral("voice, payment_plans")));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));

        QVERIFY(model->select());
        QCOMPARE(model->data(cell(*model, 0, "capabilities"), Qt::EditRole).toStringList(), capabilities);
        QCOMPARE(model->data(cell(*model, 1, "capabilities")).toString(), QStringLiteral("voice, payment_plans"));
        const QByteArray compact = QJsonDocument::fromJson(config.toUtf8()).toJson(QJsonDocument::Compact);
        QCOMPARE(model->data(cell(*model, 0, "config")).toString(), QString::fromUtf8(compact));

        // Stored as real JSON / arrays, not as quoted strings.
        const qint64 id = m_ids.value(QStringLiteral("agents")).first();
        if (dialect().isPostgres()) {
            QCOMPARE(scalar(QStringLiteral("SELECT jsonb_typeof(config) FROM agents WHERE id = ?"), {id}).toString(),
                     QStringLiteral("object"));
            QCOMPARE(
                scalar(QStringLiteral("SELECT array_length(capabilities, 1) FROM agents WHERE id = ?"), {id}).toInt(),
                3);
            QCOMPARE(scalar(QStringLiteral("SELECT capabilities[3] FROM agents WHERE id = ?"), {id}).toString(),
                     capabilities.at(2));
        } else {
            QCOMPARE(scalar(QStringLiteral("SELECT json_type(config) FROM agents WHERE id = ?"), {id}).toString(),
                     QStringLiteral("object"));
            QCOMPARE(
                scalar(QStringLiteral("SELECT json_array_length(capabilities) FROM agents WHERE id = ?"), {id}).toInt(),
                3);
            QCOMPARE(scalar(QStringLiteral("SELECT json_extract(capabilities, '$[2]') FROM agents WHERE id = ?"), {id})
                         .toString(),
                     capabilities.at(2));
        }
    }

    void auditLogsModelRefusesEditsInsertsAndDeletes()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("audit_logs"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(qobject_cast<AuditLogsModel*>(model.get()));
        QSignalSpy refused(model.get(), &SqlTableModel::validationFailed);
        const QModelIndex action = cell(*model, 0, "action");
        QVERIFY(!(model->flags(action) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(action, QStringLiteral("tampered")));
        QVERIFY(!model->lastValidationError().isEmpty());
        QVERIFY(!model->removeRows(0, 1));
        QVERIFY(!model->insertRows(0, 1));
        QVERIFY(!model->insertRecord(-1, model->record()));
        QCOMPARE(refused.size(), 4);
        QVERIFY(!model->isDirty());
        QVERIFY(model->submitAll());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs")).toInt(), FixtureRows);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'tampered'")).toInt(), 0);
    }

    void paymentRecordsRefuseAmountPaidAboveAmount()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("payment_records"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(model->setData(cell(*model, 0, "amount_paid"), QStringLiteral("5000")));
        QSignalSpy refused(model.get(), &SqlTableModel::validationFailed);
        QString error;
        QVERIFY(!model->submitValidated(&error));
        QVERIFY2(error.contains(TableCatalog::columnHeader(*model->spec().column(QStringLiteral("amount_paid")))),
                 qPrintable(error));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).toInt(), -1);
        model->revertAll();

        // 'paid' needs the full amount; paying it in full is accepted.
        QVERIFY(model->setData(cell(*model, 1, "status"), QStringLiteral("paid")));
        QVERIFY(model->setData(cell(*model, 1, "amount_paid"), QStringLiteral("10")));
        QVERIFY(!model->submitValidated(&error));
        QVERIFY(model->setData(cell(*model, 1, "amount_paid"), model->data(cell(*model, 1, "amount"), Qt::EditRole)));
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        const qint64 id = m_ids.value(QStringLiteral("payment_records")).at(1);
        const QVariant paid = scalar(QStringLiteral("SELECT amount_paid FROM payment_records WHERE id = ?"), {id});
        QVERIFY2(paid.isValid(), qPrintable(m_lastError));
        QCOMPARE(dialect().moneyFromSql(paid, QStringLiteral("USD")).minorUnits(), 100100);
    }

    void tableRulesAreCheckedBeforeWriting_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("bad");
        QTest::addColumn<QVariant>("good");
        QTest::newRow("risk score") << "customer_profiles"
                                    << "risk_score" << QVariant(101) << QVariant(100);
        QTest::newRow("priority") << "tasks"
                                  << "priority" << QVariant(9) << QVariant(5);
        QTest::newRow("alert threshold") << "llm_budget_limits"
                                         << "alert_threshold_pct" << QVariant(0) << QVariant(100);
        QTest::newRow("escalation channel")
            << "campaigns"
            << "escalation_steps" << QVariant(QStringLiteral(R"([{"step":1,"day_offset":0,"channel":"pigeon"}])"))
            << QVariant(QStringLiteral(R"([{"step":1,"day_offset":0,"channel":"sms"},{"step":2,"day_offset":7,)"
                                       R"("channel":"letter","template_id":3}])"));
        QTest::newRow("escalation step number")
            << "campaigns"
            << "escalation_steps" << QVariant(QStringLiteral(R"([{"step":"one","day_offset":0,"channel":"sms"}])"))
            << QVariant(QStringLiteral("[]"));
        QTest::newRow("escalation not an array")
            << "campaigns"
            << "escalation_steps" << QVariant(QStringLiteral(R"({"step":1})")) << QVariant();
    }
    void tableRulesAreCheckedBeforeWriting()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, bad);
        QFETCH(QVariant, good);
        std::unique_ptr<SqlTableModel> model = openModel(table);
        QVERIFY2(model, qPrintable(m_lastError));
        const QModelIndex index = cell(*model, 0, qPrintable(column));
        const QVariant before = model->data(index, SqlTableModel::RawValueRole);
        QVERIFY2(model->setData(index, bad), qPrintable(model->lastValidationError()));
        QString error;
        QVERIFY(!model->submitValidated(&error));
        QVERIFY(!error.isEmpty());
        model->revertAll();
        QVERIFY(model->select());
        QCOMPARE(model->data(index, SqlTableModel::RawValueRole), before);
        if (!good.isValid())
            return;
        QVERIFY2(model->setData(index, good), qPrintable(model->lastValidationError()));
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
    }

    void budgetLimitScopeReferenceFollowsTheScope()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("llm_budget_limits"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(model->setData(cell(*model, 0, "scope"), QStringLiteral("agent")));
        QString error;
        QVERIFY(!model->submitValidated(&error));
        QVERIFY2(error.contains(TableCatalog::columnHeader(*model->spec().column(QStringLiteral("scope_ref")))),
                 qPrintable(error));
        QVERIFY(model->setData(cell(*model, 0, "scope_ref"), QStringLiteral("7")));
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
    }

    void insertedRowsNeedTheirRequiredColumns()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("customers"));
        QVERIFY2(model, qPrintable(m_lastError));
        const int row = model->rowCount();
        QVERIFY(model->insertRows(row, 1));
        QString error;
        QVERIFY(!model->submitValidated(&error));
        QVERIFY2(error.contains(TableCatalog::columnHeader(*model->spec().column(QStringLiteral("company_name")))),
                 qPrintable(error));
        QVERIFY(model->setData(cell(*model, row, "company_name"), QStringLiteral("Acme Ltd")));
        QVERIFY(model->setData(cell(*model, row, "email"), QStringLiteral("  Billing@ACME.example ")));
        QVERIFY(model->setData(cell(*model, row, "phone"), QStringLiteral("+44 20 7946 0958")));
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM customers WHERE company_name = 'Acme Ltd'")).toString(),
                 QStringLiteral("billing@acme.example"));
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE company_name = 'Acme Ltd'")).toString(),
                 QStringLiteral("+442079460958"));
        QCOMPARE(scalar(QStringLiteral("SELECT time_zone FROM customers WHERE company_name = 'Acme Ltd'")).toString(),
                 QStringLiteral("UTC")); // the schema default
    }

    void usersEmailIsStoredLowerCase()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("users"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(model->setData(cell(*model, 0, "email"), QStringLiteral("Alice.Smith@Example.COM")));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        const qint64 id = m_ids.value(QStringLiteral("users")).first();
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {id}).toString(),
                 QStringLiteral("alice.smith@example.com"));
    }

    void valuesAreShownTyped()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("users"));
        QVERIFY2(model, qPrintable(m_lastError));
        const QDateTime lockedUntil(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
        QCOMPARE(model->data(cell(*model, 0, "locked_until")).toString(),
                 lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model->data(cell(*model, 0, "locked_until"), Qt::EditRole).toDateTime(), lockedUntil);
        QCOMPARE(model->data(cell(*model, 0, "is_active")).toString(), QStringLiteral("Yes"));
        QCOMPARE(model->data(cell(*model, 1, "is_active")).toString(), QStringLiteral("No"));
        QCOMPARE(model->data(cell(*model, 0, "is_active"), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model->flags(cell(*model, 0, "is_active")) & Qt::ItemIsUserCheckable);
        QCOMPARE(model->data(cell(*model, 0, "password_hash")).toString(), QStringLiteral("\u2022\u2022\u2022\u2022"));
        QCOMPARE(model->data(cell(*model, 0, "password_hash"), Qt::EditRole).toString(), QString());

        // A local time typed by the user is stored as UTC; a tick is a boolean edit.
        const QDateTime local(QDate(2031, 6, 15), QTime(9, 30), Qt::LocalTime);
        QVERIFY(model->setData(cell(*model, 0, "locked_until"), QStringLiteral("2031-06-15 09:30")));
        QVERIFY(model->setData(cell(*model, 1, "is_active"), int(Qt::Checked), Qt::CheckStateRole));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        QVERIFY(model->select());
        QCOMPARE(model->data(cell(*model, 0, "locked_until"), Qt::EditRole).toDateTime(), local);
        QCOMPARE(model->data(cell(*model, 1, "is_active"), Qt::EditRole).toBool(), true);

        std::unique_ptr<SqlTableModel> costs = openModel(QStringLiteral("llm_usage_logs"));
        QVERIFY2(costs, qPrintable(m_lastError));
        QCOMPARE(costs->data(cell(*costs, 0, "cost")).toString(), QStringLiteral("0.001234 USD"));
        QVERIFY(costs->setData(cell(*costs, 0, "cost"), QStringLiteral("0.5")));
        QVERIFY(!costs->setData(cell(*costs, 0, "cost"), QStringLiteral("0.0000001")));
        QVERIFY2(costs->submitValidated(&error), qPrintable(error));
        QVERIFY(costs->select());
        QCOMPARE(costs->data(cell(*costs, 0, "cost"), Qt::EditRole).toString(), QStringLiteral("0.500000"));
    }

    void changingTheCurrencyKeepsTheAmount()
    {
        std::unique_ptr<SqlTableModel> model = openModel(QStringLiteral("payment_records"));
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(model->setData(cell(*model, 0, "amount"), QStringLiteral("1234.56")));
        QVERIFY(!model->setData(cell(*model, 0, "currency"), QStringLiteral("JPY"))); // no cents in yen
        QVERIFY(model->setData(cell(*model, 0, "amount"), QStringLiteral("1234")));
        QVERIFY(model->setData(cell(*model, 0, "amount_paid"), QStringLiteral("0")));
        QVERIFY2(model->setData(cell(*model, 0, "currency"), QStringLiteral("jpy")),
                 qPrintable(model->lastValidationError()));
        QCOMPARE(model->data(cell(*model, 0, "amount")).toString(), QStringLiteral("1234 JPY"));
        QString error;
        QVERIFY2(model->submitValidated(&error), qPrintable(error));
        const QVariant stored = scalar(QStringLiteral("SELECT amount FROM payment_records WHERE id = ?"),
                                       {m_ids.value(QStringLiteral("payment_records")).first()});
        QCOMPARE(dialect().moneyFromSql(stored, QStringLiteral("JPY")).minorUnits(), 1234);
    }
};

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
