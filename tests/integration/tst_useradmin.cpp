#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/PermissionService.h"
#include "services/SessionAdminService.h"
#include "services/UserAdminService.h"
#include "services/UserDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// UserAdminService and SessionAdminService on a fresh migrated database, on each engine: user
// creation (initial password or one-time reset token), role changes, deactivation and
// reactivation with the last-active-admin rule, session listing and revocation, the permission
// checks of every method, and their audit rows (never a secret).
class TestUserAdmin : public QObject
{
    Q_OBJECT
private:
    const QString m_password = QStringLiteral("correct horse battery staple");
    const QString m_client = QStringLiteral("tst_useradmin");

    Database& db() { return m_db->database(); }

    qint64 addUser(const QString& email, const QString& role = QStringLiteral("collector"))
    {
        QString error;
        const qint64 id =
            UserDirectory(db()).createUser({email, role, QStringLiteral("Test User")}, m_password, &error);
        if (id <= 0)
            qWarning("createUser failed: %s", qPrintable(error));
        return id;
    }

    AccessContextPtr contextFor(qint64 userId, const QString& role)
    {
        if (!m_permissions)
            m_permissions = std::make_shared<PermissionService>(db());
        return AccessContext::forUser(m_permissions, userId, role);
    }

    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }

    bool exec(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        const bool ok = query.exec();
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }

    qint64 count(const QString& sql, const QVariantList& params = {}) { return scalar(sql, params).toLongLong(); }

    // The audit row of `action` on the entity, as (old, new) JSON; empty objects when missing.
    struct AuditRow
    {
        bool found = false;
        qint64 actorId = 0;
        QString entityType;
        QJsonObject oldValues;
        QJsonObject newValues;
    };
    AuditRow lastAudit(const QString& action, qint64 entityId)
    {
        AuditRow row;
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT actor_id, entity_type, old_values, new_values FROM audit_logs "
                                     "WHERE action = ? AND entity_id = ? ORDER BY id DESC"));
        query.addBindValue(action);
        query.addBindValue(QString::number(entityId));
        if (!query.exec() || !query.next())
            return row;
        row.found = true;
        row.actorId = query.value(0).toLongLong();
        row.entityType = query.value(1).toString();
        row.oldValues = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        row.newValues = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        return row;
    }

    // Every audit value, as text: for checking that no secret was written.
    QString allAuditText()
    {
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT action, old_values, new_values FROM audit_logs ORDER BY id")))
            return QString();
        QString text;
        while (query.next())
            text +=
                query.value(0).toString() + ' ' + query.value(1).toString() + ' ' + query.value(2).toString() + '\n';
        return text;
    }

    // A snapshot of everything the services could change.
    QString stateSnapshot()
    {
        QString text;
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT id, email, role, is_active, password_hash FROM users ORDER BY id")))
            return QStringLiteral("error");
        while (query.next())
            text += QStringLiteral("%1 %2 %3 %4 %5\n")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                             query.value(4).toString());
        if (!query.exec(QStringLiteral("SELECT id, revoked_at FROM user_sessions ORDER BY id")))
            return QStringLiteral("error");
        while (query.next())
            text += QStringLiteral("s%1 %2\n").arg(query.value(0).toString(), query.value(1).toString());
        text += QStringLiteral("tokens %1 audit %2\n")
                    .arg(count(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens")))
                    .arg(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")));
        return text;
    }

    AuthService::SignInResult signIn(const QString& email, const QString& password)
    {
        return AuthService(db()).signIn(email, password, false, m_client);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_adminId = 0;

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        PasswordHasher::setFastParametersForTests(true);
        m_adminId = addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin"));
        QVERIFY(m_adminId > 0);
    }
    void cleanup()
    {
        m_permissions.reset();
        m_db.reset();
    }

    void listsUsersWithoutSecrets()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        QVERIFY(exec(QStringLiteral("UPDATE users SET failed_login_count = 2, locked_until = ? WHERE id = ?"),
                     {db().dialect().timestampToSql(QDateTime::currentDateTimeUtc().addSecs(600)), ada}));
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        const auto users = service.listUsers(&error);
        QVERIFY2(users, qPrintable(error));
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(0).email, QStringLiteral("ada@example.com"));
        QCOMPARE(users->at(0).role, QStringLiteral("collector"));
        QCOMPARE(users->at(0).fullName, QStringLiteral("Test User"));
        QVERIFY(users->at(0).active);
        QCOMPARE(users->at(0).failedLoginCount, 2);
        QVERIFY(users->at(0).lockedUntil > QDateTime::currentDateTimeUtc());
        QVERIFY(!users->at(0).lastLoginAt.isValid());
        QVERIFY(users->at(0).createdAt.isValid());
        QCOMPARE(users->at(1).email, QStringLiteral("admin@example.com"));

        QVERIFY(signIn(QStringLiteral("ada@example.com"), m_password).outcome != AuthService::Outcome::SignedIn);
        QVERIFY(exec(QStringLiteral("UPDATE users SET locked_until = NULL WHERE id = ?"), {ada}));
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        const auto again = service.user(ada, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(qAbs(again->lastLoginAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void createsUserWithInitialPassword()
    {
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        const auto created =
            service.createUser(QStringLiteral("  New.Person@Example.COM "), QStringLiteral(" New Person "),
                               QStringLiteral("manager"), m_password, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(created->id > 0);
        QVERIFY(created->resetToken.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {created->id}).toString(),
                 QStringLiteral("new.person@example.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT full_name FROM users WHERE id = ?"), {created->id}).toString(),
                 QStringLiteral("New Person"));
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {created->id}).toString(),
                 QStringLiteral("manager"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens")), 0);

        const auto result = signIn(QStringLiteral("new.person@example.com"), m_password);
        QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);

        const AuditRow audit = lastAudit(QStringLiteral("create"), created->id);
        QVERIFY(audit.found);
        QCOMPARE(audit.actorId, m_adminId);
        QCOMPARE(audit.entityType, QStringLiteral("users"));
        QCOMPARE(audit.newValues.value(QStringLiteral("email")).toString(), QStringLiteral("new.person@example.com"));
        QCOMPARE(audit.newValues.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QVERIFY(!audit.newValues.contains(QStringLiteral("password_hash")));
        const QString hash =
            scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {created->id}).toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        const QString auditText = allAuditText();
        QVERIFY(!auditText.contains(QStringLiteral("argon2")));
        QVERIFY(!auditText.contains(m_password));
    }

    void createsUserWithOneTimeResetToken()
    {
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        const auto created = service.createUser(QStringLiteral("token@example.com"), QString(),
                                                QStringLiteral("collector"), std::nullopt, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->resetToken.size(), 64);
        QVERIFY(created->resetTokenExpiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(scalar(QStringLiteral("SELECT full_name FROM users WHERE id = ?"), {created->id}).isNull());
        QVERIFY(scalar(QStringLiteral("SELECT password_changed_at FROM users WHERE id = ?"), {created->id}).isNull());
        // Only the token's SHA-256 is stored, created by the admin.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens WHERE user_id = ? AND token = ? "
                                      "AND created_by = ?"),
                       {created->id, AuthService::sha256Hex(created->resetToken), m_adminId}),
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens WHERE token = ?"), {created->resetToken}),
            0);
        // The stored hash is well formed but no password matches it.
        const QString hash =
            scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {created->id}).toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
        QVERIFY(!PasswordHasher::verify(hash, created->resetToken));
        QVERIFY(signIn(QStringLiteral("token@example.com"), m_password).outcome != AuthService::Outcome::SignedIn);

        // The token works once.
        AuthService auth(db());
        QVERIFY2(auth.resetPassword(created->resetToken, m_password, &error), qPrintable(error));
        QCOMPARE(signIn(QStringLiteral("token@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        QVERIFY(!auth.resetPassword(created->resetToken, QStringLiteral("another long password"), &error));

        const AuditRow issued = lastAudit(QStringLiteral("password_reset_issued"), created->id);
        QVERIFY(issued.found);
        QCOMPARE(issued.actorId, m_adminId);
        QVERIFY(issued.newValues.contains(QStringLiteral("reset_token_id")));
        QCOMPARE(lastAudit(QStringLiteral("create"), created->id).newValues.value(QStringLiteral("initial_password")),
                 QJsonValue(QStringLiteral("reset_token")));
        const QString auditText = allAuditText();
        QVERIFY(!auditText.contains(created->resetToken));
        QVERIFY(!auditText.contains(AuthService::sha256Hex(created->resetToken)));
        QVERIFY(!auditText.contains(QStringLiteral("argon2")));
    }

    void refusesDuplicateAndInvalidInput()
    {
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        QVERIFY(service.createUser(QStringLiteral("ada@example.com"), QString(), QStringLiteral("collector"),
                                   m_password, &error));
        const QString before = stateSnapshot();

        QVERIFY(!service.createUser(QStringLiteral(" ADA@Example.com"), QString(), QStringLiteral("auditor"),
                                    m_password, &error));
        QCOMPARE(error, QStringLiteral("A user with the email ada@example.com already exists."));
        QVERIFY(!service.createUser(QStringLiteral("ADA@example.com"), QString(), QStringLiteral("auditor"),
                                    std::nullopt, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));

        QVERIFY(!service.createUser(QStringLiteral("not an email"), QString(), QStringLiteral("collector"), m_password,
                                    &error));
        QVERIFY(error.contains(QStringLiteral("not a valid email")));
        QVERIFY(!service.createUser(QStringLiteral("x@example.com"), QString(), QStringLiteral("superuser"), m_password,
                                    &error));
        QVERIFY(error.contains(QStringLiteral("Unknown role")));
        QVERIFY(!service.createUser(QStringLiteral("x@example.com"), QString(), QStringLiteral("collector"),
                                    QStringLiteral("short"), &error));
        QVERIFY(error.contains(QStringLiteral("12 characters")));
        QCOMPARE(stateSnapshot(), before);
    }

    void changesRoleWithAudit()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        QVERIFY2(service.changeRole(ada, QStringLiteral("manager"), &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {ada}).toString(),
                 QStringLiteral("manager"));
        const AuditRow audit = lastAudit(QStringLiteral("role_change"), ada);
        QVERIFY(audit.found);
        QCOMPARE(audit.actorId, m_adminId);
        QCOMPARE(audit.oldValues.value(QStringLiteral("role")).toString(), QStringLiteral("collector"));
        QCOMPARE(audit.newValues.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));

        // The same role again changes nothing and writes nothing.
        const QString before = stateSnapshot();
        QVERIFY(service.changeRole(ada, QStringLiteral("manager"), &error));
        QCOMPARE(stateSnapshot(), before);
        QVERIFY(!service.changeRole(ada, QStringLiteral("root"), &error));
        QVERIFY(!service.changeRole(999999, QStringLiteral("auditor"), &error));
        QVERIFY(error.contains(QStringLiteral("no user")));
        QCOMPARE(stateSnapshot(), before);
    }

    void refusesToRemoveTheLastActiveAdmin()
    {
        // A second admin exists but is inactive: the first is still the last active one.
        const qint64 other = addUser(QStringLiteral("other-admin@example.com"), QStringLiteral("admin"));
        QVERIFY(exec(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"),
                     {db().dialect().boolToSql(false), other}));
        const QString before = stateSnapshot();
        QString error;
        for (const AccessContextPtr& context :
             {contextFor(m_adminId, QStringLiteral("admin")), AccessContext::system()}) {
            UserAdminService service(db(), context);
            QVERIFY(!service.deactivate(m_adminId, &error));
            QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
            QVERIFY(!service.changeRole(m_adminId, QStringLiteral("manager"), &error));
            QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
            QCOMPARE(stateSnapshot(), before);
        }
        // Demoting or deactivating an inactive admin is fine: it removes no active admin.
        UserAdminService system(db(), AccessContext::system());
        QVERIFY2(system.changeRole(other, QStringLiteral("auditor"), &error), qPrintable(error));
    }

    void allowsRemovingAnAdminWhenAnotherActiveAdminExists()
    {
        const qint64 second = addUser(QStringLiteral("second@example.com"), QStringLiteral("admin"));
        const qint64 third = addUser(QStringLiteral("third@example.com"), QStringLiteral("admin"));
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        QVERIFY2(service.changeRole(second, QStringLiteral("manager"), &error), qPrintable(error));
        QVERIFY2(service.deactivate(third, &error), qPrintable(error));
        // Now the actor is the only active admin left.
        UserAdminService system(db(), AccessContext::system());
        QVERIFY(!system.deactivate(m_adminId, &error));
        QVERIFY(error.contains(QStringLiteral("last active administrator")));
        // Reactivating the third admin makes the first removable again (by someone else).
        QVERIFY2(service.reactivate(third, &error), qPrintable(error));
        UserAdminService thirdService(db(), contextFor(third, QStringLiteral("admin")));
        QVERIFY2(thirdService.changeRole(m_adminId, QStringLiteral("auditor"), &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin'")), 1);
    }

    void refusesToDeactivateOrDemoteYourself()
    {
        addUser(QStringLiteral("second@example.com"), QStringLiteral("admin"));
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        const QString before = stateSnapshot();
        QString error;
        QVERIFY(!service.deactivate(m_adminId, &error));
        QVERIFY2(error.contains(QStringLiteral("your own account")), qPrintable(error));
        QVERIFY(!service.changeRole(m_adminId, QStringLiteral("manager"), &error));
        QVERIFY2(error.contains(QStringLiteral("your own role")), qPrintable(error));
        QCOMPARE(stateSnapshot(), before);
    }

    void deactivationRevokesSessionsAndBlocksSignIn()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        const auto first = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto second = signIn(QStringLiteral("ada@example.com"), m_password);
        QCOMPARE(first.outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(second.outcome, AuthService::Outcome::SignedIn);
        const auto adminTicket = signIn(QStringLiteral("admin@example.com"), m_password);
        QCOMPARE(adminTicket.outcome, AuthService::Outcome::SignedIn);

        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        QVERIFY2(service.deactivate(ada, &error), qPrintable(error));
        QVERIFY(!scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL"), {ada}),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL"),
                       {m_adminId}),
                 1);
        AuthService auth(db());
        QVERIFY(!auth.isSessionValid(first.ticket));
        QVERIFY(!auth.isSessionValid(second.ticket));
        QVERIFY(auth.isSessionValid(adminTicket.ticket));
        QVERIFY(signIn(QStringLiteral("ada@example.com"), m_password).outcome != AuthService::Outcome::SignedIn);

        const AuditRow audit = lastAudit(QStringLiteral("deactivate"), ada);
        QVERIFY(audit.found);
        QCOMPARE(audit.actorId, m_adminId);
        QCOMPARE(audit.oldValues.value(QStringLiteral("is_active")).toBool(true), true);
        QCOMPARE(audit.newValues.value(QStringLiteral("is_active")).toBool(true), false);
        QCOMPARE(audit.newValues.value(QStringLiteral("sessions_revoked")).toInt(), 2);

        // Deactivating again changes nothing.
        const QString before = stateSnapshot();
        QVERIFY(service.deactivate(ada, &error));
        QCOMPARE(stateSnapshot(), before);

        QVERIFY2(service.reactivate(ada, &error), qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        const AuditRow reactivated = lastAudit(QStringLiteral("reactivate"), ada);
        QVERIFY(reactivated.found);
        QCOMPARE(reactivated.oldValues.value(QStringLiteral("is_active")).toBool(true), false);
        QCOMPARE(reactivated.newValues.value(QStringLiteral("is_active")).toBool(false), true);
        QVERIFY(!allAuditText().contains(QStringLiteral("argon2")));
    }

    void issuesPasswordResetThroughAuthService()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        UserAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        const auto token = service.issuePasswordReset(ada, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->size(), 64);
        QVERIFY(lastAudit(QStringLiteral("password_reset_issued"), ada).found);
        QVERIFY2(AuthService(db()).resetPassword(*token, QStringLiteral("a brand new long password"), &error),
                 qPrintable(error));
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), QStringLiteral("a brand new long password")).outcome,
                 AuthService::Outcome::SignedIn);
        QVERIFY(!service.issuePasswordReset(424242, &error));
        QVERIFY(!allAuditText().contains(*token));
    }

    void everyActionIsDeniedToOtherRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("mayList");
        QTest::newRow("manager") << QStringLiteral("manager") << true;
        QTest::newRow("collector") << QStringLiteral("collector") << false;
        QTest::newRow("auditor") << QStringLiteral("auditor") << true;
    }

    void everyActionIsDeniedToOtherRoles()
    {
        QFETCH(QString, role);
        QFETCH(bool, mayList);
        const qint64 actor = addUser(role + QStringLiteral("@example.com"), role);
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        QVERIFY(exec(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"),
                     {db().dialect().boolToSql(false), addUser(QStringLiteral("off@example.com"))}));
        const qint64 off = scalar(QStringLiteral("SELECT id FROM users WHERE email = 'off@example.com'")).toLongLong();
        const auto session = signIn(QStringLiteral("ada@example.com"), m_password);
        QCOMPARE(session.outcome, AuthService::Outcome::SignedIn);
        const QString before = stateSnapshot();

        UserAdminService users(db(), contextFor(actor, role));
        SessionAdminService sessions(db(), contextFor(actor, role));
        QCOMPARE(users.canList(), mayList);
        QVERIFY(!users.canCreate());
        QVERIFY(!users.canUpdate());
        QVERIFY(!users.canIssuePasswordReset());
        QVERIFY(!sessions.canList());
        QVERIFY(!sessions.canRevoke());

        QString error;
        QCOMPARE(bool(users.listUsers(&error)), mayList);
        if (!mayList)
            QVERIFY2(error.contains(role), qPrintable(error));
        auto expectDenied = [&](bool ok) {
            QVERIFY(!ok);
            QVERIFY2(error.startsWith(QStringLiteral("Your role (%1) may not").arg(role)), qPrintable(error));
            error.clear();
        };
        expectDenied(bool(users.createUser(QStringLiteral("new@example.com"), QString(), QStringLiteral("collector"),
                                           m_password, &error)));
        expectDenied(bool(users.createUser(QStringLiteral("new@example.com"), QString(), QStringLiteral("collector"),
                                           std::nullopt, &error)));
        expectDenied(users.changeRole(ada, QStringLiteral("admin"), &error));
        expectDenied(users.changeRole(actor, QStringLiteral("admin"), &error));
        expectDenied(users.deactivate(ada, &error));
        expectDenied(users.reactivate(off, &error));
        expectDenied(bool(users.issuePasswordReset(ada, &error)));
        expectDenied(bool(sessions.listActiveSessions(std::nullopt, &error)));
        expectDenied(sessions.revokeSession(session.ticket.sessionId, &error));
        expectDenied(bool(sessions.revokeAllForUser(ada, &error)));
        QCOMPARE(stateSnapshot(), before);

        // Nobody is refused too.
        UserAdminService nobody(db(), AccessContext::nobody());
        QVERIFY(!nobody.listUsers(&error));
        QVERIFY(!nobody.deactivate(ada, &error));
        QVERIFY(!SessionAdminService(db(), nullptr).revokeAllForUser(ada, &error));
        QCOMPARE(stateSnapshot(), before);
    }

    void listsOnlyActiveSessions()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        const qint64 bob = addUser(QStringLiteral("bob@example.com"));
        AuthService auth(db());
        const auto live = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto signedOut = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto expired = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto bobs = signIn(QStringLiteral("bob@example.com"), m_password);
        QVERIFY(auth.signOut(signedOut.ticket));
        QVERIFY(exec(
            QStringLiteral("UPDATE user_sessions SET expires_at = ? WHERE id = ?"),
            {db().dialect().timestampToSql(QDateTime::currentDateTimeUtc().addSecs(-5)), expired.ticket.sessionId}));

        SessionAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        const auto all = service.listActiveSessions(std::nullopt, &error);
        QVERIFY2(all, qPrintable(error));
        QList<qint64> ids;
        for (const SessionSummary& s : *all)
            ids.append(s.id);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{live.ticket.sessionId, bobs.ticket.sessionId}));

        const auto adas = service.listActiveSessions(ada, &error);
        QVERIFY2(adas, qPrintable(error));
        QCOMPARE(adas->size(), 1);
        const SessionSummary& s = adas->first();
        QCOMPARE(s.id, live.ticket.sessionId);
        QCOMPARE(s.userId, ada);
        QCOMPARE(s.userEmail, QStringLiteral("ada@example.com"));
        QCOMPARE(s.clientInfo, m_client);
        QVERIFY(s.createdAt.isValid());
        QVERIFY(s.lastSeenAt.isValid());
        QVERIFY(qAbs(s.expiresAt.secsTo(live.ticket.expiresAt)) <= 1);
        QCOMPARE(service.listActiveSessions(bob, &error)->size(), 1);
    }

    void revokesOneSessionOrAllOfAUser()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const auto one = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto two = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto three = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto adminSession = signIn(QStringLiteral("admin@example.com"), m_password);

        SessionAdminService service(db(), contextFor(m_adminId, QStringLiteral("admin")));
        QString error;
        QVERIFY2(service.revokeSession(one.ticket.sessionId, &error), qPrintable(error));
        QVERIFY(!auth.isSessionValid(one.ticket));
        QVERIFY(auth.isSessionValid(two.ticket));
        const AuditRow revoked = lastAudit(QStringLiteral("revoke"), one.ticket.sessionId);
        QVERIFY(revoked.found);
        QCOMPARE(revoked.entityType, QStringLiteral("user_sessions"));
        QCOMPARE(revoked.actorId, m_adminId);
        QVERIFY(revoked.oldValues.value(QStringLiteral("revoked_at")).isNull());
        QVERIFY(!revoked.newValues.value(QStringLiteral("revoked_at")).toString().isEmpty());

        // Revoking it again is refused and writes nothing.
        QString before = stateSnapshot();
        QVERIFY(!service.revokeSession(one.ticket.sessionId, &error));
        QVERIFY2(error.contains(QStringLiteral("no longer active")), qPrintable(error));
        QVERIFY(!service.revokeSession(987654, &error));
        QCOMPARE(stateSnapshot(), before);

        const auto count = service.revokeAllForUser(ada, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, 2);
        QVERIFY(!auth.isSessionValid(two.ticket));
        QVERIFY(!auth.isSessionValid(three.ticket));
        QVERIFY(auth.isSessionValid(adminSession.ticket));
        const AuditRow all = lastAudit(QStringLiteral("revoke_all_sessions"), ada);
        QVERIFY(all.found);
        QCOMPARE(all.newValues.value(QStringLiteral("sessions_revoked")).toInt(), 2);
        QCOMPARE(service.listActiveSessions(ada, &error)->size(), 0);

        before = stateSnapshot();
        QCOMPARE(service.revokeAllForUser(ada, &error).value_or(-1), 0);
        QCOMPARE(stateSnapshot(), before);
        QVERIFY(!service.revokeAllForUser(55555, &error));

        const QString auditText = allAuditText();
        for (const auto& ticket : {one.ticket, two.ticket, three.ticket}) {
            QVERIFY(!auditText.contains(ticket.rawToken));
            QVERIFY(!auditText.contains(AuthService::sha256Hex(ticket.rawToken)));
        }
    }
};

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
