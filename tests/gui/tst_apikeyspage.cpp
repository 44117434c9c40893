#include "TestDatabase.h"
#include "admin/ApiKeysPage.h"
#include "admin/NewApiKeyDialog.h"
#include "services/AccessContext.h"
#include "services/ApiKeyService.h"
#include "services/PermissionService.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

// The API keys screen over a real database (both engines), offscreen: a key is created through
// the dialog (inline validation, Create disabled while invalid), revealed exactly once and listed
// by its prefix; revoking asks first and moves the key to "Revoked"; a role without the rights
// sees the buttons disabled. Confirmation and reveal go through the page's replaceable callbacks.
class TestApiKeysPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_userIds;
    std::unique_ptr<ApiKeysPage> m_page;
    QList<ApiKeyService::CreatedKey> m_revealed;
    QStringList m_questions;
    bool m_confirmAnswer = true;

    Database& database() { return m_db->database(); }

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, m_userIds.value(role), role,
                                      role + QStringLiteral("@example.com"));
    }
    void openPage(const QString& role)
    {
        m_page = std::make_unique<ApiKeysPage>(database(), as(role));
        m_page->setRevealFunction([this](const ApiKeyService::CreatedKey& key) { m_revealed << key; });
        m_page->setConfirmFunction([this](const QString&, const QString& question) {
            m_questions << question;
            return m_confirmAnswer;
        });
        m_page->resize(1000, 500);
        m_page->show();
    }
    template <typename T> T* child(QObject* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    // The new-key dialog on screen (a closed one may still await deletion).
    NewApiKeyDialog* visibleDialog()
    {
        for (NewApiKeyDialog* dialog : m_page->findChildren<NewApiKeyDialog*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    QTableView* table() { return child<QTableView>(m_page.get(), QStringLiteral("apiKeysTable")); }
    // The displayed text of every row, column `column`.
    QStringList columnTexts(int column)
    {
        QStringList texts;
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }
    int rowOf(const QString& name) { return columnTexts(ApiKeysPage::NameColumn).indexOf(name); }
    bool selectRow(int row)
    {
        QTableView* view = table();
        if (row < 0 || row >= view->model()->rowCount())
            return false;
        view->setFocus();
        view->selectRow(row);
        return true;
    }
    // Fills and submits the new-key dialog; returns it (still open when creation was refused).
    QPointer<NewApiKeyDialog> createThroughDialog(const QString& name, const QStringList& scopes, int rateLimit)
    {
        QPushButton* newButton = child<QPushButton>(m_page.get(), QStringLiteral("newKeyButton"));
        if (!newButton || !newButton->isEnabled())
            return nullptr;
        newButton->click();
        QPointer<NewApiKeyDialog> dialog = visibleDialog();
        if (!dialog)
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), name);
        for (const QString& scope : scopes)
            child<QCheckBox>(dialog, NewApiKeyDialog::scopeObjectName(scope))->setChecked(true);
        child<QSpinBox>(dialog, QStringLiteral("rateLimitSpinBox"))->setValue(rateLimit);
        QPushButton* create = child<QPushButton>(dialog, QStringLiteral("createButton"));
        if (create->isEnabled())
            create->click();
        return dialog;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_userIds.clear();
        m_revealed.clear();
        m_questions.clear();
        m_confirmAnswer = true;
        QSqlQuery insert(database().connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)")));
        for (const QString& role : PermissionService::roles()) {
            insert.addBindValue(role + QStringLiteral("@example.com"));
            insert.addBindValue(role);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlQuery ids(database().connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT role, id FROM users")));
        while (ids.next())
            m_userIds.insert(ids.value(0).toString(), ids.value(1).toLongLong());
        QCOMPARE(m_userIds.size(), 4);
        m_permissions = std::make_shared<PermissionService>(database());
    }
    void cleanup()
    {
        m_page.reset();
        m_permissions.reset();
        m_db.reset();
    }

    void createsKeyThroughDialogAndRevealsItOnce()
    {
        openPage(QStringLiteral("admin"));
        QCOMPARE(table()->model()->rowCount(), 0);
        QPushButton* newButton = child<QPushButton>(m_page.get(), QStringLiteral("newKeyButton"));
        QVERIFY(newButton && newButton->isEnabled());
        newButton->click();
        QPointer<NewApiKeyDialog> dialog = visibleDialog();
        QVERIFY(dialog);

        // Inline validation: Create stays disabled until name and a scope are given.
        auto* create = child<QPushButton>(dialog, QStringLiteral("createButton"));
        auto* message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
        QVERIFY(create && message);
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Voice agent"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(message->text().contains(QStringLiteral("at least one scope")), qPrintable(message->text()));
        child<QCheckBox>(dialog, NewApiKeyDialog::scopeObjectName(QStringLiteral("customers:read")))->setChecked(true);
        child<QCheckBox>(dialog, NewApiKeyDialog::scopeObjectName(QStringLiteral("payments:write")))->setChecked(true);
        QVERIFY(create->isEnabled());
        QVERIFY(message->text().isEmpty());

        // An expiry in the past is refused inline.
        auto* expires = child<QCheckBox>(dialog, QStringLiteral("expiresCheckBox"));
        auto* expiresEdit = child<QDateTimeEdit>(dialog, QStringLiteral("expiresEdit"));
        QVERIFY(expires && expiresEdit);
        QVERIFY(!expiresEdit->isEnabled());
        expires->setChecked(true);
        QVERIFY(expiresEdit->isEnabled());
        expiresEdit->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!create->isEnabled());
        QVERIFY2(message->text().contains(QStringLiteral("future")), qPrintable(message->text()));
        const QDateTime expiry = QDateTime::currentDateTime().addDays(30);
        expiresEdit->setDateTime(expiry);
        QVERIFY(create->isEnabled());
        child<QSpinBox>(dialog, QStringLiteral("rateLimitSpinBox"))->setValue(500);

        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // Revealed exactly once, and the stored hash is the key's.
        QCOMPARE(m_revealed.size(), 1);
        const ApiKeyService::CreatedKey key = m_revealed.first();
        QVERIFY(key.rawKey.startsWith(QStringLiteral("cdk_")));
        QCOMPARE(key.rawKey.size(), 47);
        QCOMPARE(key.name, QStringLiteral("Voice agent"));
        const auto verified = ApiKeyService(database(), AccessContext::system()).verify(key.rawKey);
        QVERIFY(verified);
        QCOMPARE(*verified, key.id);

        // Listed by its prefix, selected, with its details; the raw key is nowhere on screen.
        m_page->refresh();
        QCOMPARE(m_revealed.size(), 1);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(columnTexts(ApiKeysPage::PrefixColumn), QStringList{key.rawKey.left(8) + QStringLiteral("…")});
        QCOMPARE(columnTexts(ApiKeysPage::ScopesColumn), QStringList{QStringLiteral("customers:read, payments:write")});
        QCOMPARE(columnTexts(ApiKeysPage::StatusColumn), QStringList{QStringLiteral("Active")});
        QCOMPARE(columnTexts(ApiKeysPage::CreatedByColumn), QStringList{QStringLiteral("admin@example.com")});
        QVERIFY(columnTexts(ApiKeysPage::LastUsedColumn).first() != QStringLiteral("Never")); // verify() used it
        QCOMPARE(columnTexts(ApiKeysPage::ExpiresColumn),
                 QStringList{QLocale().toString(expiry, QLocale::ShortFormat)});
        QCOMPARE(m_page->selectedKeyId(), key.id);
        for (int column = 0; column < ApiKeysPage::ColumnCount; ++column) {
            for (const QString& text : columnTexts(column))
                QVERIFY(!text.contains(key.rawKey.mid(8)));
        }
    }

    void duplicateNameIsShownInTheDialog()
    {
        openPage(QStringLiteral("admin"));
        QPointer<NewApiKeyDialog> first =
            createThroughDialog(QStringLiteral("Email agent"), {QStringLiteral("templates:read")}, 60);
        QVERIFY(first);
        QTRY_VERIFY(!first || !first->isVisible());
        QCOMPARE(m_revealed.size(), 1);

        QPointer<NewApiKeyDialog> second =
            createThroughDialog(QStringLiteral("email AGENT"), {QStringLiteral("templates:read")}, 60);
        QVERIFY(second);
        QVERIFY(second->isVisible());
        auto* message = child<QLabel>(second, QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("already exists")), qPrintable(message->text()));
        QCOMPARE(m_revealed.size(), 1);
        QCOMPARE(table()->model()->rowCount(), 1);
        child<QPushButton>(second, QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!second || !second->isVisible());
        QCOMPARE(m_revealed.size(), 1);
    }

    void revokesAfterConfirmation()
    {
        openPage(QStringLiteral("admin"));
        for (const QString& name : {QStringLiteral("Keep"), QStringLiteral("Drop")}) {
            QPointer<NewApiKeyDialog> dialog = createThroughDialog(name, {QStringLiteral("analytics:read")}, 60);
            QVERIFY(dialog);
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        }
        QCOMPARE(m_revealed.size(), 2);
        QCOMPARE(table()->model()->rowCount(), 2);
        auto* revoke = child<QPushButton>(m_page.get(), QStringLiteral("revokeButton"));
        QVERIFY(revoke);
        table()->clearSelection();
        QVERIFY(!revoke->isEnabled()); // nothing selected

        const qint64 dropId = m_revealed.at(1).id;
        QVERIFY(selectRow(rowOf(QStringLiteral("Drop"))));
        QCOMPARE(m_page->selectedKeyId(), dropId);
        QVERIFY(revoke->isEnabled());

        // Declined: nothing changes.
        m_confirmAnswer = false;
        revoke->click();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QStringLiteral("Drop")), qPrintable(m_questions.first()));
        QCOMPARE(table()->model()->rowCount(), 2);
        QVERIFY(ApiKeyService(database(), AccessContext::system()).verify(m_revealed.at(1).rawKey));

        // Confirmed: revoked, gone from the active list, refused by verify().
        m_confirmAnswer = true;
        QVERIFY(selectRow(rowOf(QStringLiteral("Drop"))));
        revoke->click();
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(columnTexts(ApiKeysPage::NameColumn), QStringList{QStringLiteral("Keep")});
        QVERIFY(!ApiKeyService(database(), AccessContext::system()).verify(m_revealed.at(1).rawKey));
        QVERIFY(ApiKeyService(database(), AccessContext::system()).verify(m_revealed.at(0).rawKey));
        auto* message = child<QLabel>(m_page.get(), QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("revoked")), qPrintable(message->text()));

        // Shown with "Show revoked keys", as Revoked, and cannot be revoked again.
        child<QCheckBox>(m_page.get(), QStringLiteral("showRevokedCheckBox"))->setChecked(true);
        QCOMPARE(table()->model()->rowCount(), 2);
        const int row = rowOf(QStringLiteral("Drop"));
        QVERIFY(row >= 0);
        QCOMPARE(table()->model()->index(row, ApiKeysPage::StatusColumn).data().toString(), QStringLiteral("Revoked"));
        QVERIFY(selectRow(row));
        QVERIFY(!revoke->isEnabled());
        QVERIFY(selectRow(rowOf(QStringLiteral("Keep"))));
        QVERIFY(revoke->isEnabled());

        // The table sorts by a clicked column.
        table()->sortByColumn(ApiKeysPage::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(ApiKeysPage::NameColumn), (QStringList{QStringLiteral("Drop"), QStringLiteral("Keep")}));
        table()->sortByColumn(ApiKeysPage::NameColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(ApiKeysPage::NameColumn), (QStringList{QStringLiteral("Keep"), QStringLiteral("Drop")}));
    }

    void buttonsDisabledForReadOnlyRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("auditor") << QStringLiteral("auditor");
        QTest::newRow("manager") << QStringLiteral("manager");
    }
    void buttonsDisabledForReadOnlyRoles()
    {
        QFETCH(QString, role);
        QString error;
        QVERIFY2(ApiKeyService(database(), AccessContext::system())
                     .create(QStringLiteral("Existing"), {QStringLiteral("customers:read")}, 60, std::nullopt, &error),
                 qPrintable(error));
        openPage(role);
        auto* newButton = child<QPushButton>(m_page.get(), QStringLiteral("newKeyButton"));
        auto* revoke = child<QPushButton>(m_page.get(), QStringLiteral("revokeButton"));
        QVERIFY(newButton && revoke);
        QVERIFY(!newButton->isEnabled());
        QVERIFY(!revoke->isEnabled());
        QCOMPARE(table()->model()->rowCount(), 0); // no read on api_keys either
        auto* message = child<QLabel>(m_page.get(), QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("may not")), qPrintable(message->text()));
        // Calling the slots directly changes nothing.
        QVERIFY(!m_page->openNewKeyDialog());
        QVERIFY(!m_page->findChild<NewApiKeyDialog*>());
        m_page->revokeSelected();
        QVERIFY(m_questions.isEmpty());
        QVERIFY(m_revealed.isEmpty());
    }
};

QTEST_MAIN(TestApiKeysPage)
#include "tst_apikeyspage.moc"
