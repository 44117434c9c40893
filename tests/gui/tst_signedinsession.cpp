#include "auth/ConnectionProfileStore.h"
#include "auth/ReauthDialog.h"
#include "auth/SignInFlow.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/UserDirectory.h"
#include "shell/MainWindow.h"
#include "shell/SessionGuard.h"
#include "shell/SignedInSession.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The signed-in period of the app over a real SQLite database: the session guard slides the idle
// expiry only after input, notices a session that ended (idle, revoked), asks for the password
// again over the main window without closing it, and signing out revokes the session.
class TestSignedInSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signedinsession"));
        PasswordHasher::setFastParametersForTests(true);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("session.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_userId = UserDirectory(*m_database)
                       .createUser({QStringLiteral("ada@example.com"), QStringLiteral("manager"), QStringLiteral("Ada")},
                                   password(), &error);
        QVERIFY2(m_userId > 0, qPrintable(error));
        m_flow = std::make_unique<SignInFlow>(*m_database, ConnectionProfileStore().profileForUrl(m_database->url().redacted()));
        m_flow->setKeychainTimeout(500);
        const AuthService::SignInResult result =
            m_flow->authService().signIn(QStringLiteral("ada@example.com"), password(), false, QStringLiteral("test"));
        QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);
        m_ticket = result.ticket;
    }

    void cleanup()
    {
        m_session.reset();
        m_flow.reset();
        m_database.reset();
        m_dir.reset();
        QSettings().clear();
    }

    void guardTouchesOnlyAfterInput()
    {
        SessionGuard guard(m_flow->authService(), *m_database, m_ticket);
        const QVariant atSignIn = lastSeen();
        QTest::qWait(5); // timestamps have millisecond precision
        QVERIFY(guard.checkNow()); // no input yet: only asks
        QCOMPARE(lastSeen(), atSignIn);
        guard.noteActivity();
        QVERIFY(guard.checkNow());
        QVERIFY(lastSeen().toString() > atSignIn.toString());
    }

    void guardLocksOnceWhenTheSessionIsRevoked()
    {
        SessionGuard guard(m_flow->authService(), *m_database, m_ticket);
        QSignalSpy expired(&guard, &SessionGuard::sessionExpired);
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET revoked_at = created_at")));
        guard.noteActivity();
        QVERIFY(!guard.checkNow());
        QVERIFY(guard.isLocked());
        QVERIFY(!guard.checkNow());
        QCOMPARE(expired.count(), 1);
    }

    void guardLocksWhenTheSessionIdledOut()
    {
        SessionGuard guard(m_flow->authService(), *m_database, m_ticket);
        QSignalSpy expired(&guard, &SessionGuard::sessionExpired);
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = '2000-01-01T00:00:00.000Z'")));
        QVERIFY(!guard.checkNow());
        QCOMPARE(expired.count(), 1);
    }

    void guardCleansExpiredSessionsAtStart()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO user_sessions (user_id, session_token, expires_at) VALUES (%1, "
                                    "'old', '2000-01-01T00:00:00.000Z')")
                         .arg(m_userId)));
        QCOMPARE(sessionCount(), 2);
        SessionGuard guard(m_flow->authService(), *m_database, m_ticket);
        QSignalSpy cleaned(&guard, &SessionGuard::sessionsCleaned);
        guard.start();
        QCOMPARE(cleaned.count(), 1);
        QCOMPARE(cleaned.first().first().toInt(), 1);
        QCOMPARE(sessionCount(), 1);
        QVERIFY(guard.checkNow()); // the live session was left alone
    }

    void signInAgainKeepsTheWindowAndItsTable()
    {
        startSession();
        QVERIFY(m_session->window().openTable(QStringLiteral("templates")));
        const qint64 oldSessionId = m_session->ticket().sessionId;
        bool asked = false;
        m_session->setDialogHook([&asked](QDialog& dialog) {
            asked = true;
            QVERIFY(qobject_cast<ReauthDialog*>(&dialog));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password());
            QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        });
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET revoked_at = created_at")));
        m_session->guard().checkNow();
        QTRY_VERIFY(asked);
        QTRY_VERIFY(!m_session->guard().isLocked());
        QVERIFY(m_session->window().isVisible());
        QCOMPARE(m_session->window().currentTable(), QStringLiteral("templates"));
        QVERIFY(!m_session->signedOut());
        QVERIFY(m_session->ticket().sessionId != oldSessionId);
        QVERIFY(m_flow->authService().isSessionValid(m_session->ticket()));
        QCOMPARE(m_session->ticket().user.id, m_userId);
    }

    void wrongPasswordKeepsAskingAndSignOutEnds()
    {
        startSession();
        QSignalSpy ended(m_session.get(), &SignedInSession::ended);
        QString shownMessage;
        bool stillOpenAfterEscape = false;
        m_session->setDialogHook([&](QDialog& dialog) {
            auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
            QTest::keyClicks(edit, QStringLiteral("not the password"));
            QTest::keyClick(edit, Qt::Key_Return);
            shownMessage = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
            QTest::keyClick(&dialog, Qt::Key_Escape); // a stray Escape signs nobody out
            stillOpenAfterEscape = dialog.isVisible();
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
        });
        QVERIFY(exec(QStringLiteral("UPDATE user_sessions SET expires_at = '2000-01-01T00:00:00.000Z'")));
        m_session->guard().checkNow();
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY2(shownMessage.contains(QLatin1String("not correct")), qPrintable(shownMessage));
        QVERIFY(stillOpenAfterEscape);
        QVERIFY(m_session->signedOut());
        QVERIFY(!m_session->window().isVisible());
    }

    void deactivatedUserCannotContinue()
    {
        ReauthDialog dialog(m_flow->authService(), m_ticket.user, QStringLiteral("Ended."));
        dialog.show();
        QVERIFY(exec(QStringLiteral("UPDATE users SET is_active = 0")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.ticket());
        const QString message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        QVERIFY2(message.contains(QLatin1String("deactivated")), qPrintable(message));
    }

    void signOutFromTheMenuRevokesTheSession()
    {
        startSession();
        QSignalSpy ended(m_session.get(), &SignedInSession::ended);
        auto* action = m_session->window().findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(ended.count(), 1);
        QVERIFY(m_session->signedOut());
        QVERIFY(!m_session->window().isVisible());
        QVERIFY(!m_flow->authService().isSessionValid(m_ticket));
        QCOMPARE(m_session->window().access()->userId(), m_userId);
    }

    void windowActsForTheSignedInRole()
    {
        startSession();
        const AccessContextPtr& access = m_session->window().access();
        QCOMPARE(access->role(), QStringLiteral("manager"));
        QCOMPARE(access->email(), QStringLiteral("ada@example.com"));
        QVERIFY(!m_session->window().openTable(QStringLiteral("role_permissions"))); // managers may not
        QVERIFY(m_session->window().openTable(QStringLiteral("customers")));
    }

private:
    static QString password() { return QStringLiteral("correct horse battery staple"); }

    void startSession()
    {
        m_session = std::make_unique<SignedInSession>(*m_flow, m_ticket);
        m_session->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    }

    bool exec(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    QVariant lastSeen() const
    {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT last_seen_at FROM user_sessions WHERE id = %1").arg(m_ticket.sessionId));
        return query.next() ? query.value(0) : QVariant();
    }

    int sessionCount() const
    {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM user_sessions"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SignInFlow> m_flow;
    std::unique_ptr<SignedInSession> m_session;
    SessionTicket m_ticket;
    qint64 m_userId = 0;
};

QTEST_MAIN(TestSignedInSession)
#include "tst_signedinsession.moc"
