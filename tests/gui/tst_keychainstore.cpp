#include "auth/ConnectionProfileStore.h"
#include "auth/KeychainStore.h"
#include "auth/LoginDialog.h"
#include "auth/SignInFlow.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/UserDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <memory>

// KeychainStore against a real Secret Service, and what the app does when none answers.
//
// The round trips need an unlocked keyring: run under tests/support/with-keyring.sh (a private
// D-Bus session with gnome-keyring, COLLECTDESK_TEST_KEYRING=1), as CI does; otherwise they skip
// and say so. The fallback test always runs: it starts this program again as a child process whose
// D-Bus session address points at a socket that does not exist (a fresh process, because D-Bus
// connections are cached per process), and the child checks the probe, writes and the login dialog.
// A second child runs against a private bus whose Secret Service never finishes starting: the
// probe must give up after its timeout.

namespace {

const char* const FallbackChildVariable = "COLLECTDESK_KEYCHAIN_FALLBACK_CHILD";

void setUpApplication(const QString& name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
    QCoreApplication::setApplicationName(name);
    PasswordHasher::setFastParametersForTests(true);
}

QString password()
{
    return QStringLiteral("correct horse battery staple");
}

bool configContains(const QByteArray& text)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

// A migrated SQLite database with one user.
struct UserDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    bool open(QString* error)
    {
        database = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("k.db")), error);
        if (!database || !Migrator(*database).migrate(error))
            return false;
        return UserDirectory(*database).createUser(
                   {QStringLiteral("ada@example.com"), QStringLiteral("collector"), QStringLiteral("Ada")}, password(),
                   error) > 0;
    }
    ConnectionProfile profile() const { return ConnectionProfileStore().profileForUrl(database->url().redacted()); }
};

} // namespace

#define REQUIRE_KEYRING()                                                                                              \
    do {                                                                                                               \
        if (qEnvironmentVariable("COLLECTDESK_TEST_KEYRING") != QLatin1String("1"))                                    \
            QSKIP("Needs an unlocked keyring: run under tests/support/with-keyring.sh (CI does).");                    \
    } while (false)

// Runs only in the child process (no Secret Service reachable).
class TestKeychainFallbackChild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(QStringLiteral("tst_keychainstore_child")); }

    void probeReportsUnavailableWithinTimeout()
    {
        QElapsedTimer timer;
        timer.start();
        const KeychainStore::Availability availability = KeychainStore::probe(KeychainStore::DefaultTimeoutMs);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!availability.isAvailable());
        QVERIFY(!availability.reason.isEmpty());
        QVERIFY2(elapsed < KeychainStore::DefaultTimeoutMs + 2000, qPrintable(QString::number(elapsed)));
        qInfo("probe: unavailable after %lld ms: %s", elapsed, qPrintable(availability.reason));
    }

    void writeFailsAndSecretGoesNowhereElse()
    {
        const QByteArray secret = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const KeychainStore store(1000);
        const KeychainStore::Result written = store.write(QStringLiteral("fallback/ada@example.com"), secret);
        QVERIFY(!written.ok());
        QVERIFY(!written.message.isEmpty());
        QSettings().sync();
        QVERIFY(!configContains(secret)); // no plain-text fallback
        QCOMPARE(store.read(QStringLiteral("fallback/ada@example.com")).ok(), false);
    }

    void loginDialogDisablesRememberBox()
    {
        UserDatabase db;
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AuthService auth(*db.database);
        LoginDialog dialog(auth, *db.database, db.profile());
        dialog.setKeychainAvailability(KeychainStore::probe(1000));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
        QVERIFY(remember);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->toolTip().isEmpty());
        qInfo("tooltip: %s", qPrintable(remember->toolTip()));
    }
};

// Runs only in the child process whose D-Bus session has a Secret Service that never answers.
class TestKeychainTimeoutChild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(QStringLiteral("tst_keychainstore_timeout_child")); }

    void probeGivesUpAfterTimeout()
    {
        QElapsedTimer timer;
        timer.start();
        const KeychainStore::Availability availability = KeychainStore::probe(1000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!availability.isAvailable());
        QVERIFY2(elapsed >= 900 && elapsed < 1000 + 2000, qPrintable(QString::number(elapsed)));
        QVERIFY2(availability.reason.startsWith(QStringLiteral("No keychain service answered within")),
                 qPrintable(availability.reason));
        qInfo("probe: unavailable after %lld ms: %s", elapsed, qPrintable(availability.reason));
    }

    // QtKeychain runs one job at a time and the first one is still waiting: later calls must not queue
    // behind it for another timeout each.
    void laterCallsFailAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const KeychainStore::Result written =
            KeychainStore(1000).write(QStringLiteral("x/ada@example.com"), QStringLiteral("s"));
        QVERIFY(!written.ok());
        QCOMPARE(written.status, KeychainStore::Status::Unavailable);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }
};

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(QStringLiteral("tst_keychainstore")); }

    void init() { QSettings().clear(); }

    void writesReadsAndDeletesWithRealKeyring()
    {
        REQUIRE_KEYRING();
        QVERIFY2(KeychainStore::probe().isAvailable(), qPrintable(KeychainStore::probe().reason));
        const KeychainStore store;
        const QString key = QStringLiteral("test-%1/ada@example.com").arg(QUuid::createUuid().toString());
        const QString secret = QStringLiteral("s3cret-%1").arg(QUuid::createUuid().toString());

        QCOMPARE(store.read(key).status, KeychainStore::Status::NotFound);
        const KeychainStore::Result written = store.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));
        const KeychainStore::Result read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QVERIFY(store.write(key, secret + QStringLiteral("2")).ok()); // overwrite
        QCOMPARE(store.read(key).secret, secret + QStringLiteral("2"));
        const KeychainStore::Result removed = store.remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(store.read(key).status, KeychainStore::Status::NotFound);
        QVERIFY(store.remove(key).ok()); // deleting what is gone is fine
        QVERIFY(!configContains(secret.toUtf8()));
    }

    void rememberedSessionResumesAndSignOutForgetsIt()
    {
        REQUIRE_KEYRING();
        UserDatabase db;
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const ConnectionProfile profile = db.profile();

        // 1. Sign in with "remember me": the raw token goes to the keychain.
        std::optional<SessionTicket> ticket;
        {
            SignInFlow flow(*db.database, profile);
            flow.setDialogHook([](QDialog& dialog) {
                auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
                QVERIFY(remember);
                QVERIFY2(remember->isEnabled(), qPrintable(remember->toolTip()));
                remember->setChecked(true);
                QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                                 QStringLiteral("ada@example.com"));
                QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password());
                QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
            });
            ticket = flow.run();
            QVERIFY2(ticket, qPrintable(flow.errorMessage()));
        }
        const QString key = KeychainStore::sessionKey(profile.name(), QStringLiteral("ada@example.com"));
        const KeychainStore::Result stored = KeychainStore().read(key);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.secret, ticket->rawToken);
        QVERIFY(!configContains(ticket->rawToken.toUtf8()));

        // 2. The next start resumes without any dialog.
        SignInFlow resumeFlow(*db.database, profile);
        resumeFlow.setDialogHook([](QDialog& dialog) {
            dialog.reject();
            QFAIL("a remembered session must resume without a dialog");
        });
        const std::optional<SessionTicket> resumed = resumeFlow.run();
        QVERIFY2(resumed, qPrintable(resumeFlow.errorMessage()));
        QVERIFY(resumeFlow.resumedSession());
        QCOMPARE(resumed->user.email, QStringLiteral("ada@example.com"));

        // 3. Signing out revokes the session and deletes the keychain entry.
        QVERIFY(resumeFlow.signOut(*resumed, &error));
        QCOMPARE(KeychainStore().read(key).status, KeychainStore::Status::NotFound);
        QVERIFY(!resumeFlow.authService().isSessionValid(*resumed));

        // 4. So the next start asks again.
        int shown = 0;
        SignInFlow afterSignOut(*db.database, profile);
        afterSignOut.setDialogHook([&shown](QDialog& dialog) {
            ++shown;
            dialog.reject();
        });
        QVERIFY(!afterSignOut.run());
        QCOMPARE(shown, 1);
    }

    void staleRememberedTokenIsDeleted()
    {
        REQUIRE_KEYRING();
        UserDatabase db;
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const ConnectionProfile profile = db.profile();
        const QString key = KeychainStore::sessionKey(profile.name(), QStringLiteral("ada@example.com"));
        QVERIFY(KeychainStore().write(key, AuthService::newRawToken()).ok()); // no such session
        ConnectionProfileStore().setRememberedEmail(profile.name(), QStringLiteral("ada@example.com"));

        QString notice;
        SignInFlow flow(*db.database, profile);
        flow.setDialogHook([&notice](QDialog& dialog) {
            auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
            notice = message ? message->text() : QString();
            dialog.reject();
        });
        QVERIFY(!flow.run());
        QVERIFY(!notice.isEmpty()); // the login dialog says the remembered session ended
        QCOMPARE(KeychainStore().read(key).status, KeychainStore::Status::NotFound);
        QVERIFY(ConnectionProfileStore().rememberedEmail(profile.name()).isEmpty());
    }

    void fallsBackWhenNoKeyringAnswers()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString output =
            runChild("1", QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
        QVERIFY2(output.contains(QStringLiteral("Totals: 5 passed, 0 failed, 0 skipped")), qPrintable(output));
#else
        QSKIP("Only the Secret Service (Linux, BSD) depends on a D-Bus session that can be taken away.");
#endif
    }

    // A Secret Service that is "starting" forever (its D-Bus activation never completes): the
    // probe gives up after its timeout instead of hanging the login dialog.
    void givesUpWhenKeyringNeverAnswers()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        if (daemon.isEmpty() || sleep.isEmpty())
            QSKIP("Needs dbus-daemon (package dbus) to stage a keyring that never answers.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("services")));
        const QString socket = dir.filePath(QStringLiteral("bus"));
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                           "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:path=%1</listen>"
                           "<servicedir>%2</servicedir>"
                           "<limit name=\"service_start_timeout\">30000</limit>"
                           "<policy context=\"default\">"
                           "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                           "<allow own=\"*\"/></policy></busconfig>\n")
                .arg(socket, dir.filePath(QStringLiteral("services")))
                .toUtf8());
        config.close();
        QFile service(dir.filePath(QStringLiteral("services/org.freedesktop.secrets.service")));
        QVERIFY(service.open(QIODevice::WriteOnly));
        // Started on demand, never takes its bus name: callers wait for the activation.
        service.write(
            QStringLiteral("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=%1 20\n").arg(sleep).toUtf8());
        service.close();

        QProcess bus;
        bus.setStandardOutputFile(QProcess::nullDevice());
        bus.setStandardErrorFile(QProcess::nullDevice()); // its activation log is not test output
        bus.start(daemon, {QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config.fileName()});
        QVERIFY2(bus.waitForStarted(), qPrintable(bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);

        const QString output = runChild("2", QStringLiteral("unix:path=") + socket);
        bus.kill();
        bus.waitForFinished();
        QVERIFY2(output.contains(QStringLiteral("Totals: 4 passed, 0 failed, 0 skipped")), qPrintable(output));
#else
        QSKIP("Only the Secret Service (Linux, BSD) is reached through a D-Bus session that can be staged.");
#endif
    }

private:
    // Runs this program again as one of the child test classes, on the given D-Bus session bus.
    static QString runChild(const char* mode, const QString& busAddress)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(FallbackChildVariable), QString::fromLatin1(mode));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        environment.remove(QStringLiteral("COLLECTDESK_TEST_KEYRING"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted())
            return QStringLiteral("the child did not start: ") + child.errorString();
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
            return QStringLiteral("the child did not finish within 2 minutes:\n") +
                   QString::fromLocal8Bit(child.readAll());
        }
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return QStringLiteral("the child failed (exit code %1):\n").arg(child.exitCode()) + output;
        return output;
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QString childMode = qEnvironmentVariable(FallbackChildVariable);
    if (childMode == QLatin1String("1")) {
        TestKeychainFallbackChild child;
        return QTest::qExec(&child, argc, argv);
    }
    if (childMode == QLatin1String("2")) {
        TestKeychainTimeoutChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
