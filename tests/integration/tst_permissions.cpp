#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/DatabaseFunctions.h"
#include "services/PermissionService.h"
#include "tables/PagedTableModel.h"
#include "tables/SqlTableModel.h"
#include "tables/TableCatalog.h"
#include "tables/TableModelFactory.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtTest>

// Roles and permissions on both engines. Migration 0002's matrix is the intended policy (written
// out independently below), PermissionService answers from it, and the model API obeys it: for
// each role x each of the 25 tables x each action (read, create, update, delete, export,
// manage), calling the models directly is allowed exactly when the matrix says so, and a
// refused call changes nothing. The one deliberate exception: audit_logs is append-only, so
// its model refuses every write whatever the role (admin's '*' grant included).

using Action = PermissionService::Action;

namespace {

const QStringList& roles()
{
    static const QStringList list = PermissionService::roles();
    return list;
}

// The intended policy (models/README.md, "Roles and permissions").
bool intended(const QString& role, const QString& table, Action action)
{
    static const QStringList secrets = {"user_sessions", "password_reset_tokens", "api_keys"};
    static const QStringList business = {"customers",        "customer_profiles", "payment_records",
                                         "opt_outs",         "campaigns",         "tasks",
                                         "agents",           "contact_attempts",  "templates",
                                         "email_deliveries", "email_bounces",     "email_suppressions",
                                         "email_links",      "compliance_rules"};
    static const QStringList analytics = {"system_metrics", "campaign_email_stats", "llm_usage_logs",
                                          "llm_budget_limits", "llm_cache"};
    static const QStringList collectorWrites = {
        "customers", "customer_profiles", "payment_records", "opt_outs", "campaigns", "tasks", "contact_attempts"};
    static const QStringList collectorReads = {"templates",          "agents",      "email_deliveries", "email_bounces",
                                               "email_suppressions", "email_links", "compliance_rules"};
    if (role == QLatin1String("admin"))
        return true;
    if (role == QLatin1String("manager")) {
        if (action == Action::Manage) // migration 0004: releasing customer holds
            return table == QLatin1String("customer_profiles");
        if (business.contains(table))
            return true;
        if (analytics.contains(table))
            return action == Action::Read || action == Action::Export;
        return (table == QLatin1String("audit_logs") || table == QLatin1String("users")) && action == Action::Read;
    }
    if (role == QLatin1String("collector")) {
        if (collectorWrites.contains(table))
            return action == Action::Read || action == Action::Create || action == Action::Update;
        return collectorReads.contains(table) && action == Action::Read;
    }
    if (role == QLatin1String("auditor")) {
        if (secrets.contains(table))
            return false;
        return action == Action::Read || (table == QLatin1String("audit_logs") && action == Action::Export);
    }
    return false;
}

// Required foreign keys that are also unique or part of a unique key with a constant: each row
// needs a customer of its own.
bool needsOwnCustomer(const QString& table, const ColumnSpec& column)
{
    return column.name == QLatin1String("customer_id") &&
           (table == QLatin1String("customer_profiles") || table == QLatin1String("opt_outs"));
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, QList<qint64>> m_ids; // fixture rows: [0] is every child's parent and edited, [1] is deleted
    QString m_lastError;
    int m_counter = 0;

    Database& database() { return m_db->database(); }
    const Dialect& dialect() { return m_db->database().dialect(); }

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
    int count(const QString& table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(); }
    // Everything stored in one row, to prove a refused call changed nothing.
    QString rowText(const QString& table, qint64 id)
    {
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return QStringLiteral("<missing>");
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        return values.join(QLatin1Char('|'));
    }

    qint64 insert(const QString& table, const QStringList& columns, const QStringList& placeholders,
                  const QVariantList& values)
    {
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                          .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            m_lastError = table + QStringLiteral(": ") + query.lastError().text();
            return 0;
        }
        return query.value(0).toLongLong();
    }
    qint64 newCustomer()
    {
        return insert(QStringLiteral("customers"), {QStringLiteral("company_name")}, {QStringLiteral("?")},
                      {QStringLiteral("Own customer %1").arg(++m_counter)});
    }
    qint64 newUser(const QString& role)
    {
        return insert(QStringLiteral("users"),
                      {QStringLiteral("email"), QStringLiteral("password_hash"), QStringLiteral("role")},
                      {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")},
                      {QStringLiteral("%1.%2@example.com").arg(role).arg(++m_counter), QStringLiteral("x"), role});
    }

    // A stored value (plain SQL) for fixture row `row`; an invalid QVariant leaves the column NULL.
    QVariant storedValue(const TableSpec& table, const ColumnSpec& column, int row)
    {
        switch (column.type) {
        case ColumnType::Id:
            return QVariant();
        case ColumnType::ForeignKey:
            return m_ids.value(column.references).value(0);
        case ColumnType::Email:
            return QStringLiteral("fixture%1.%2@example.com").arg(row).arg(table.name);
        case ColumnType::Phone:
            return QStringLiteral("+1415555%1").arg(100 + row);
        case ColumnType::Enum:
            return column.enumValues.first();
        case ColumnType::Integer:
            return 1;
        case ColumnType::Decimal:
            return 0.5;
        case ColumnType::Money:
            return dialect().moneyToSql(Money(100000, QStringLiteral("USD")));
        case ColumnType::MicroMoney:
            return dialect().isSqlite() ? QVariant(1234) : QVariant(QStringLiteral("0.001234"));
        case ColumnType::Currency:
            return QStringLiteral("USD");
        case ColumnType::Boolean:
            return dialect().boolToSql(true);
        case ColumnType::Timestamp:
            return dialect().timestampToSql(QDateTime(QDate(2030, 1, 2 + row), QTime(3, 4, 5), QTimeZone::utc()));
        case ColumnType::Date:
            return dialect().dateToSql(QDate(2024, 5, 1 + row));
        case ColumnType::Json:
            return column.name == QLatin1String("escalation_steps") ? QStringLiteral("[]") : QStringLiteral("{}");
        case ColumnType::TextArray:
            return dialect().arrayToSql({QStringLiteral("alpha")});
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
            return QVariant(); // global limits
        return QStringLiteral("fixture %1 %2 %3").arg(table.name, column.name).arg(row);
    }

    // Two rows in every table, parents first: row 0 is the parent of every child row and the one
    // edited, row 1 is referenced by nothing and deleted.
    bool insertFixtures()
    {
        m_ids.clear();
        QStringList done;
        while (done.size() < TableCatalog::tables().size()) {
            const qsizetype before = done.size();
            for (const TableSpec& table : TableCatalog::tables()) {
                bool ready = !done.contains(table.name);
                for (const ColumnSpec& column : table.columns)
                    ready = ready && (column.type != ColumnType::ForeignKey || column.references == table.name ||
                                      done.contains(column.references));
                if (!ready)
                    continue;
                for (int row = 0; row < 2; ++row) {
                    QStringList columns, placeholders;
                    QVariantList values;
                    for (const ColumnSpec& column : table.columns) {
                        QVariant value = column.readOnly ? QVariant() : storedValue(table, column, row);
                        if (needsOwnCustomer(table.name, column)) // row 1: not customers' row 1, deleted on its own
                            value = row == 0 ? m_ids.value(QStringLiteral("customers")).value(0) : newCustomer();
                        if (!value.isValid())
                            continue;
                        columns << Dialect::quoteIdentifier(column.name);
                        placeholders << (column.type == ColumnType::Json        ? dialect().jsonParameter()
                                         : column.type == ColumnType::TextArray ? dialect().arrayParameter()
                                                                                : QStringLiteral("?"));
                        values << value;
                    }
                    const qint64 id = insert(table.name, columns, placeholders, values);
                    if (id <= 0)
                        return false;
                    m_ids[table.name] << id;
                }
                done << table.name;
            }
            if (done.size() == before)
                return false;
        }
        return true;
    }

    // What a person would type into the column of a new row (setData input, not stored form).
    QVariant inputValue(const TableSpec& table, const ColumnSpec& column)
    {
        const int n = ++m_counter;
        switch (column.type) {
        case ColumnType::ForeignKey:
            return needsOwnCustomer(table.name, column) ? QVariant(newCustomer())
                                                        : QVariant(m_ids.value(column.references).value(0));
        case ColumnType::Email:
            return QStringLiteral("new%1@example.com").arg(n);
        case ColumnType::Money:
            return QStringLiteral("12.34");
        case ColumnType::MicroMoney:
            return QStringLiteral("0.0015");
        case ColumnType::Timestamp:
            return QDateTime(QDate(2031, 1, 1), QTime(9, 0), QTimeZone::utc());
        case ColumnType::Date:
            return QDate(2031, 1, 1).addDays(n);
        case ColumnType::TextArray:
            return QStringList{QStringLiteral("alpha")};
        case ColumnType::Boolean:
            return true;
        case ColumnType::Secret:
            return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
        case ColumnType::Text:
            return QStringLiteral("new %1 %2").arg(column.name).arg(n);
        default:
            return storedValue(table, column, 0);
        }
    }

    // A column of row 0 to change and the new value (setData input).
    static QPair<QString, QVariant> edit(const TableSpec& table)
    {
        if (table.name == QLatin1String("llm_budget_limits"))
            return {QStringLiteral("alert_threshold_pct"), 50};
        if (table.name == QLatin1String("campaign_email_stats"))
            return {QStringLiteral("sent_count"), 7};
        for (const ColumnSpec& column : table.columns) {
            if (!column.readOnly && column.type == ColumnType::Text && column.name != QLatin1String("scope_ref"))
                return {column.name, QStringLiteral("changed")};
        }
        for (const ColumnSpec& column : table.columns) {
            if (!column.readOnly && column.type == ColumnType::Timestamp)
                return {column.name, QDateTime(QDate(2032, 2, 3), QTime(4, 5), QTimeZone::utc())};
        }
        return {};
    }

    static int rowOf(const SqlTableModel& model, qint64 id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, model.fieldIndex(QStringLiteral("id"))), SqlTableModel::RawValueRole)
                    .toLongLong() == id)
                return row;
        }
        return -1;
    }

    std::unique_ptr<SqlTableModel> model(const AccessContextPtr& access, const QString& table)
    {
        return std::unique_ptr<SqlTableModel>(TableModelFactory::createTableModel(database(), access, table, nullptr));
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        m_counter = 0;
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
    }
    void cleanup() { m_db.reset(); }

    void migrationMatrixIsTheIntendedPolicy()
    {
        DatabaseFunctions functions(database());
        for (const QString& role : roles()) {
            for (const TableSpec& table : TableCatalog::tables()) {
                for (const Action action : PermissionService::actions()) {
                    const QString what =
                        role + QLatin1Char(' ') + PermissionService::actionName(action) + QLatin1Char(' ') + table.name;
                    QString error;
                    const auto granted =
                        functions.checkPermission(role, table.name, PermissionService::actionName(action), &error);
                    QVERIFY2(granted.has_value(), qPrintable(error));
                    QVERIFY2(*granted == intended(role, table.name, action), qPrintable(what));
                    // A role never writes, exports or manages what it cannot read.
                    if (*granted)
                        QVERIFY2(intended(role, table.name, Action::Read), qPrintable(what));
                }
            }
        }
        // The brief's anchors, spelled out.
        const auto check = [&](const char* role, const char* resource, const char* action) {
            return functions.checkPermission(QLatin1String(role), QLatin1String(resource), QLatin1String(action))
                .value_or(false);
        };
        QVERIFY(!check("collector", "users", "read"));
        QVERIFY(!check("manager", "role_permissions", "manage"));
        QVERIFY(!check("manager", "users", "manage"));
        QVERIFY(check("manager", "users", "read"));
        QVERIFY(check("auditor", "audit_logs", "read") && check("auditor", "audit_logs", "export"));
        QVERIFY(!check("auditor", "api_keys", "read"));
        QVERIFY(check("admin", "role_permissions", "manage") && check("admin", "api_keys", "delete"));

        // The same rows on both engines: exactly the intended grants, admin as one wildcard row.
        QStringList expected{QStringLiteral("admin|*|*")};
        for (const QString& role : roles()) {
            for (const TableSpec& table : TableCatalog::tables()) {
                for (const Action action : PermissionService::actions()) {
                    if (role != QLatin1String("admin") && intended(role, table.name, action))
                        expected << role + QLatin1Char('|') + table.name + QLatin1Char('|') +
                                        PermissionService::actionName(action);
                }
            }
        }
        QStringList stored;
        QSqlQuery query(database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT role, resource, action FROM role_permissions")));
        while (query.next())
            stored << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|') +
                          query.value(2).toString();
        expected.sort();
        stored.sort();
        QCOMPARE(stored, expected);
        QCOMPARE(stored.size(), 135); // 0002's 134 + 0004's (manager, customer_profiles, manage)
    }

    void permissionServiceCachesUntilInvalidated()
    {
        PermissionService service(database());
        QVERIFY(service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update));
        QVERIFY(service.check(QStringLiteral("collector"), QStringLiteral("customers"), QStringLiteral("update")));
        QVERIFY(!service.check(QStringLiteral("collector"), QStringLiteral("customers"), QStringLiteral("destroy")));
        QVERIFY(!service.check(QString(), QStringLiteral("customers"), Action::Read));
        QVERIFY(scalar(QStringLiteral("DELETE FROM role_permissions WHERE role = 'collector' AND resource = "
                                      "'customers' AND action = 'update' RETURNING id"))
                    .isValid());
        QVERIFY(service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update)); // cached
        service.invalidate();
        QVERIFY(!service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update));
        QVERIFY(service.lastError().isEmpty());
        QCOMPARE(PermissionService::deniedMessage(QStringLiteral("collector"), QStringLiteral("payment_records"),
                                                  Action::Delete),
                 QStringLiteral("Your role (collector) may not delete rows in Payment Records."));
    }

    void cachedAnswersExpireSoChangesFromElsewhereApply()
    {
        PermissionService service(database());
        service.setCacheLifetime(200);
        QVERIFY(service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update));
        // Another session's editor revokes it: this service does not hear about it ...
        QVERIFY(scalar(QStringLiteral("DELETE FROM role_permissions WHERE role = 'collector' AND resource = "
                                      "'customers' AND action = 'update' RETURNING id"))
                    .isValid());
        QVERIFY(service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update));
        // ... but asks again once its cached answer is older than the lifetime.
        QTest::qWait(250);
        QVERIFY(!service.check(QStringLiteral("collector"), QStringLiteral("customers"), Action::Update));
    }

    void systemAndNobodyContexts()
    {
        const AccessContextPtr system = AccessContext::system();
        const AccessContextPtr nobody = AccessContext::nobody();
        for (const TableSpec& table : TableCatalog::tables()) {
            for (const Action action : PermissionService::actions()) {
                QVERIFY(system->can(table.name, action));
                QVERIFY(!nobody->can(table.name, action));
            }
        }
        QVERIFY(!system->actorId().has_value());
        QCOMPARE(system->actorType(), QStringLiteral("system"));
        // A model nobody gave a context reads and writes nothing.
        std::unique_ptr<SqlTableModel> orphan = model(nullptr, QStringLiteral("customers"));
        QVERIFY(!orphan->select());
        QVERIFY(!orphan->lastError().text().isEmpty());
        QVERIFY(!orphan->insertRows(0, 1));
    }

    void modelApiFollowsTheMatrix_data()
    {
        QTest::addColumn<QString>("role");
        for (const QString& role : roles())
            QTest::newRow(qPrintable(role)) << role;
    }
    void modelApiFollowsTheMatrix()
    {
        QFETCH(QString, role);
        QVERIFY2(insertFixtures(), qPrintable(m_lastError));
        const qint64 actor = newUser(role);
        QVERIFY2(actor > 0, qPrintable(m_lastError));
        auto permissions = std::make_shared<PermissionService>(database());
        const AccessContextPtr access = AccessContext::forUser(permissions, actor, role);

        for (const TableSpec& table : TableCatalog::tables()) {
            const auto expect = [&](Action action) {
                const bool granted = permissions->check(role, table.name, action);
                if (granted != intended(role, table.name, action))
                    qWarning("%s: %s differs from the intended policy", qPrintable(table.name),
                             qPrintable(PermissionService::actionName(action)));
                const bool appendOnly = table.name == QLatin1String("audit_logs") && action != Action::Read &&
                                        action != Action::Export && action != Action::Manage;
                return granted && !appendOnly;
            };
            const QByteArray context = (role + QLatin1Char(' ') + table.name).toUtf8();
            const char* where = context.constData();

            // read: the table's model and the browse model (paged for large tables).
            std::unique_ptr<SqlTableModel> tableModel = model(access, table.name);
            QVERIFY2(tableModel, where);
            QSignalSpy denied(tableModel.get(), &SqlTableModel::accessDenied);
            tableModel->setSort(tableModel->fieldIndex(QStringLiteral("id")), Qt::AscendingOrder);
            const bool canRead = expect(Action::Read);
            QVERIFY2(tableModel->select() == canRead, where);
            if (canRead) {
                QVERIFY2(tableModel->rowCount() == count(table.name), where);
            } else {
                QVERIFY2(tableModel->rowCount() == 0, where);
                QVERIFY2(tableModel->lastError().text() == access->deniedMessage(table.name, Action::Read), where);
                QVERIFY2(denied.size() == 1, where);
            }
            QString browseError;
            std::unique_ptr<QAbstractItemModel> browse(
                TableModelFactory::createBrowseModel(database(), access, table.name, nullptr, &browseError));
            QVERIFY2((browse != nullptr) == canRead, where);
            if (!canRead)
                QVERIFY2(browseError == access->deniedMessage(table.name, Action::Read), where);
            if (table.large) {
                PagedTableModel paged(database(), access, table);
                QVERIFY2(paged.select() == canRead, where);
                QVERIFY2(paged.canExport() == expect(Action::Export), where);
                if (!canRead)
                    QVERIFY2(paged.rowCount() == 0 && !paged.lastError().isEmpty(), where);
            }

            // export and manage: what the UI asks before offering them.
            QVERIFY2(tableModel->canExport() == expect(Action::Export), where);
            QVERIFY2(access->can(table.name, Action::Manage) == expect(Action::Manage), where);

            const int auditsBefore = count(QStringLiteral("audit_logs"));
            int audits = 0; // entries the allowed writes below must add

            // update: row 0, one column.
            const qint64 editedId = m_ids.value(table.name).at(0);
            const QString editedBefore = rowText(table.name, editedId);
            const auto [column, value] = edit(table);
            QVERIFY2(!column.isEmpty(), where);
            const int editedRow = rowOf(*tableModel, editedId);
            QVERIFY2((editedRow >= 0) == canRead, where);
            if (editedRow >= 0) {
                const QModelIndex index = tableModel->index(editedRow, tableModel->fieldIndex(column));
                QVERIFY2(bool(tableModel->flags(index) & Qt::ItemIsEditable) == expect(Action::Update), where);
                QString error;
                const bool set = tableModel->setData(index, value);
                const bool updated = set && tableModel->submitValidated(&error);
                QVERIFY2(updated == expect(Action::Update),
                         qPrintable(context + ": " + error + tableModel->lastValidationError()));
                if (updated) {
                    QVERIFY2(rowText(table.name, editedId) != editedBefore, where);
                    ++audits;
                } else {
                    QVERIFY2(!set, where); // refused at once, not at submit
                    QVERIFY2(!tableModel->lastValidationError().isEmpty(), where);
                    QVERIFY2(!tableModel->isDirty(), where);
                }
            }
            if (!expect(Action::Update))
                QVERIFY2(rowText(table.name, editedId) == editedBefore, where);

            // create: a row with the required columns, through insertRows + setData + submit.
            const int rowsBefore = count(table.name);
            if (canRead) {
                const int row = tableModel->rowCount();
                const bool inserted = tableModel->insertRows(row, 1);
                QVERIFY2(inserted == expect(Action::Create), where);
                if (inserted) {
                    for (const ColumnSpec& spec : table.columns) {
                        if (!spec.required || spec.readOnly)
                            continue;
                        const QModelIndex index = tableModel->index(row, tableModel->fieldIndex(spec.name));
                        QVERIFY2(tableModel->setData(index, inputValue(table, spec)),
                                 qPrintable(context + ": " + tableModel->lastValidationError()));
                    }
                    QString error;
                    QVERIFY2(tableModel->submitValidated(&error), qPrintable(context + ": " + error));
                    QVERIFY2(count(table.name) == rowsBefore + 1, where);
                    ++audits;
                } else {
                    QVERIFY2(!tableModel->lastValidationError().isEmpty(), where);
                }
            }
            if (!expect(Action::Create))
                QVERIFY2(count(table.name) == rowsBefore, where);

            // delete: row 1, which nothing references.
            const qint64 victim = m_ids.value(table.name).at(1);
            if (canRead) {
                const int victimRow = rowOf(*tableModel, victim);
                QVERIFY2(victimRow >= 0, where);
                QString error;
                const bool removed = tableModel->removeRows(victimRow, 1) && tableModel->submitValidated(&error);
                QVERIFY2(removed == expect(Action::Delete), qPrintable(context + ": " + error));
                if (removed)
                    ++audits;
            }
            QVERIFY2(rowText(table.name, victim).startsWith(QLatin1String("<missing>")) == expect(Action::Delete),
                     where);

            // Every allowed write left one audit entry, every refused one none.
            QVERIFY2(count(QStringLiteral("audit_logs")) == auditsBefore + audits, where);
        }
    }

    void writeHooksCheckEvenWhenTheEditWasAllowed()
    {
        // An edit made while allowed (here: by an admin) and written after the context changed
        // (here: to a collector; in life, a permission revoked mid-edit) is refused at the write
        // itself, also through QSqlTableModel's own submitAll.
        QVERIFY2(insertFixtures(), qPrintable(m_lastError));
        auto permissions = std::make_shared<PermissionService>(database());
        const AccessContextPtr admin =
            AccessContext::forUser(permissions, newUser(QStringLiteral("admin")), QStringLiteral("admin"));
        const AccessContextPtr collector =
            AccessContext::forUser(permissions, newUser(QStringLiteral("collector")), QStringLiteral("collector"));
        std::unique_ptr<SqlTableModel> templates = model(admin, QStringLiteral("templates"));
        QVERIFY(templates->select());
        const qint64 id = m_ids.value(QStringLiteral("templates")).at(0);
        const QString before = rowText(QStringLiteral("templates"), id);
        const int audits = count(QStringLiteral("audit_logs"));
        const int row = rowOf(*templates, id);
        QVERIFY(templates->setData(templates->index(row, templates->fieldIndex("name")), QStringLiteral("tampered")));
        QVERIFY(templates->removeRows(rowOf(*templates, m_ids.value(QStringLiteral("templates")).at(1)), 1));

        templates->setAccessContext(collector);
        QVERIFY(!(templates->flags(templates->index(row, templates->fieldIndex("name"))) & Qt::ItemIsEditable));
        QVERIFY(!templates->QSqlTableModel::submitAll());
        QCOMPARE(templates->lastError().text(), collector->deniedMessage(QStringLiteral("templates"), Action::Update));
        QVERIFY(!templates->submitAll());
        QString error;
        QVERIFY(!templates->submitValidated(&error));
        QVERIFY2(error.contains(QLatin1String("collector")), qPrintable(error));
        QCOMPARE(rowText(QStringLiteral("templates"), id), before);
        QCOMPARE(count(QStringLiteral("templates")), 2);
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);

        // The edits were kept: back with the admin, they are written.
        templates->setAccessContext(admin);
        QVERIFY(templates->isDirty());
        QVERIFY2(templates->submitValidated(&error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("templates")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM templates WHERE id = ?"), {id}).toString(),
                 QStringLiteral("tampered"));
        QCOMPARE(count(QStringLiteral("audit_logs")), audits + 2);
    }

    void revokedPermissionAppliesAfterInvalidate()
    {
        auto permissions = std::make_shared<PermissionService>(database());
        const AccessContextPtr auditor = AccessContext::forUser(permissions, 0, QStringLiteral("auditor"));
        QVERIFY(model(auditor, QStringLiteral("users"))->select());
        QVERIFY(scalar(QStringLiteral("DELETE FROM role_permissions WHERE role = 'auditor' AND resource = 'users' "
                                      "RETURNING id"))
                    .isValid());
        permissions->invalidate(); // what the permission editor does after a change
        std::unique_ptr<SqlTableModel> users = model(auditor, QStringLiteral("users"));
        QVERIFY(!users->select());
        QCOMPARE(users->lastError().text(), QStringLiteral("Your role (auditor) may not read Users."));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
