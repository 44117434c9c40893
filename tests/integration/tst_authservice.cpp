#include "TestDatabase.h"
#include "services/AuthService.h"
#include "services/DatabaseFunctions.h"
#include "services/PasswordHasher.h"
#include "services/UserDirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// AuthService on a fresh migrated database, on each engine.
class TestAuthService : public QObject
{
    Q_OBJECT
private:
    const QString m_password = QStringLiteral("correct horse battery staple");
    const QString m_client = QStringLiteral("tst_authservice");

    Database& db() { return m_db->database(); }
    QVariant ts(const QDateTime& time) { return db().dialect().timestampToSql(time); }

    qint64 addUser(const QString& email, const QString& role = QStringLiteral("collector"))
    {
        QString error;
        const qint64 id =
            UserDirectory(db()).createUser({email, role, QStringLiteral("Test User")}, m_password, &error);
        if (id <= 0)
            qWarning("createUser failed: %s", qPrintable(error));
        return id;
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

    bool exec(const QString& sql, const QVariantList& params)
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

    qint64 auditCount(const QString& action, qint64 entityId = 0)
    {
        if (entityId > 0)
            return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = ? AND entity_id = ?"),
                          {action, QString::number(entityId)})
                .toLongLong();
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = ?"), {action}).toLongLong();
    }

    QDateTime timestamp(const QString& sql, const QVariantList& params)
    {
        return db().dialect().timestampFromSql(scalar(sql, params));
    }

    static bool near(const QDateTime& actual, const QDateTime& expected, qint64 toleranceSecs = 60)
    {
        return actual.isValid() && qAbs(actual.secsTo(expected)) <= toleranceSecs;
    }

    AuthService::SignInResult signIn(const QString& email, const QString& password, bool remember = false)
    {
        return AuthService(db()).signIn(email, password, remember, m_client);
    }

    std::unique_ptr<TestDatabase> m_db;

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        PasswordHasher::setFastParametersForTests(true);
    }
    void cleanup() { m_db.reset(); }

    void signInCreatesSessionStoringOnlyTheTokenHash()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = signIn(QStringLiteral("  Ada@Example.COM "), m_password);
        QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(result.ticket.user.id, id);
        QCOMPARE(result.ticket.user.email, QStringLiteral("ada@example.com"));
        QCOMPARE(result.ticket.user.role, QStringLiteral("collector"));
        QCOMPARE(result.ticket.rawToken.size(), 64);
        QVERIFY(near(result.ticket.expiresAt, before.addSecs(30 * 60)));

        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, user_id, session_token, client_info FROM user_sessions")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), result.ticket.sessionId);
        QCOMPARE(query.value(1).toLongLong(), id);
        QCOMPARE(query.value(2).toString(), AuthService::sha256Hex(result.ticket.rawToken));
        QVERIFY(query.value(2).toString() != result.ticket.rawToken);
        QCOMPARE(query.value(3).toString(), m_client);
        QVERIFY(!query.next());
        QCOMPARE(AuthService::sha256Hex(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        QVERIFY(near(timestamp(QStringLiteral("SELECT last_login_at FROM users WHERE id = ?"), {id}), before));
        QCOMPARE(auditCount(QStringLiteral("sign_in"), id), 1);
        QVERIFY(AuthService(db()).isSessionValid(result.ticket));
    }

    void rememberedSessionLastsTheRememberPeriod()
    {
        addUser(QStringLiteral("ada@example.com"));
        const auto result = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);
        QVERIFY(near(result.ticket.expiresAt, QDateTime::currentDateTimeUtc().addDays(14)));
        QVERIFY(near(
            timestamp(QStringLiteral("SELECT expires_at FROM user_sessions WHERE id = ?"), {result.ticket.sessionId}),
            result.ticket.expiresAt, 1));
    }

    void wrongPasswordAndUnknownEmailGiveTheSameAnswer()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        const auto wrong = signIn(QStringLiteral("ada@example.com"), QStringLiteral("not the password"));
        const auto unknown = signIn(QStringLiteral("nobody@example.com"), m_password);
        QCOMPARE(wrong.outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(unknown.outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(wrong.message, unknown.message);
        QCOMPARE(wrong.message, QStringLiteral("The email or password is incorrect."));
        QVERIFY(!wrong.ticket.user.isValid() && wrong.ticket.rawToken.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM user_sessions")).toLongLong(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT failed_login_count FROM users WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(auditCount(QStringLiteral("sign_in_failed"), id), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'sign_in_failed' "
                                       "AND entity_id IS NULL AND new_values IS NOT NULL"))
                     .toLongLong(),
                 1);
    }

    void fiveFailuresLockTheAccountEvenForTheRightPassword()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password %1").arg(i)).outcome,
                     AuthService::Outcome::InvalidCredentials);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto fifth = signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password 5"));
        QCOMPARE(fifth.outcome, AuthService::Outcome::LockedOut);
        QVERIFY(near(fifth.lockedUntil, before.addSecs(15 * 60)));
        QVERIFY2(fifth.message.contains(QStringLiteral("locked")), qPrintable(fifth.message));
        QVERIFY(
            near(timestamp(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {id}), fifth.lockedUntil, 1));
        QCOMPARE(scalar(QStringLiteral("SELECT failed_login_count FROM users WHERE id = ?"), {id}).toInt(), 5);
        QCOMPARE(auditCount(QStringLiteral("lockout"), id), 1);

        const auto right = signIn(QStringLiteral("ada@example.com"), m_password);
        QCOMPARE(right.outcome, AuthService::Outcome::LockedOut);
        QVERIFY(near(right.lockedUntil, fifth.lockedUntil, 1));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM user_sessions")).toLongLong(), 0);
        QCOMPARE(auditCount(QStringLiteral("sign_in_locked"), id), 1);
    }

    void expiredLockNoLongerBlocksAndRestartsTheCount()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        for (int i = 0; i < 5; ++i)
            signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password"));
        QVERIFY(exec(QStringLiteral("UPDATE users SET locked_until = ? WHERE id = ?"),
                     {ts(QDateTime::currentDateTimeUtc().addSecs(-60)), id}));
        // One more failure after the lock has run out is a single failure, not a new lockout.
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password")).outcome,
                 AuthService::Outcome::InvalidCredentials);
        QCOMPARE(scalar(QStringLiteral("SELECT failed_login_count FROM users WHERE id = ?"), {id}).toInt(), 1);

        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(scalar(QStringLiteral("SELECT failed_login_count FROM users WHERE id = ?"), {id}).toInt(), 0);
        QVERIFY(scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {id}).isNull());
    }

    void successfulSignInClearsEarlierFailures()
    {
        addUser(QStringLiteral("ada@example.com"));
        for (int i = 0; i < 4; ++i)
            signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password"));
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password")).outcome,
                     AuthService::Outcome::InvalidCredentials);
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
    }

    void inactiveUserIsRefusedWithItsOwnMessageOnlyForTheRightPassword()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        QVERIFY(
            exec(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"), {db().dialect().boolToSql(false), id}));
        const auto wrong = signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password"));
        QCOMPARE(wrong.outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(wrong.message, QStringLiteral("The email or password is incorrect."));
        const auto right = signIn(QStringLiteral("ada@example.com"), m_password);
        QCOMPARE(right.outcome, AuthService::Outcome::Inactive);
        QCOMPARE(right.message, QStringLiteral("This account is deactivated. Ask an administrator."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM user_sessions")).toLongLong(), 0);
    }

    void weakerStoredHashIsReplacedOnSignIn()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com")); // hashed with the fast test parameters
        const QString weak = scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id}).toString();
        PasswordHasher::setFastParametersForTests(false);
        QVERIFY(PasswordHasher::needsRehash(weak));
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        const QString strong = scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id}).toString();
        QVERIFY(strong != weak);
        QVERIFY(strong.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!PasswordHasher::needsRehash(strong));
        QVERIFY(PasswordHasher::verify(strong, m_password));

        // Already current: signing in again leaves the hash alone.
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id}).toString(), strong);
        PasswordHasher::setFastParametersForTests(true);
    }

    void resumeAcceptsAValidTokenAndKeepsTheSession()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        const auto first = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QCOMPARE(first.outcome, AuthService::Outcome::SignedIn);
        const auto resumed = AuthService(db()).resume(first.ticket.rawToken, m_client);
        QCOMPARE(resumed.outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(resumed.ticket.sessionId, first.ticket.sessionId);
        QCOMPARE(resumed.ticket.rawToken, first.ticket.rawToken);
        QCOMPARE(resumed.ticket.user.id, id);
        QCOMPARE(resumed.ticket.user.email, QStringLiteral("ada@example.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM user_sessions")).toLongLong(), 1);
        QCOMPARE(auditCount(QStringLiteral("session_resumed"), first.ticket.sessionId), 1);
    }

    void resumeRefusesExpiredRevokedAndDeactivatedSessions()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const QString expiredMessage = QStringLiteral("Your saved session has expired. Please sign in again.");
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-5);

        const auto expired = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = ? WHERE id = ?"),
                     {ts(past), expired.ticket.sessionId}));
        const auto revoked = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET revoked_at = ? WHERE id = ?"),
                     {ts(past), revoked.ticket.sessionId}));
        const auto deactivated = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QVERIFY(
            exec(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"), {db().dialect().boolToSql(false), id}));

        for (const auto* ticket : {&expired.ticket, &revoked.ticket, &deactivated.ticket}) {
            const auto result = auth.resume(ticket->rawToken, m_client);
            QCOMPARE(result.outcome, AuthService::Outcome::InvalidCredentials);
            QCOMPARE(result.message, expiredMessage);
            QVERIFY(!auth.isSessionValid(*ticket));
        }
        const auto garbage = auth.resume(AuthService::newRawToken(), m_client);
        QCOMPARE(garbage.outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(garbage.message, expiredMessage);
        QCOMPARE(auth.resume(QString(), m_client).outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(auditCount(QStringLiteral("session_resumed")), 0);
    }

    void touchSlidesTheIdleExpiry()
    {
        addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const auto result = signIn(QStringLiteral("ada@example.com"), m_password);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = ?, last_seen_at = ? WHERE id = ?"),
                     {ts(now.addSecs(60)), ts(now.addSecs(-600)), result.ticket.sessionId}));
        QString error;
        QVERIFY2(auth.touch(result.ticket, &error), qPrintable(error));
        const QString where = QStringLiteral(" FROM user_sessions WHERE id = ?");
        QVERIFY(near(timestamp(QStringLiteral("SELECT expires_at") + where, {result.ticket.sessionId}),
                     now.addSecs(30 * 60)));
        QVERIFY(near(timestamp(QStringLiteral("SELECT last_seen_at") + where, {result.ticket.sessionId}), now));

        // A later expiry (remember me) is never shortened.
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = ? WHERE id = ?"),
                     {ts(now.addDays(10)), result.ticket.sessionId}));
        QVERIFY(auth.touch(result.ticket));
        QVERIFY(near(timestamp(QStringLiteral("SELECT expires_at") + where, {result.ticket.sessionId}), now.addDays(10),
                     1));

        // Expired: touch fails and does not revive it.
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = ? WHERE id = ?"),
                     {ts(now.addSecs(-1)), result.ticket.sessionId}));
        QVERIFY(!auth.touch(result.ticket, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!auth.isSessionValid(result.ticket));
        QVERIFY(timestamp(QStringLiteral("SELECT expires_at") + where, {result.ticket.sessionId}) < now);

        SessionTicket forged = result.ticket;
        forged.rawToken = AuthService::newRawToken();
        QVERIFY(!auth.touch(forged));
    }

    void signOutRevokesTheSessionAndResumeThenFails()
    {
        const qint64 id = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const auto result = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QString error;
        QVERIFY2(auth.signOut(result.ticket, &error), qPrintable(error));
        QVERIFY(!scalar(QStringLiteral("SELECT revoked_at FROM user_sessions WHERE id = ?"), {result.ticket.sessionId})
                     .isNull());
        QVERIFY(!auth.isSessionValid(result.ticket));
        QVERIFY(!auth.touch(result.ticket));
        QCOMPARE(auth.resume(result.ticket.rawToken, m_client).outcome, AuthService::Outcome::InvalidCredentials);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'sign_out' AND actor_id = ?"), {id})
                .toLongLong(),
            1);
        QVERIFY(auth.signOut(result.ticket)); // signing out twice is harmless
        QCOMPARE(auditCount(QStringLiteral("sign_out")), 1);
    }

    void expiredSessionsAreRemovedByCleanExpiredSessions()
    {
        addUser(QStringLiteral("ada@example.com"));
        const auto old = signIn(QStringLiteral("ada@example.com"), m_password);
        const auto current = signIn(QStringLiteral("ada@example.com"), m_password);
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = ? WHERE id = ?"),
                     {ts(QDateTime::currentDateTimeUtc().addSecs(-3600)), old.ticket.sessionId}));
        QString error;
        const auto removed = DatabaseFunctions(db()).cleanExpiredSessions(&error);
        QVERIFY2(removed.has_value(), qPrintable(error));
        QCOMPARE(*removed, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT id FROM user_sessions")).toLongLong(), current.ticket.sessionId);
        QVERIFY(AuthService(db()).isSessionValid(current.ticket));
    }

    void firstAdministratorIsCreatedOnlyOnAnEmptyDatabase()
    {
        AuthService auth(db());
        QCOMPARE(auth.hasNoUsers().value_or(false), true);
        const auto weak = auth.createFirstAdministrator(QStringLiteral("root@example.com"), QStringLiteral("Root"),
                                                        QStringLiteral("short"), m_client);
        QCOMPARE(weak.outcome, AuthService::Outcome::Error);
        QVERIFY(weak.message.contains(QStringLiteral("12")));
        QCOMPARE(auth.hasNoUsers().value_or(false), true);

        const auto admin = auth.createFirstAdministrator(QStringLiteral("Root@Example.com"), QStringLiteral("Root"),
                                                         m_password, m_client);
        QCOMPARE(admin.outcome, AuthService::Outcome::SignedIn);
        QCOMPARE(admin.ticket.user.role, QStringLiteral("admin"));
        QCOMPARE(admin.ticket.user.email, QStringLiteral("root@example.com"));
        QVERIFY(auth.isSessionValid(admin.ticket));
        QCOMPARE(auth.hasNoUsers().value_or(true), false);
        QCOMPARE(auditCount(QStringLiteral("create"), admin.ticket.user.id), 1);
        QCOMPARE(auditCount(QStringLiteral("sign_in"), admin.ticket.user.id), 1);

        const auto second = auth.createFirstAdministrator(QStringLiteral("other@example.com"), QStringLiteral("Other"),
                                                          m_password, m_client);
        QCOMPARE(second.outcome, AuthService::Outcome::Error);
        QVERIFY(!second.message.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), 1);
    }

    void resetTokenWorksOnceStoredHashedAndRevokesSessions()
    {
        const qint64 admin = addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        const qint64 user = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const auto session = signIn(QStringLiteral("ada@example.com"), m_password, true);
        QVERIFY(auth.isSessionValid(session.ticket));
        for (int i = 0; i < 5; ++i)
            signIn(QStringLiteral("ada@example.com"), QStringLiteral("wrong password"));

        QString error;
        const auto token = auth.issuePasswordReset(admin, user, &error);
        QVERIFY2(token.has_value(), qPrintable(error));
        QCOMPARE(token->size(), 64);
        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT token, user_id, created_by, expires_at FROM password_reset_tokens")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), AuthService::sha256Hex(*token));
        QCOMPARE(query.value(1).toLongLong(), user);
        QCOMPARE(query.value(2).toLongLong(), admin);
        QVERIFY(near(db().dialect().timestampFromSql(query.value(3)), QDateTime::currentDateTimeUtc().addSecs(3600)));
        query.finish();

        const QString newPassword = QStringLiteral("a brand new passphrase");
        QVERIFY(!auth.resetPassword(*token, QStringLiteral("short"), &error)); // weak: token stays usable
        QVERIFY(error.contains(QStringLiteral("12")));
        QVERIFY2(auth.resetPassword(*token, newPassword, &error), qPrintable(error));
        QVERIFY(!auth.isSessionValid(session.ticket));
        QCOMPARE(auth.resume(session.ticket.rawToken, m_client).outcome, AuthService::Outcome::InvalidCredentials);
        QVERIFY(scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {user}).isNull());
        QVERIFY(!scalar(QStringLiteral("SELECT used_at FROM password_reset_tokens")).isNull());

        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome,
                 AuthService::Outcome::InvalidCredentials);
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), newPassword).outcome, AuthService::Outcome::SignedIn);

        QVERIFY(!auth.resetPassword(*token, QStringLiteral("yet another passphrase"), &error));
        QCOMPARE(error, QStringLiteral("This reset token is not valid or has expired."));
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), newPassword).outcome, AuthService::Outcome::SignedIn);
    }

    void aNewResetTokenReplacesEarlierUnusedOnes()
    {
        const qint64 admin = addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        const qint64 user = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        QString error;
        const auto first = auth.issuePasswordReset(admin, user, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = auth.issuePasswordReset(admin, user, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!auth.resetPassword(*first, QStringLiteral("a brand new passphrase"), &error));
        QVERIFY2(auth.resetPassword(*second, QStringLiteral("a brand new passphrase"), &error), qPrintable(error));
    }

    void firstUserCheckIsInsideTheInsertTransaction()
    {
        // What AuthService checks first is checked again where the row is written: a user created
        // in between (another first-run setup) makes the second one fail.
        addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        QString error;
        const qint64 id = UserDirectory(db()).createFirstUser(
            {QStringLiteral("other@example.com"), QStringLiteral("admin"), QStringLiteral("Other")}, m_password, &error);
        QCOMPARE(id, 0);
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), 1);
    }

    void expiredOrUnknownResetTokenIsRefused()
    {
        const qint64 admin = addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        const qint64 user = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        const auto token = auth.issuePasswordReset(admin, user);
        QVERIFY(token.has_value());
        QVERIFY(exec(QStringLiteral("UPDATE password_reset_tokens SET expires_at = ?"),
                     {ts(QDateTime::currentDateTimeUtc().addSecs(-1))}));
        const QString invalid = QStringLiteral("This reset token is not valid or has expired.");
        QString error;
        QVERIFY(!auth.resetPassword(*token, QStringLiteral("a brand new passphrase"), &error));
        QCOMPARE(error, invalid);
        QVERIFY(!auth.resetPassword(AuthService::newRawToken(), QStringLiteral("a brand new passphrase"), &error));
        QCOMPARE(error, invalid);
        QVERIFY(!auth.resetPassword(AuthService::sha256Hex(*token), QStringLiteral("a brand new passphrase"), &error));
        QCOMPARE(error, invalid);
        QCOMPARE(signIn(QStringLiteral("ada@example.com"), m_password).outcome, AuthService::Outcome::SignedIn);
    }

    void onlyAnActiveAdministratorCanIssueAReset()
    {
        const qint64 admin = addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        const qint64 manager = addUser(QStringLiteral("boss@example.com"), QStringLiteral("manager"));
        const qint64 user = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        QString error;
        QVERIFY(!auth.issuePasswordReset(manager, user, &error));
        QVERIFY(error.contains(QStringLiteral("administrator")));
        QVERIFY(!auth.issuePasswordReset(user, user));
        QVERIFY(!auth.issuePasswordReset(0, user));
        QVERIFY(!auth.issuePasswordReset(admin, 987654, &error));
        QVERIFY(error.contains(QStringLiteral("987654")));
        QVERIFY(exec(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"),
                     {db().dialect().boolToSql(false), admin}));
        QVERIFY(!auth.issuePasswordReset(admin, user));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM password_reset_tokens")).toLongLong(), 0);
        QCOMPARE(auditCount(QStringLiteral("password_reset_issued")), 0);
    }

    void auditTrailRecordsEveryEventWithoutSecrets()
    {
        const qint64 admin = addUser(QStringLiteral("root@example.com"), QStringLiteral("admin"));
        const qint64 user = addUser(QStringLiteral("ada@example.com"));
        AuthService auth(db());
        QStringList secrets = {m_password};
        const auto session = signIn(QStringLiteral("ada@example.com"), m_password, true);
        secrets << session.ticket.rawToken << AuthService::sha256Hex(session.ticket.rawToken);
        QVERIFY(auth.signOut(session.ticket));
        for (int i = 0; i < 5; ++i) {
            secrets << QStringLiteral("wrong password %1").arg(i);
            signIn(QStringLiteral("ada@example.com"), secrets.last());
        }
        signIn(QStringLiteral("ghost@example.com"), QStringLiteral("ghost password"));
        secrets << QStringLiteral("ghost password");
        const auto token = auth.issuePasswordReset(admin, user);
        QVERIFY(token.has_value());
        secrets << *token << AuthService::sha256Hex(*token) << QStringLiteral("a brand new passphrase");
        QVERIFY(auth.resetPassword(*token, secrets.last()));

        for (const char* action :
             {"sign_in", "sign_in_failed", "lockout", "sign_out", "password_reset_issued", "password_reset"})
            QVERIFY2(auditCount(QLatin1String(action)) > 0, action);
        QCOMPARE(scalar(QStringLiteral("SELECT actor_id FROM audit_logs WHERE action = 'password_reset_issued'"))
                     .toLongLong(),
                 admin);

        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT action, COALESCE(CAST(old_values AS TEXT), ''), "
                                          "COALESCE(CAST(new_values AS TEXT), ''), COALESCE(entity_id, ''), "
                                          "COALESCE(user_agent, '') FROM audit_logs")));
        int rows = 0;
        while (query.next()) {
            ++rows;
            const QString text = QStringList{query.value(1).toString(), query.value(2).toString(),
                                             query.value(3).toString(), query.value(4).toString()}
                                     .join(QLatin1Char('|'));
            QVERIFY2(!text.contains(QStringLiteral("argon2")), qPrintable(text));
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!text.contains(secret), qPrintable(query.value(0).toString() + QStringLiteral(": ") + text));
        }
        QVERIFY(rows >= 10);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
