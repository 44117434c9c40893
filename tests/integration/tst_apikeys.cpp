#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/ApiKeyService.h"
#include "services/PermissionService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

// ApiKeyService on both engines: a created key is returned once and only its prefix and SHA-256
// are stored (the raw key appears nowhere in the database, audit trail included); verify()
// accepts exactly the live keys and records their last use; input rules and the unique name;
// revoking twice is refused; manager, collector and auditor may neither create nor revoke and
// change nothing; creation and revocation are audited without the secret.

using Action = PermissionService::Action;

namespace {

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject object(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QStringList kReadScopes = {QStringLiteral("customers:read"), QStringLiteral("payments:read")};

} // namespace

class TestApiKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_userIds; // role -> user id
    QString m_lastError;

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
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        return m_db->exec(sql, values, &m_lastError);
    }
    int count(const QString& table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(); }
    // Every value of every row of a table, as text: to look for secrets and to prove nothing changed.
    QStringList tableText(const QString& table)
    {
        QStringList values;
        QSqlQuery query(database().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            m_lastError = query.lastError().text();
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
        }
        return values;
    }

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, m_userIds.value(role), role,
                                      role + QStringLiteral("@example.com"));
    }
    ApiKeyService admin() { return ApiKeyService(database(), as(QStringLiteral("admin"))); }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_userIds.clear();
        for (const QString& role : PermissionService::roles()) {
            QVERIFY2(exec(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)"),
                          {role + QStringLiteral("@example.com"), role}),
                     qPrintable(m_lastError));
            m_userIds.insert(role, scalar(QStringLiteral("SELECT id FROM users WHERE role = ?"), {role}).toLongLong());
            QVERIFY(m_userIds.value(role) > 0);
        }
        m_permissions = std::make_shared<PermissionService>(database());
    }
    void cleanup()
    {
        m_permissions.reset();
        m_db.reset();
    }

    void createReturnsKeyOnceAndStoresOnlyPrefixAndHash()
    {
        ApiKeyService service = admin();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
        QString error;
        // Scopes given out of order and twice are stored once each, in knownScopes() order.
        const auto created = service.create(
            QStringLiteral("  Voice agent  "),
            {QStringLiteral("payments:read"), QStringLiteral("customers:read"), QStringLiteral("payments:read")}, 250,
            expires, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(created->id > 0);
        QCOMPARE(created->name, QStringLiteral("Voice agent"));
        QVERIFY(QRegularExpression(QStringLiteral("^cdk_[A-Za-z0-9_-]{43}$")).match(created->rawKey).hasMatch());
        QCOMPARE(created->prefix, created->rawKey.left(8));

        QSqlQuery row(database().connection());
        QVERIFY(row.prepare(QStringLiteral("SELECT name, key_prefix, key_hash, scopes, rate_limit, expires_at, "
                                           "last_used_at, revoked_at, created_by FROM api_keys WHERE id = ?")));
        row.addBindValue(created->id);
        QVERIFY2(row.exec() && row.next(), qPrintable(row.lastError().text()));
        QCOMPARE(row.value(0).toString(), QStringLiteral("Voice agent"));
        QCOMPARE(row.value(1).toString(), created->rawKey.left(8));
        QCOMPARE(row.value(2).toString(), sha256(created->rawKey));
        QCOMPARE(dialect().arrayFromSql(row.value(3)), kReadScopes);
        QCOMPARE(row.value(4).toInt(), 250);
        QCOMPARE(dialect().timestampFromSql(row.value(5)).toMSecsSinceEpoch() / 1000,
                 expires.toMSecsSinceEpoch() / 1000);
        QVERIFY(row.value(6).isNull());
        QVERIFY(row.value(7).isNull());
        QCOMPARE(row.value(8).toLongLong(), m_userIds.value(QStringLiteral("admin")));
        row.finish();

        // The raw key (and its secret part) is nowhere in the database.
        const QString secretPart = created->rawKey.mid(8);
        const QStringList tables = {QStringLiteral("api_keys"), QStringLiteral("audit_logs"), QStringLiteral("users"),
                                    QStringLiteral("user_sessions")};
        for (const QString& table : tables) {
            for (const QString& value : tableText(table))
                QVERIFY2(!value.contains(secretPart), qPrintable(table + QStringLiteral(": ") + value));
        }
        // Nor is the hash in the audit trail.
        for (const QString& value : tableText(QStringLiteral("audit_logs")))
            QVERIFY2(!value.contains(sha256(created->rawKey)), qPrintable(value));

        // Two keys never share a raw key.
        const auto second = service.create(QStringLiteral("Email agent"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->rawKey != created->rawKey);
        QVERIFY(scalar(QStringLiteral("SELECT expires_at FROM api_keys WHERE id = ?"), {second->id}).isNull());
    }

    void listShowsKeysWithoutHash()
    {
        ApiKeyService service = admin();
        QString error;
        const auto first =
            service.create(QStringLiteral("First"), {QStringLiteral("analytics:read")}, 10, std::nullopt, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = service.create(QStringLiteral("Second"), kReadScopes, 20, std::nullopt, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY2(service.revoke(first->id, &error), qPrintable(error));

        auto keys = service.list(false, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 1);
        const ApiKeyService::Key& key = keys->first();
        QCOMPARE(key.id, second->id);
        QCOMPARE(key.name, QStringLiteral("Second"));
        QCOMPARE(key.prefix, second->rawKey.left(8));
        QCOMPARE(key.scopes, kReadScopes);
        QCOMPARE(key.rateLimit, 20);
        QVERIFY(!key.expiresAt.isValid());
        QVERIFY(!key.lastUsedAt.isValid());
        QVERIFY(!key.revokedAt.isValid());
        QCOMPARE(key.createdById, m_userIds.value(QStringLiteral("admin")));
        QCOMPARE(key.createdByEmail, QStringLiteral("admin@example.com"));
        QVERIFY(key.createdAt.isValid());
        QVERIFY(qAbs(key.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(key.status(), ApiKeyService::Status::Active);

        keys = service.list(true, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 2);
        bool sawRevoked = false;
        for (const ApiKeyService::Key& k : *keys) {
            if (k.id == first->id) {
                sawRevoked = true;
                QVERIFY(k.revokedAt.isValid());
                QCOMPARE(k.status(), ApiKeyService::Status::Revoked);
                QCOMPARE(k.scopes, QStringList{QStringLiteral("analytics:read")});
            }
        }
        QVERIFY(sawRevoked);
    }

    void verifyAcceptsLiveKeyAndRecordsLastUse()
    {
        ApiKeyService service = admin();
        QString error;
        const auto created = service.create(QStringLiteral("Platform"), kReadScopes, 60,
                                            QDateTime::currentDateTimeUtc().addDays(1), &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = ?"), {created->id}).isNull());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        ApiKeyService platform(database(), AccessContext::system());
        const auto id = platform.verify(created->rawKey, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, created->id);
        const QDateTime lastUsed = dialect().timestampFromSql(
            scalar(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = ?"), {created->id}));
        QVERIFY(lastUsed.isValid());
        QVERIFY(lastUsed >= before);
        QVERIFY(lastUsed <= QDateTime::currentDateTimeUtc().addSecs(1));

        const auto keys = service.list(false, &error);
        QVERIFY2(keys && keys->size() == 1, qPrintable(error));
        QCOMPARE(keys->first().lastUsedAt.toSecsSinceEpoch(), lastUsed.toSecsSinceEpoch());

        // A key of a role without read on api_keys cannot be checked through that role.
        ApiKeyService manager(database(), as(QStringLiteral("manager")));
        QVERIFY(!manager.verify(created->rawKey, &error));
        QCOMPARE(error,
                 PermissionService::deniedMessage(QStringLiteral("manager"), QStringLiteral("api_keys"), Action::Read));
    }

    void verifyRejectsRevokedExpiredAndUnknownKeys()
    {
        ApiKeyService service = admin();
        QString error;
        const auto revoked = service.create(QStringLiteral("Revoked"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(revoked, qPrintable(error));
        const auto expired = service.create(QStringLiteral("Expired"), kReadScopes, 60,
                                            QDateTime::currentDateTimeUtc().addDays(1), &error);
        QVERIFY2(expired, qPrintable(error));
        QVERIFY2(service.revoke(revoked->id, &error), qPrintable(error));
        // Time passes: the expiry is now in the past.
        QVERIFY2(exec(QStringLiteral("UPDATE api_keys SET expires_at = ? WHERE id = ?"),
                      {dialect().timestampToSql(QDateTime::currentDateTimeUtc().addSecs(-60)), expired->id}),
                 qPrintable(m_lastError));

        const auto keys = service.list(true, &error);
        QVERIFY2(keys, qPrintable(error));
        for (const ApiKeyService::Key& key : *keys)
            QCOMPARE(key.status(),
                     key.id == expired->id ? ApiKeyService::Status::Expired : ApiKeyService::Status::Revoked);

        QString tampered = revoked->rawKey;
        tampered[tampered.size() - 1] = tampered.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
        const QStringList rejected = {revoked->rawKey,
                                      expired->rawKey,
                                      tampered,
                                      revoked->prefix,
                                      sha256(revoked->rawKey),
                                      QString(),
                                      QStringLiteral("cdk_nonsense")};
        ApiKeyService platform(database(), AccessContext::system());
        for (const QString& key : rejected) {
            error.clear();
            QVERIFY2(!platform.verify(key, &error), qPrintable(key));
            QCOMPARE(error, QStringLiteral("This API key is not valid, has expired or was revoked."));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE last_used_at IS NOT NULL")).toInt(), 0);
    }

    void validationMessages()
    {
        struct Case
        {
            const char* label;
            QString name;
            QStringList scopes;
            int rateLimit;
            int expiresInSeconds; // 0 = never expires
            QString message;
        };
        const QStringList ok = kReadScopes;
        const QList<Case> cases = {
            {"empty name", QString(), ok, 60, 0, QStringLiteral("Enter a name")},
            {"blank name", QStringLiteral("   "), ok, 60, 0, QStringLiteral("Enter a name")},
            {"long name", QString(101, QLatin1Char('n')), ok, 60, 0, QStringLiteral("at most 100 characters")},
            {"no scope", QStringLiteral("Key"), {}, 60, 0, QStringLiteral("at least one scope")},
            {"unknown scope",
             QStringLiteral("Key"),
             {QStringLiteral("users:write")},
             60,
             0,
             QStringLiteral("“users:write” is not a known scope")},
            {"rate 0", QStringLiteral("Key"), ok, 0, 0, QStringLiteral("rate limit must be")},
            {"rate too high", QStringLiteral("Key"), ok, 100001, 0, QStringLiteral("rate limit must be")},
            {"expiry in the past", QStringLiteral("Key"), ok, 60, -3600,
             QStringLiteral("expiry must be in the future")},
            {"duplicate name", QStringLiteral(" EXISTING key "), ok, 60, 0,
             QStringLiteral("An API key named “EXISTING key” already exists")},
        };

        ApiKeyService service = admin();
        QString error;
        QVERIFY2(service.create(QStringLiteral("Existing Key"), kReadScopes, 60, std::nullopt, &error),
                 qPrintable(error));
        const QStringList keysBefore = tableText(QStringLiteral("api_keys"));
        const int auditsBefore = count(QStringLiteral("audit_logs"));

        for (const Case& c : cases) {
            const std::optional<QDateTime> expires =
                c.expiresInSeconds == 0
                    ? std::nullopt
                    : std::optional<QDateTime>(QDateTime::currentDateTimeUtc().addSecs(c.expiresInSeconds));
            error.clear();
            QVERIFY2(!service.create(c.name, c.scopes, c.rateLimit, expires, &error), c.label);
            QVERIFY2(error.contains(c.message), qPrintable(QLatin1String(c.label) + QStringLiteral(": ") + error));
        }
        QCOMPARE(tableText(QStringLiteral("api_keys")), keysBefore);
        QCOMPARE(count(QStringLiteral("audit_logs")), auditsBefore);
    }

    void validationBoundsAndReuseOfRevokedName()
    {
        ApiKeyService service = admin();
        QString error;
        const auto low = service.create(QStringLiteral("Slow"), kReadScopes, 1, std::nullopt, &error);
        QVERIFY2(low, qPrintable(error));
        QVERIFY2(service.create(QStringLiteral("Fast"), ApiKeyService::knownScopes(), 100000, std::nullopt, &error),
                 qPrintable(error));
        // A revoked key's name may be used again.
        QVERIFY2(service.revoke(low->id, &error), qPrintable(error));
        QVERIFY2(service.create(QStringLiteral("slow"), kReadScopes, 5, std::nullopt, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("api_keys")), 3);
        QVERIFY(ApiKeyService::validate(QStringLiteral("x"), kReadScopes, 60, std::nullopt).isEmpty());
        QCOMPARE(ApiKeyService::knownScopes().size(), 8);
        for (const QString& scope : ApiKeyService::knownScopes())
            QVERIFY2(!ApiKeyService::scopeDescription(scope).isEmpty(), qPrintable(scope));
    }

    void revokeTwiceIsRefused()
    {
        ApiKeyService service = admin();
        QString error;
        const auto created = service.create(QStringLiteral("Once"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY2(service.revoke(created->id, &error), qPrintable(error));
        const QVariant revokedAt =
            scalar(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = ?"), {created->id});
        QVERIFY(!revokedAt.isNull());
        const int audits = count(QStringLiteral("audit_logs"));

        error.clear();
        QVERIFY(!service.revoke(created->id, &error));
        QVERIFY2(error.contains(QStringLiteral("“Once” was already revoked")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = ?"), {created->id}), revokedAt);
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);

        error.clear();
        QVERIFY(!service.revoke(created->id + 1000, &error));
        QVERIFY2(error.contains(QStringLiteral("There is no API key")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);
    }

    void otherRolesMayNotCreateOrRevoke_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("manager") << QStringLiteral("manager");
        QTest::newRow("collector") << QStringLiteral("collector");
        QTest::newRow("auditor") << QStringLiteral("auditor");
        QTest::newRow("nobody") << QString();
    }
    void otherRolesMayNotCreateOrRevoke()
    {
        QFETCH(QString, role);
        QString error;
        const auto created = admin().create(QStringLiteral("Target"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(created, qPrintable(error));
        const QStringList keysBefore = tableText(QStringLiteral("api_keys"));
        const QStringList auditsBefore = tableText(QStringLiteral("audit_logs"));

        const AccessContextPtr context = role.isEmpty() ? AccessContext::nobody() : as(role);
        ApiKeyService service(database(), context);
        QVERIFY(!service.canList());
        QVERIFY(!service.canCreate());
        QVERIFY(!service.canRevoke());

        error.clear();
        QVERIFY(!service.create(QStringLiteral("Mine"), kReadScopes, 60, std::nullopt, &error));
        QCOMPARE(error, context->deniedMessage(QStringLiteral("api_keys"), Action::Create));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!service.revoke(created->id, &error));
        QCOMPARE(error, context->deniedMessage(QStringLiteral("api_keys"), Action::Update));
        error.clear();
        QVERIFY(!service.list(true, &error));
        QCOMPARE(error, context->deniedMessage(QStringLiteral("api_keys"), Action::Read));
        error.clear();
        QVERIFY(!service.verify(created->rawKey, &error));
        QVERIFY(!error.isEmpty());

        QCOMPARE(tableText(QStringLiteral("api_keys")), keysBefore);
        QCOMPARE(tableText(QStringLiteral("audit_logs")), auditsBefore);

        // The admin may do all of it.
        ApiKeyService adminService = admin();
        QVERIFY(adminService.canList());
        QVERIFY(adminService.canCreate());
        QVERIFY(adminService.canRevoke());
    }

    void createAndRevokeAreAudited()
    {
        ApiKeyService service = admin();
        QString error;
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(7);
        const auto created = service.create(QStringLiteral("Audited"), kReadScopes, 42, expires, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY2(service.revoke(created->id, &error), qPrintable(error));

        QSqlQuery query(database().connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT actor_id, actor_type, action, entity_id, old_values, new_values "
                                             "FROM audit_logs WHERE entity_type = 'api_keys' ORDER BY id")));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), m_userIds.value(QStringLiteral("admin")));
        QCOMPARE(query.value(1).toString(), QStringLiteral("user"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("create"));
        QCOMPARE(query.value(3).toString(), QString::number(created->id));
        QVERIFY(query.value(4).isNull());
        const QJsonObject createdValues = object(query.value(5));
        QCOMPARE(createdValues.value(QStringLiteral("name")).toString(), QStringLiteral("Audited"));
        QCOMPARE(createdValues.value(QStringLiteral("key_prefix")).toString(), created->prefix);
        QCOMPARE(createdValues.value(QStringLiteral("scopes")).toArray(), QJsonArray::fromStringList(kReadScopes));
        QCOMPARE(createdValues.value(QStringLiteral("rate_limit")).toInt(), 42);
        QCOMPARE(createdValues.value(QStringLiteral("created_by")).toInteger(),
                 m_userIds.value(QStringLiteral("admin")));
        QVERIFY(!createdValues.value(QStringLiteral("expires_at")).toString().isEmpty());
        QVERIFY(!createdValues.contains(QStringLiteral("key_hash")));

        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), m_userIds.value(QStringLiteral("admin")));
        QCOMPARE(query.value(2).toString(), QStringLiteral("revoke"));
        QCOMPARE(query.value(3).toString(), QString::number(created->id));
        const QJsonObject oldValues = object(query.value(4));
        const QJsonObject newValues = object(query.value(5));
        QVERIFY(oldValues.value(QStringLiteral("revoked_at")).isNull());
        const QDateTime revokedAt = dialect().timestampFromSql(
            scalar(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = ?"), {created->id}));
        QCOMPARE(QDateTime::fromString(newValues.value(QStringLiteral("revoked_at")).toString(), Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 revokedAt.toMSecsSinceEpoch());
        QVERIFY(!query.next());

        // Verifying is bookkeeping, not audited.
        const auto other = service.create(QStringLiteral("Used"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(other, qPrintable(error));
        const int audits = count(QStringLiteral("audit_logs"));
        QVERIFY(ApiKeyService(database(), AccessContext::system()).verify(other->rawKey, &error));
        QCOMPARE(count(QStringLiteral("audit_logs")), audits);
    }

    void systemContextCreatesWithoutCreator()
    {
        ApiKeyService service(database(), AccessContext::system());
        QString error;
        const auto created = service.create(QStringLiteral("Seeded"), kReadScopes, 60, std::nullopt, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT created_by FROM api_keys WHERE id = ?"), {created->id}).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT actor_type FROM audit_logs WHERE entity_type = 'api_keys'")).toString(),
                 QStringLiteral("system"));
        const auto keys = service.list(false, &error);
        QVERIFY2(keys && keys->size() == 1, qPrintable(error));
        QCOMPARE(keys->first().createdById, qint64(0));
        QVERIFY(keys->first().createdByEmail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
