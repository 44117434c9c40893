#include "auth/ConnectionProfileStore.h"
#include "auth/ConnectionProfilesDialog.h"
#include "auth/FirstAdminDialog.h"
#include "auth/LoginDialog.h"
#include "auth/ResetPasswordDialog.h"
#include "auth/SignInFlow.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/PasswordHasher.h"
#include "services/UserDirectory.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The sign-in dialogs over a real, migrated SQLite database, driven like a user would: typing
// into fields found by objectName and clicking buttons. Runs offscreen; no keychain is needed
// (the keychain itself is tested in tst_keychainstore).
class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logindialog"));
        PasswordHasher::setFastParametersForTests(true);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("auth.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_auth = std::make_unique<AuthService>(*m_database);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_auth.reset();
        m_database.reset();
        m_dir.reset();
        QSettings().clear();
    }

    void signsInWithCorrectPassword()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        signIn(QStringLiteral("ada@example.com"), password());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->ticket());
        const SessionTicket ticket = *m_dialog->ticket();
        QCOMPARE(ticket.user.email, QStringLiteral("ada@example.com"));
        QCOMPARE(ticket.user.role, QStringLiteral("collector"));
        QCOMPARE(ticket.rawToken.size(), 64);
        QVERIFY(m_auth->isSessionValid(ticket));
        QVERIFY(!m_dialog->rememberRequested());
    }

    void wrongPasswordShowsMessageAndClearsPassword()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        signIn(QStringLiteral("ada@example.com"), QStringLiteral("not the password"));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->ticket());
        QVERIFY(messageLabel()->isVisible());
        QVERIFY(!messageLabel()->text().isEmpty());
        QVERIFY(field("passwordEdit")->text().isEmpty());
        QCOMPARE(field("emailEdit")->text(), QStringLiteral("ada@example.com"));
        QVERIFY(field("passwordEdit")->hasFocus());
        QVERIFY(!signInButton()->isEnabled()); // the password is empty again
    }

    void unknownEmailShowsSameMessageAsWrongPassword()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        signIn(QStringLiteral("ada@example.com"), QStringLiteral("not the password"));
        const QString wrongPassword = messageLabel()->text();
        signIn(QStringLiteral("nobody@example.com"), QStringLiteral("not the password"));
        QVERIFY(!m_dialog->ticket());
        QVERIFY(!wrongPassword.isEmpty());
        QCOMPARE(messageLabel()->text(), wrongPassword);
    }

    void locksAccountAfterRepeatedFailures()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        for (int attempt = 0; attempt < m_auth->policy().maxFailedAttempts; ++attempt)
            signIn(QStringLiteral("ada@example.com"), QStringLiteral("not the password"));
        signIn(QStringLiteral("ada@example.com"), password()); // right, but too late
        QVERIFY(!m_dialog->ticket());
        const QString text = messageLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(text));

        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT locked_until FROM users WHERE email = 'ada@example.com'")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QDateTime until = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        QVERIFY2(until.isValid(), qPrintable(query.value(0).toString()));
        if (until.timeSpec() == Qt::LocalTime)
            until.setTimeZone(QTimeZone::utc()); // stored without an offset: UTC
        QVERIFY(until > QDateTime::currentDateTimeUtc());
        QCOMPARE(text, LoginDialog::lockMessage(until)); // says when the lock ends
    }

    void refusesInactiveUser()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(QStringLiteral("UPDATE users SET is_active = 0 WHERE email = 'ada@example.com'")),
                 qPrintable(query.lastError().text()));
        showLogin();
        signIn(QStringLiteral("ada@example.com"), password());
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->ticket());
        QVERIFY(!messageLabel()->text().isEmpty());
        QVERIFY(field("passwordEdit")->text().isEmpty());
    }

    void signInEnabledOnlyWithEmailAndPassword()
    {
        showLogin();
        QVERIFY(!signInButton()->isEnabled());
        QTest::keyClicks(field("emailEdit"), QStringLiteral("ada@example.com"));
        QVERIFY(!signInButton()->isEnabled());
        QTest::keyClicks(field("passwordEdit"), QStringLiteral("x"));
        QVERIFY(signInButton()->isEnabled());
        field("emailEdit")->clear();
        QVERIFY(!signInButton()->isEnabled());
    }

    void enterSignsInAndEscapeCancels()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("manager")) > 0);
        showLogin();
        QTest::keyClicks(field("emailEdit"), QStringLiteral("ada@example.com"));
        QTest::keyClick(field("emailEdit"), Qt::Key_Return); // no password yet: moves on
        QVERIFY(field("passwordEdit")->hasFocus());
        QTest::keyClicks(field("passwordEdit"), password());
        QTest::keyClick(field("passwordEdit"), Qt::Key_Return);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->ticket());

        showLogin();
        QTest::keyClick(field("emailEdit"), Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_dialog->ticket());
    }

    void inputsHaveBuddiesAccessibleNamesAndTabOrder()
    {
        showLogin();
        const char* inputs[] = {"emailEdit", "passwordEdit", "profileCombo"};
        for (const char* name : inputs) {
            auto* widget = m_dialog->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            bool hasBuddy = false;
            for (QLabel* label : m_dialog->findChildren<QLabel*>())
                hasBuddy = hasBuddy || label->buddy() == widget;
            QVERIFY2(hasBuddy, name);
        }
        QCOMPARE(field("passwordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!rememberBox()->accessibleName().isEmpty());
        QVERIFY(!signInButton()->accessibleName().isEmpty());

        m_dialog->setKeychainAvailability({KeychainStore::Availability::State::Available, QString()});
        QTest::keyClicks(field("emailEdit"), QStringLiteral("ada@example.com"));
        QTest::keyClicks(field("passwordEdit"), QStringLiteral("x")); // Sign In is enabled, so a tab stop
        const QStringList expected = {
            QStringLiteral("emailEdit"),    QStringLiteral("passwordEdit"),       QStringLiteral("rememberCheckBox"),
            QStringLiteral("profileCombo"), QStringLiteral("editProfilesButton"), QStringLiteral("signInButton"),
            QStringLiteral("cancelButton"), QStringLiteral("resetTokenButton"),   QStringLiteral("emailEdit")};
        QStringList order;
        QWidget* widget = field("emailEdit");
        for (int i = 0; i < expected.size(); ++i, widget = nextTabStop(widget))
            order << widget->objectName();
        QCOMPARE(order, expected);

        m_dialog->showMessage(QStringLiteral("Something went wrong."));
        QVERIFY(messageLabel()->wordWrap());
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(messageLabel());
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::AlertMessage);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Something went wrong."));
    }

    void rememberBoxFollowsKeychainAvailability()
    {
        showLogin();
        QVERIFY(!rememberBox()->isEnabled()); // unchecked keychain: off
        m_dialog->setKeychainAvailability({KeychainStore::Availability::State::Available, QString()});
        QVERIFY(rememberBox()->isEnabled());
        rememberBox()->setChecked(true);
        m_dialog->setKeychainAvailability(
            {KeychainStore::Availability::State::Unavailable, QStringLiteral("The keychain is locked.")});
        QVERIFY(!rememberBox()->isEnabled());
        QVERIFY(!rememberBox()->isChecked());
        QVERIFY2(rememberBox()->toolTip().contains(QStringLiteral("The keychain is locked.")),
                 qPrintable(rememberBox()->toolTip()));
    }

    void rememberIsReportedToCaller()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("auditor")) > 0);
        showLogin();
        m_dialog->setKeychainAvailability({KeychainStore::Availability::State::Available, QString()});
        QTest::mouseClick(rememberBox(), Qt::LeftButton, {}, QPoint(8, rememberBox()->height() / 2));
        QVERIFY(rememberBox()->isChecked());
        signIn(QStringLiteral("ada@example.com"), password());
        QVERIFY(m_dialog->ticket());
        QVERIFY(m_dialog->rememberRequested());
    }

    void firstAdministratorFlowCreatesAdmin()
    {
        QCOMPARE(m_auth->hasNoUsers(), std::optional<bool>(true));
        FirstAdminDialog dialog(*m_auth);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto edit = [&dialog](const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); };
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("passwordHintLabel"));
        QVERIFY(edit("emailEdit") && edit("fullNameEdit") && edit("passwordEdit") && edit("confirmPasswordEdit"));
        QVERIFY(create && hint);

        QTest::keyClicks(edit("emailEdit"), QStringLiteral("Grace@Example.com"));
        QTest::keyClicks(edit("fullNameEdit"), QStringLiteral("Grace Hopper"));
        QTest::keyClicks(edit("passwordEdit"), QStringLiteral("short"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("12")), qPrintable(hint->text()));
        edit("passwordEdit")->clear();
        QTest::keyClicks(edit("passwordEdit"), password());
        QTest::keyClicks(edit("confirmPasswordEdit"), password() + QStringLiteral("x"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("match")), qPrintable(hint->text()));
        QTest::keyClick(edit("confirmPasswordEdit"), Qt::Key_Backspace);
        QVERIFY(create->isEnabled());

        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.ticket());
        QCOMPARE(dialog.ticket()->user.role, QStringLiteral("admin"));
        QCOMPARE(dialog.ticket()->user.email, QStringLiteral("grace@example.com"));
        QVERIFY(m_auth->isSessionValid(*dialog.ticket()));
        QCOMPARE(m_auth->hasNoUsers(), std::optional<bool>(false));
    }

    void signInFlowAsksForFirstAdministratorOnEmptyDatabase()
    {
        SignInFlow flow(*m_database, profile());
        flow.setKeychainTimeout(1000);
        QStringList shown;
        flow.setDialogHook([&shown](QDialog& dialog) {
            shown << dialog.objectName();
            auto edit = [&dialog](const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); };
            QTest::keyClicks(edit("emailEdit"), QStringLiteral("root@example.com"));
            QTest::keyClicks(edit("passwordEdit"), password());
            QTest::keyClicks(edit("confirmPasswordEdit"), password());
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
        });
        const std::optional<SessionTicket> ticket = flow.run();
        QCOMPARE(shown, QStringList{QStringLiteral("firstAdminDialog")});
        QVERIFY2(ticket, qPrintable(flow.errorMessage()));
        QCOMPARE(ticket->user.role, QStringLiteral("admin"));
        QVERIFY(!flow.resumedSession());
        QCOMPARE(ConnectionProfileStore().lastEmail(profile().name()), QStringLiteral("root@example.com"));
    }

    void signInFlowShowsLoginDialogAndSignsOut()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        SignInFlow flow(*m_database, profile());
        flow.setKeychainTimeout(1000);
        int shown = 0;
        flow.setDialogHook([&shown](QDialog& dialog) {
            ++shown;
            auto* login = qobject_cast<LoginDialog*>(&dialog);
            QVERIFY(login);
            QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                             QStringLiteral("ada@example.com"));
            QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password());
            QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        });
        const std::optional<SessionTicket> ticket = flow.run();
        QCOMPARE(shown, 1);
        QVERIFY2(ticket, qPrintable(flow.errorMessage()));
        QVERIFY(m_auth->isSessionValid(*ticket));
        QVERIFY(!flow.takeOpenedDatabase());
        QCOMPARE(&flow.database(), m_database.get());

        QString error;
        QVERIFY2(flow.signOut(*ticket, &error), qPrintable(error));
        QVERIFY(!m_auth->isSessionValid(*ticket));
    }

    void signInFlowSwitchesToAnotherConnection()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        QTemporaryDir otherDir;
        QString error;
        const QString otherUrl = QStringLiteral("sqlite:") + otherDir.filePath(QStringLiteral("other.db"));
        {
            std::unique_ptr<Database> other = Database::open(otherUrl, &error);
            QVERIFY2(other && Migrator(*other).migrate(&error), qPrintable(error));
            QVERIFY2(UserDirectory(*other).createUser(
                         {QStringLiteral("bob@example.com"), QStringLiteral("manager"), {}}, password(), &error) > 0,
                     qPrintable(error));
        }
        ConnectionProfileStore().setSavedProfiles({ConnectionProfile(QStringLiteral("Other"), otherUrl)});

        SignInFlow flow(*m_database, profile());
        flow.setKeychainTimeout(1000);
        flow.setDialogHook([](QDialog& dialog) {
            auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("profileCombo"));
            QVERIFY(combo);
            const int other = combo->findData(QStringLiteral("Other"));
            QVERIFY(other >= 0);
            combo->setCurrentIndex(other);
            emit combo->activated(other); // as when the user picks it
            QCOMPARE(combo->currentData().toString(), QStringLiteral("Other"));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                             QStringLiteral("bob@example.com"));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password());
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        });
        const std::optional<SessionTicket> ticket = flow.run();
        QVERIFY2(ticket, qPrintable(flow.errorMessage()));
        QCOMPARE(ticket->user.email, QStringLiteral("bob@example.com"));
        QCOMPARE(flow.profile().name(), QStringLiteral("Other"));
        std::unique_ptr<Database> opened = flow.takeOpenedDatabase();
        QVERIFY(opened);
        QCOMPARE(&flow.database(), opened.get());
        QVERIFY(flow.authService().isSessionValid(*ticket));
        QCOMPARE(ConnectionProfileStore().lastProfileName(), QStringLiteral("Other"));
    }

    void loginDialogStaysWhenConnectionCannotBeOpened()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ConnectionProfileStore().setSavedProfiles(
            {ConnectionProfile(QStringLiteral("Broken"),
                               QStringLiteral("sqlite:") + blocker.fileName() + QStringLiteral("/inside/x.db"))});
        const ConnectionProfile current = profile();
        SignInFlow flow(*m_database, current);
        flow.setKeychainTimeout(1000);
        QString message;
        QString selected;
        flow.setDialogHook([&message, &selected](QDialog& dialog) {
            auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("profileCombo"));
            const int broken = combo->findData(QStringLiteral("Broken"));
            combo->setCurrentIndex(broken);
            emit combo->activated(broken);
            message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
            selected = combo->currentData().toString();
            dialog.reject();
        });
        QVERIFY(!flow.run());
        QVERIFY2(message.contains(QStringLiteral("Broken")), qPrintable(message));
        QCOMPARE(selected, current.name()); // back on the open database
        QVERIFY(!flow.takeOpenedDatabase());
    }

    void resetTokenFlowSetsNewPassword()
    {
        const qint64 admin = createUser(QStringLiteral("admin@example.com"), QStringLiteral("admin"));
        const qint64 user = createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector"));
        QVERIFY(admin > 0 && user > 0);
        QString error;
        const std::optional<QString> token = m_auth->issuePasswordReset(admin, user, &error);
        QVERIFY2(token, qPrintable(error));
        const QString newPassword = QStringLiteral("a brand new passphrase");

        showLogin();
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("resetTokenButton")), Qt::LeftButton);
        auto* reset = m_dialog->findChild<ResetPasswordDialog*>();
        QVERIFY(reset);
        QTRY_VERIFY(reset->isVisible());
        auto edit = [reset](const char* name) { return reset->findChild<QLineEdit*>(QLatin1String(name)); };
        auto* resetButton = reset->findChild<QPushButton*>(QStringLiteral("resetButton"));
        QVERIFY(resetButton);
        QTest::keyClicks(edit("tokenEdit"), *token);
        QTest::keyClicks(edit("newPasswordEdit"), newPassword);
        QVERIFY(!resetButton->isEnabled()); // not confirmed yet
        QTest::keyClicks(edit("confirmPasswordEdit"), newPassword);
        QVERIFY(resetButton->isEnabled());
        QTest::mouseClick(resetButton, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->findChild<ResetPasswordDialog*>()); // accepted and closed
        QVERIFY(messageLabel()->isVisible());
        QCOMPARE(static_cast<MessageLabel*>(messageLabel())->kind(), MessageLabel::Kind::Info);

        signIn(QStringLiteral("ada@example.com"), password()); // the old one no longer works
        QVERIFY(!m_dialog->ticket());
        signIn(QStringLiteral("ada@example.com"), newPassword);
        QVERIFY(m_dialog->ticket());

        // A token works once.
        ResetPasswordDialog again(*m_auth);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClicks(again.findChild<QLineEdit*>(QStringLiteral("tokenEdit")), *token);
        QTest::keyClicks(again.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), newPassword);
        QTest::keyClicks(again.findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), newPassword);
        QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("resetButton")), Qt::LeftButton);
        QVERIFY(again.isVisible());
        QVERIFY(again.result() != QDialog::Accepted);
        auto* againMessage = again.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(againMessage && againMessage->isVisible() && !againMessage->text().isEmpty());
    }

    void demoAccountsHiddenOnNonDemoDatabase()
    {
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        auto* demo = m_dialog->findChild<QLabel*>(QStringLiteral("demoAccountsLabel"));
        QVERIFY(demo);
        QVERIFY(!demo->isVisible());
        QVERIFY(demo->text().isEmpty());
    }

    void demoAccountsShownOnDemoDatabase()
    {
        QSqlQuery marker(m_database->connection());
        QVERIFY(marker.prepare(QStringLiteral("INSERT INTO audit_logs (actor_type, action, entity_type, new_values) "
                                              "VALUES ('system', ?, ?, '{\"seed\": \"7\"}')")));
        marker.addBindValue(DemoSeeder::markerAction());
        marker.addBindValue(DemoSeeder::markerEntityType());
        QVERIFY2(marker.exec(), qPrintable(marker.lastError().text()));
        QVERIFY(createUser(QStringLiteral("ada@example.com"), QStringLiteral("collector")) > 0);
        showLogin();
        auto* demo = m_dialog->findChild<QLabel*>(QStringLiteral("demoAccountsLabel"));
        QVERIFY(demo);
        QVERIFY(demo->isVisible());
        const QList<DemoSeeder::Account> accounts = DemoSeeder::demoAccounts(7);
        QVERIFY(!accounts.isEmpty());
        for (const DemoSeeder::Account& account : accounts)
            QVERIFY2(demo->text().contains(account.email), qPrintable(account.email));
        emit demo->linkActivated(QStringLiteral("demo:0")); // choosing an account fills the fields
        QCOMPARE(field("emailEdit")->text(), accounts.first().email);
        QCOMPARE(field("passwordEdit")->text(), accounts.first().password);
    }

    void profilesDialogKeepsPasswordsOutOfSettings()
    {
        const KeychainStore::Availability unavailable{KeychainStore::Availability::State::Unavailable,
                                                      QStringLiteral("No keychain in this test.")};
        ConnectionProfilesDialog dialog(KeychainStore(500), unavailable);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("profileList"));
        auto edit = [&dialog](const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); };
        auto button = [&dialog](const char* name) { return dialog.findChild<QPushButton*>(QLatin1String(name)); };
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(list && message);
        QCOMPARE(list->count(), 1); // the embedded database
        QVERIFY(!button("removeButton")->isEnabled());
        QVERIFY(!button("saveButton")->isEnabled());

        QTest::mouseClick(button("addButton"), Qt::LeftButton);
        QTest::keyClicks(edit("nameEdit"), QStringLiteral("Staging"));
        QTest::keyClicks(edit("urlEdit"), QStringLiteral("mysql://db.example/collect"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QVERIFY(message->isVisible()); // not a URL CollectDesk understands
        QVERIFY(ConnectionProfileStore().savedProfiles().isEmpty());

        edit("urlEdit")->clear();
        QTest::keyClicks(edit("urlEdit"), QStringLiteral("postgresql://app:hunter2secret@db.example:5432/collect"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("No keychain in this test.")), qPrintable(message->text()));
        QVERIFY(ConnectionProfileStore().savedProfiles().isEmpty()); // no keychain: the password has nowhere to go

        edit("urlEdit")->clear();
        QTest::keyClicks(edit("urlEdit"), QStringLiteral("postgresql://app@db.example:5432/collect?sslmode=require"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        const QList<ConnectionProfile> saved = ConnectionProfileStore().savedProfiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name(), QStringLiteral("Staging"));
        QVERIFY(saved.first().url().contains(QStringLiteral("sslmode=require")));
        QCOMPARE(list->count(), 2);
        QVERIFY(!edit("passwordEdit")->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("keychainStatusLabel"))->text().isEmpty());
        QSettings().sync();
        QVERIFY(!settingsContain(QStringLiteral("hunter2secret")));

        QTest::mouseClick(button("removeButton"), Qt::LeftButton);
        QVERIFY(ConnectionProfileStore().savedProfiles().isEmpty());
        QCOMPARE(list->count(), 1);
    }

private:
    static QString password() { return QStringLiteral("correct horse battery staple"); }

    ConnectionProfile profile() const { return ConnectionProfileStore().profileForUrl(m_database->url().redacted()); }

    qint64 createUser(const QString& email, const QString& role)
    {
        QString error;
        const qint64 id =
            UserDirectory(*m_database).createUser({email, role, QStringLiteral("Test User")}, password(), &error);
        if (id <= 0)
            qWarning("createUser: %s", qPrintable(error));
        return id;
    }

    void showLogin()
    {
        m_dialog = std::make_unique<LoginDialog>(*m_auth, *m_database, profile());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_dialog->activateWindow(); // focus checks need the active window (on a real display too)
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void signIn(const QString& email, const QString& pass)
    {
        QLineEdit* emailEdit = field("emailEdit");
        QLineEdit* passwordEdit = field("passwordEdit");
        emailEdit->clear();
        passwordEdit->clear();
        QTest::keyClicks(emailEdit, email);
        QTest::keyClicks(passwordEdit, pass);
        QVERIFY(signInButton()->isEnabled());
        QTest::mouseClick(signInButton(), Qt::LeftButton);
    }

    static bool settingsContain(const QString& text)
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                return true;
        }
        return false;
    }

    // The next widget Tab moves to: the focus chain without the widgets that take no Tab focus.
    static QWidget* nextTabStop(QWidget* widget)
    {
        QWidget* next = widget->nextInFocusChain();
        while (next != widget && !((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()))
            next = next->nextInFocusChain();
        return next;
    }

    QLineEdit* field(const char* name) const { return m_dialog->findChild<QLineEdit*>(QLatin1String(name)); }
    QLabel* messageLabel() const { return m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel")); }
    QCheckBox* rememberBox() const { return m_dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox")); }
    QPushButton* signInButton() const { return m_dialog->findChild<QPushButton*>(QStringLiteral("signInButton")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<LoginDialog> m_dialog;
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
