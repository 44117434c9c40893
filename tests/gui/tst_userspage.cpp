#include "admin/NewUserDialog.h"
#include "admin/SecretRevealDialog.h"
#include "admin/SessionsPage.h"
#include "admin/UsersPage.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AccessContext.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/PermissionService.h"
#include "services/UserDirectory.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The Users and Sessions administration pages over a real, migrated SQLite database, driven by
// objectName like a user would, offscreen. Dialogs and confirmations go through the pages' seams
// (setDialogRunner / setConfirmFunction) so nothing modal blocks.
class TestUsersPage : public QObject
{
    Q_OBJECT

private:
    const QString m_password = QStringLiteral("correct horse battery staple");

    qint64 addUser(const QString& email, const QString& role = QStringLiteral("collector"))
    {
        QString error;
        const qint64 id =
            UserDirectory(*m_database).createUser({email, role, QStringLiteral("Test User")}, m_password, &error);
        if (id <= 0)
            qWarning("createUser failed: %s", qPrintable(error));
        return id;
    }

    AccessContextPtr contextFor(qint64 userId, const QString& role)
    {
        return AccessContext::forUser(m_permissions, userId, role);
    }

    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static QStringList column(QTableView* view, int column)
    {
        QStringList values;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            values.append(view->model()->index(row, column).data().toString());
        return values;
    }

    static bool selectRowWithText(QTableView* view, const QString& text)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data().toString() == text) {
                view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                view->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    std::unique_ptr<UsersPage> usersPage(const AccessContextPtr& context)
    {
        auto page = std::make_unique<UsersPage>(*m_database, context);
        page->setConfirmFunction([this](const QString&, const QString& question) {
            m_questions.append(question);
            return m_confirmAnswer;
        });
        page->setDialogRunner([this](QDialog& dialog) {
            if (!m_dialogScript)
                return int(QDialog::Rejected);
            return m_dialogScript(dialog);
        });
        page->resize(1000, 600);
        page->show();
        return page;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_adminId = 0;
    QStringList m_questions;
    bool m_confirmAnswer = true;
    std::function<int(QDialog&)> m_dialogScript;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userspage"));
        PasswordHasher::setFastParametersForTests(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("users.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_permissions = std::make_shared<PermissionService>(*m_database);
        m_adminId = addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin"));
        QVERIFY(m_adminId > 0);
        m_questions.clear();
        m_confirmAnswer = true;
        m_dialogScript = nullptr;
    }

    void cleanup()
    {
        m_permissions.reset();
        m_database.reset();
        m_dir.reset();
    }

    void listsUsersSortably()
    {
        addUser(QStringLiteral("zoe@example.com"), QStringLiteral("auditor"));
        addUser(QStringLiteral("bob@example.com"), QStringLiteral("manager"));
        auto page = usersPage(contextFor(m_adminId, QStringLiteral("admin")));
        auto* view = child<QTableView>(page.get(), "usersTable");
        QVERIFY(view);
        QCOMPARE(column(view, 0), (QStringList{QStringLiteral("admin@example.com"), QStringLiteral("bob@example.com"),
                                               QStringLiteral("zoe@example.com")}));
        QCOMPARE(column(view, 2),
                 (QStringList{QStringLiteral("Administrator"), QStringLiteral("Manager"), QStringLiteral("Auditor")}));
        QCOMPARE(column(view, 3).first(), QStringLiteral("Active"));
        view->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(column(view, 0).first(), QStringLiteral("zoe@example.com"));
        QVERIFY(!child<QPushButton>(page.get(), "newUserButton")->text().isEmpty());
        QVERIFY(child<QPushButton>(page.get(), "newUserButton")->isEnabled());
        // Row actions wait for a selection.
        QVERIFY(!child<QPushButton>(page.get(), "changeRoleButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page.get(), "deactivateButton")->isEnabled());
        QVERIFY(selectRowWithText(view, QStringLiteral("bob@example.com")));
        QVERIFY(child<QPushButton>(page.get(), "changeRoleButton")->isEnabled());
        QVERIFY(child<QPushButton>(page.get(), "deactivateButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page.get(), "reactivateButton")->isEnabled());
        QVERIFY(child<QPushButton>(page.get(), "issuePasswordResetButton")->isEnabled());
    }

    void createsUserWithResetTokenThroughTheDialog()
    {
        auto page = usersPage(contextFor(m_adminId, QStringLiteral("admin")));
        QString revealed;
        bool sawDisabledWhileInvalid = false;
        bool tokenIsDefault = false;
        bool secretLooksRight = false;
        m_dialogScript = [&](QDialog& dialog) {
            if (auto* newUser = qobject_cast<NewUserDialog*>(&dialog)) {
                auto* create = child<QPushButton>(newUser, "createButton");
                auto* email = child<QLineEdit>(newUser, "emailEdit");
                QTest::keyClicks(email, QStringLiteral("not-an-email"));
                sawDisabledWhileInvalid =
                    !create->isEnabled() && !child<QLabel>(newUser, "emailHintLabel")->text().isEmpty();
                email->clear();
                QTest::keyClicks(email, QStringLiteral("New.Person@Example.com"));
                QTest::keyClicks(child<QLineEdit>(newUser, "fullNameEdit"), QStringLiteral("New Person"));
                auto* role = child<QComboBox>(newUser, "roleCombo");
                role->setCurrentIndex(role->findData(QStringLiteral("manager")));
                tokenIsDefault = child<QRadioButton>(newUser, "resetTokenRadio")->isChecked();
                create->click();
                return dialog.result();
            }
            if (auto* secret = qobject_cast<SecretRevealDialog*>(&dialog)) {
                revealed = child<QLineEdit>(secret, "secretEdit")->text();
                secretLooksRight = child<QLineEdit>(secret, "secretEdit")->isReadOnly() &&
                                   child<QLabel>(secret, "onceLabel")->text().contains(QStringLiteral("only once"));
                child<QPushButton>(secret, "copyButton")->click();
                return int(QDialog::Accepted);
            }
            return int(QDialog::Rejected);
        };
        child<QPushButton>(page.get(), "newUserButton")->click();
        QVERIFY(sawDisabledWhileInvalid);
        QVERIFY(tokenIsDefault);
        QVERIFY(secretLooksRight);
        QCOMPARE(revealed.size(), 64);
        QCOMPARE(QGuiApplication::clipboard()->text(), revealed);

        auto* view = child<QTableView>(page.get(), "usersTable");
        QVERIFY(column(view, 0).contains(QStringLiteral("new.person@example.com")));
        QCOMPARE(page->selectedUserId(),
                 scalar(QStringLiteral("SELECT id FROM users WHERE email = 'new.person@example.com'")).toLongLong());
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE email = 'new.person@example.com'")).toString(),
                 QStringLiteral("manager"));
        QVERIFY(child<QLabel>(page.get(), "messageLabel")->text().contains(QStringLiteral("new.person@example.com")));

        QString error;
        QVERIFY2(AuthService(*m_database).resetPassword(revealed, m_password, &error), qPrintable(error));
        QCOMPARE(AuthService(*m_database)
                     .signIn(QStringLiteral("new.person@example.com"), m_password, false, QStringLiteral("test"))
                     .outcome,
                 AuthService::Outcome::SignedIn);
    }

    void newUserDialogChecksPasswordAndReportsDuplicates()
    {
        addUser(QStringLiteral("ada@example.com"));
        UserAdminService service(*m_database, contextFor(m_adminId, QStringLiteral("admin")));
        NewUserDialog dialog(service);
        dialog.show();
        auto* create = child<QPushButton>(&dialog, "createButton");
        QVERIFY(!create->isEnabled()); // empty form
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("ada@example.com"));
        QVERIFY(create->isEnabled()); // reset token mode needs no password
        child<QRadioButton>(&dialog, "initialPasswordRadio")->click();
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), m_password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), QStringLiteral("something else entirely"));
        QVERIFY(!create->isEnabled());
        child<QLineEdit>(&dialog, "confirmPasswordEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), m_password);
        QVERIFY(create->isEnabled());
        create->click();
        // The duplicate is refused inline; the dialog stays open.
        QVERIFY(!dialog.created());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        auto* message = child<QLabel>(&dialog, "messageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("already exists")), qPrintable(message->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 2);

        child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("grace@example.com"));
        QVERIFY(create->isEnabled());
        create->click();
        QVERIFY(dialog.created());
        QVERIFY(dialog.created()->resetToken.isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void showsTheLastAdminRefusal()
    {
        auto page = usersPage(contextFor(m_adminId, QStringLiteral("admin")));
        auto* view = child<QTableView>(page.get(), "usersTable");
        QVERIFY(selectRowWithText(view, QStringLiteral("admin@example.com")));
        auto* deactivate = child<QPushButton>(page.get(), "deactivateButton");
        QVERIFY(deactivate->isEnabled());
        deactivate->click();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QStringLiteral("admin@example.com")));
        auto* message = child<QLabel>(page.get(), "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("last active administrator")), qPrintable(message->text()));
        QVERIFY(scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {m_adminId}).toBool());
        QCOMPARE(page->selectedUserId(), m_adminId);

        // Demoting through the role dialog is refused the same way.
        m_dialogScript = [](QDialog& dialog) {
            auto* input = qobject_cast<QInputDialog*>(&dialog);
            if (!input)
                return int(QDialog::Rejected);
            input->setTextValue(PermissionService::roleTitle(QStringLiteral("manager")));
            return int(QDialog::Accepted);
        };
        message->clear();
        child<QPushButton>(page.get(), "changeRoleButton")->click();
        QVERIFY2(message->text().contains(QStringLiteral("last active administrator")), qPrintable(message->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {m_adminId}).toString(),
                 QStringLiteral("admin"));
    }

    void changesRoleDeactivatesAndReactivates()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        auto page = usersPage(contextFor(m_adminId, QStringLiteral("admin")));
        auto* view = child<QTableView>(page.get(), "usersTable");
        QVERIFY(page->selectUser(ada));
        m_dialogScript = [](QDialog& dialog) {
            auto* input = qobject_cast<QInputDialog*>(&dialog);
            if (!input)
                return int(QDialog::Rejected);
            input->setTextValue(PermissionService::roleTitle(QStringLiteral("auditor")));
            return int(QDialog::Accepted);
        };
        child<QPushButton>(page.get(), "changeRoleButton")->click();
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {ada}).toString(),
                 QStringLiteral("auditor"));

        // A "no" to the confirmation changes nothing.
        m_confirmAnswer = false;
        child<QPushButton>(page.get(), "deactivateButton")->click();
        QVERIFY(scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());
        m_confirmAnswer = true;
        child<QPushButton>(page.get(), "deactivateButton")->click();
        QVERIFY(!scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());
        QCOMPARE(page->selectedUserId(), ada);
        QVERIFY(column(view, 3).contains(QStringLiteral("Inactive")));
        QVERIFY(!child<QPushButton>(page.get(), "deactivateButton")->isEnabled());
        QVERIFY(child<QPushButton>(page.get(), "reactivateButton")->isEnabled());
        child<QPushButton>(page.get(), "reactivateButton")->click();
        QVERIFY(scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());

        // The keyboard shortcut triggers the same action.
        QVERIFY(page->selectUser(ada));
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {ada}).toBool());
    }

    void issuesPasswordResetShownOnce()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        auto page = usersPage(contextFor(m_adminId, QStringLiteral("admin")));
        QString revealed;
        m_dialogScript = [&](QDialog& dialog) {
            if (auto* secret = qobject_cast<SecretRevealDialog*>(&dialog))
                revealed = secret->secret();
            return int(QDialog::Accepted);
        };
        QVERIFY(page->selectUser(ada));
        child<QPushButton>(page.get(), "issuePasswordResetButton")->click();
        QCOMPARE(revealed.size(), 64);
        QString error;
        QVERIFY2(AuthService(*m_database).resetPassword(revealed, QStringLiteral("another long password"), &error),
                 qPrintable(error));
    }

    void disablesActionsForRolesWithoutRights_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("rows");
        QTest::newRow("manager") << QStringLiteral("manager") << 2;
        QTest::newRow("auditor") << QStringLiteral("auditor") << 2;
        QTest::newRow("collector") << QStringLiteral("collector") << 0;
    }

    void disablesActionsForRolesWithoutRights()
    {
        QFETCH(QString, role);
        QFETCH(int, rows);
        const qint64 actor = addUser(role + QStringLiteral("@example.com"), role);
        auto page = usersPage(contextFor(actor, role));
        auto* view = child<QTableView>(page.get(), "usersTable");
        QCOMPARE(view->model()->rowCount(), rows);
        if (rows > 0)
            QVERIFY(selectRowWithText(view, QStringLiteral("admin@example.com")));
        else
            QVERIFY(child<QLabel>(page.get(), "messageLabel")->text().contains(role));
        for (const char* name :
             {"newUserButton", "changeRoleButton", "deactivateButton", "reactivateButton", "issuePasswordResetButton"})
            QVERIFY2(!child<QPushButton>(page.get(), name)->isEnabled(), name);
        // Shortcuts do nothing either.
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(scalar(QStringLiteral("SELECT is_active FROM users WHERE id = ?"), {m_adminId}).toBool());

        SessionsPage sessions(*m_database, contextFor(actor, role));
        sessions.setConfirmFunction([](const QString&, const QString&) { return true; });
        QVERIFY(child<QLabel>(&sessions, "messageLabel")->text().contains(role));
        QVERIFY(!child<QPushButton>(&sessions, "revokeSessionButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&sessions, "revokeAllButton")->isEnabled());
    }

    void sessionsPageRevokesSessions()
    {
        const qint64 ada = addUser(QStringLiteral("ada@example.com"));
        addUser(QStringLiteral("bob@example.com"));
        AuthService auth(*m_database);
        const auto one = auth.signIn(QStringLiteral("ada@example.com"), m_password, false, QStringLiteral("Laptop"));
        const auto two = auth.signIn(QStringLiteral("ada@example.com"), m_password, false, QStringLiteral("Phone"));
        const auto bob = auth.signIn(QStringLiteral("bob@example.com"), m_password, false, QStringLiteral("Desk"));
        QCOMPARE(bob.outcome, AuthService::Outcome::SignedIn);

        SessionsPage page(*m_database, contextFor(m_adminId, QStringLiteral("admin")));
        QStringList questions;
        bool answer = true;
        page.setConfirmFunction([&](const QString&, const QString& question) {
            questions.append(question);
            return answer;
        });
        page.show();
        auto* view = child<QTableView>(&page, "sessionsTable");
        auto* revoke = child<QPushButton>(&page, "revokeSessionButton");
        auto* revokeAll = child<QPushButton>(&page, "revokeAllButton");
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(!revoke->isEnabled());
        QVERIFY(!revokeAll->isEnabled());
        QVERIFY(column(view, 4).contains(QStringLiteral("Laptop")));

        auto* filter = child<QComboBox>(&page, "userFilterCombo");
        QCOMPARE(filter->itemText(0), QStringLiteral("All users"));
        QVERIFY(page.setUserFilter(ada));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(column(view, 0), (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("ada@example.com")}));
        QVERIFY(revokeAll->isEnabled()); // the filter names the user

        QVERIFY(page.selectSession(one.ticket.sessionId));
        QVERIFY(revoke->isEnabled());
        answer = false;
        revoke->click();
        QVERIFY(auth.isSessionValid(one.ticket));
        answer = true;
        revoke->click();
        QCOMPARE(questions.size(), 2);
        QVERIFY(!auth.isSessionValid(one.ticket));
        QVERIFY(auth.isSessionValid(two.ticket));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("revoked")));

        revokeAll->click();
        QVERIFY(!auth.isSessionValid(two.ticket));
        QVERIFY(auth.isSessionValid(bob.ticket));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(page.setUserFilter(0));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(column(view, 0).first(), QStringLiteral("bob@example.com"));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
