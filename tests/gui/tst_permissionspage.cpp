#include "admin/PermissionDiffDialog.h"
#include "admin/PermissionMatrixModel.h"
#include "admin/PermissionsPage.h"
#include "auth/MessageLabel.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AccessContext.h"
#include "services/PermissionService.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The Roles & permissions page over a migrated SQLite database, offscreen: Space toggles a cell
// and marks it, the review dialog lists the changes and its Save writes them (the page's
// context answers anew at once), Back and Discard keep the database as it was, a failed save
// keeps the edits and says why, and a role that may not manage permissions gets a read-only
// matrix (auditor) or the refusal (manager).

using Action = PermissionService::Action;

class TestPermissionsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PermissionsPage> m_page;
    AccessContextPtr m_context;
    qint64 m_adminId = 0;

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning().noquote() << sql << query.lastError().text();
            return QVariant();
        }
        return query.value(0);
    }
    bool hasRow(const QString& role, const QString& resource, const QString& action)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role = ? AND resource = ? AND "
                                     "action = ?"),
                      {role, resource, action})
                   .toInt() == 1;
    }
    int auditCount()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'permissions_change'")).toInt();
    }

    PermissionsPage* showPage(const QString& role, qint64 userId = 0)
    {
        m_context = AccessContext::forUser(std::make_shared<PermissionService>(*m_database), userId, role);
        m_page = std::make_unique<PermissionsPage>(*m_database, m_context);
        m_page->resize(900, 700);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            qWarning("page not exposed");
        return m_page.get();
    }
    QTableView* view() { return m_page->findChild<QTableView*>(QStringLiteral("permissionMatrix")); }
    PermissionMatrixModel* model() { return qobject_cast<PermissionMatrixModel*>(view()->model()); }
    QModelIndex cell(const QString& table, Action action)
    {
        return model()->index(model()->rowOf(table), PermissionMatrixModel::columnOf(action));
    }
    MessageLabel* messageLabel() { return m_page->findChild<MessageLabel*>(QStringLiteral("messageLabel")); }
    QPushButton* button(const char* name) { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    // Moves to the cell and presses Space, as a keyboard user would.
    void toggleByKeyboard(const QString& table, Action action)
    {
        view()->setFocus();
        view()->setCurrentIndex(cell(table, action));
        QTest::keyClick(view(), Qt::Key_Space);
    }
    bool isChecked(const QModelIndex& index) { return index.data(Qt::CheckStateRole).toInt() == Qt::Checked; }

private slots:
    void initTestCase()
    {
        qputenv("COLLECTDESK_NONINTERACTIVE", "1");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("gui.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        Migrator migrator(*m_database);
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        m_adminId = scalar(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES "
                                          "('admin@example.com', 'x', 'admin') RETURNING id"))
                        .toLongLong();
        QVERIFY(m_adminId > 0);
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_database.reset();
        m_dir.reset();
    }

    void togglingACellMarksIt()
    {
        showPage(QStringLiteral("admin"), m_adminId);
        QVERIFY(!m_page->isReadOnly());
        auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        QVERIFY(combo);
        QVERIFY(m_page->setRole(QStringLiteral("manager")));
        QCOMPARE(m_page->role(), QStringLiteral("manager"));
        QVERIFY(!button("reviewButton")->isEnabled());

        const QModelIndex index = cell(QStringLiteral("customers"), Action::Delete);
        QVERIFY(isChecked(index));
        QVERIFY(model()->flags(index) & Qt::ItemIsUserCheckable);
        toggleByKeyboard(QStringLiteral("customers"), Action::Delete);
        QVERIFY(!isChecked(index));
        QVERIFY(index.data(PermissionMatrixModel::ChangedRole).toBool());
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("changed"));
        QVERIFY(index.data(Qt::BackgroundRole).isValid());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("changed")));
        QVERIFY(!cell(QStringLiteral("customers"), Action::Read).data(PermissionMatrixModel::ChangedRole).toBool());
        QVERIFY(m_page->hasPendingChanges());
        QVERIFY(button("reviewButton")->isEnabled());
        QVERIFY(button("discardButton")->isEnabled());
        QVERIFY2(combo->currentText().contains(QLatin1String("1 change")), qPrintable(combo->currentText()));

        // Another role keeps its own cells; the edit survives the switch.
        QVERIFY(m_page->setRole(QStringLiteral("collector")));
        QVERIFY(!index.data(PermissionMatrixModel::ChangedRole).toBool());
        QVERIFY(m_page->setRole(QStringLiteral("manager")));
        QVERIFY(index.data(PermissionMatrixModel::ChangedRole).toBool());

        // Space again: back to the loaded state, nothing pending.
        toggleByKeyboard(QStringLiteral("customers"), Action::Delete);
        QVERIFY(isChecked(index));
        QVERIFY(!index.data(PermissionMatrixModel::ChangedRole).toBool());
        QVERIFY(!m_page->hasPendingChanges());
        QVERIFY(!button("reviewButton")->isEnabled());
        // Admin's grants come from the ('*', '*') row: the page says so.
        QVERIFY(m_page->setRole(QStringLiteral("admin")));
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("wildcardNote"))->isHidden());
    }

    void reviewListsTheChangesAndSaveAppliesThem()
    {
        showPage(QStringLiteral("admin"), m_adminId);
        PermissionService* permissions = m_context->permissions();
        QVERIFY(permissions->check(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete));
        m_page->setRole(QStringLiteral("manager"));
        toggleByKeyboard(QStringLiteral("customers"), Action::Delete);
        m_page->setRole(QStringLiteral("collector"));
        toggleByKeyboard(QStringLiteral("templates"), Action::Update);

        QTest::mouseClick(button("reviewButton"), Qt::LeftButton);
        auto* dialog = m_page->findChild<PermissionDiffDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("changeList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Manager may no longer delete rows in Customers."));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Collector may now change rows in Templates."));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("wildcardNote"))->isHidden());
        QVERIFY(hasRow(QStringLiteral("manager"), QStringLiteral("customers"), QStringLiteral("delete")));

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(!hasRow(QStringLiteral("manager"), QStringLiteral("customers"), QStringLiteral("delete")));
        QVERIFY(hasRow(QStringLiteral("collector"), QStringLiteral("templates"), QStringLiteral("update")));
        QCOMPARE(auditCount(), 1);
        QCOMPARE(messageLabel()->kind(), MessageLabel::Kind::Info);
        QVERIFY2(messageLabel()->text().startsWith(QLatin1String("Saved 2 permission change")),
                 qPrintable(messageLabel()->text()));
        // Reloaded: nothing pending, the saved state is the loaded one, the role kept.
        QVERIFY(!m_page->hasPendingChanges());
        QCOMPARE(m_page->role(), QStringLiteral("collector"));
        const QModelIndex update = cell(QStringLiteral("templates"), Action::Update);
        QVERIFY(isChecked(update));
        QVERIFY(!update.data(PermissionMatrixModel::ChangedRole).toBool());
        // The page's own context answers anew at once.
        QVERIFY(!permissions->check(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete));
        QTRY_VERIFY(m_page->findChild<PermissionDiffDialog*>() == nullptr); // closed and deleted
    }

    void backAndDiscardSaveNothing()
    {
        showPage(QStringLiteral("admin"), m_adminId);
        m_page->setRole(QStringLiteral("admin"));
        toggleByKeyboard(QStringLiteral("users"), Action::Delete);
        PermissionDiffDialog* dialog = m_page->openReviewDialog();
        QVERIFY(dialog);
        // A wildcard grant: the dialog warns that the rule is expanded.
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("wildcardNote"))->isHidden());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QVERIFY(hasRow(QStringLiteral("admin"), QStringLiteral("*"), QStringLiteral("*")));
        QVERIFY(m_page->hasPendingChanges());

        int asked = 0;
        bool answer = false;
        m_page->setConfirmFunction([&](const QString&, const QString&) {
            ++asked;
            return answer;
        });
        QTest::mouseClick(button("discardButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(m_page->hasPendingChanges()); // said no
        answer = true;
        QTest::mouseClick(button("discardButton"), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QVERIFY(!m_page->hasPendingChanges());
        QVERIFY(isChecked(cell(QStringLiteral("users"), Action::Delete)));
        QCOMPARE(auditCount(), 0);
    }

    void failedSaveKeepsTheEditsAndSaysWhy()
    {
        showPage(QStringLiteral("admin"), m_adminId);
        m_page->setRole(QStringLiteral("auditor"));
        toggleByKeyboard(QStringLiteral("customers"), Action::Export);
        // Someone else changes the matrix meanwhile.
        QVERIFY(scalar(QStringLiteral("DELETE FROM role_permissions WHERE role = 'collector' AND resource = 'tasks' "
                                      "AND action = 'update' RETURNING id"))
                    .isValid());
        PermissionDiffDialog* dialog = m_page->openReviewDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(messageLabel()->kind(), MessageLabel::Kind::Error);
        QVERIFY2(messageLabel()->text().contains(QLatin1String("reload")), qPrintable(messageLabel()->text()));
        QVERIFY(!messageLabel()->isHidden());
        QVERIFY(m_page->hasPendingChanges());
        QVERIFY(!hasRow(QStringLiteral("auditor"), QStringLiteral("customers"), QStringLiteral("export")));

        // Reload (confirmed) shows the current matrix; the same edit then saves.
        m_page->setConfirmFunction([](const QString&, const QString&) { return true; });
        QTest::mouseClick(button("reloadButton"), Qt::LeftButton);
        QVERIFY(!m_page->hasPendingChanges());
        QVERIFY(messageLabel()->isHidden());
        m_page->setRole(QStringLiteral("collector"));
        QVERIFY(!isChecked(cell(QStringLiteral("tasks"), Action::Update)));
        m_page->setRole(QStringLiteral("auditor"));
        toggleByKeyboard(QStringLiteral("customers"), Action::Export);
        dialog = m_page->openReviewDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(hasRow(QStringLiteral("auditor"), QStringLiteral("customers"), QStringLiteral("export")));
    }

    void readOnlyWithoutManage()
    {
        // The auditor may read the matrix but not change it.
        showPage(QStringLiteral("auditor"));
        QVERIFY(m_page->isReadOnly());
        auto* note = m_page->findChild<QLabel*>(QStringLiteral("readOnlyNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("may not manage Role Permissions")), qPrintable(note->text()));
        m_page->setRole(QStringLiteral("manager"));
        const QModelIndex index = cell(QStringLiteral("customers"), Action::Delete);
        QVERIFY(isChecked(index));
        QVERIFY(!(model()->flags(index) & Qt::ItemIsUserCheckable));
        toggleByKeyboard(QStringLiteral("customers"), Action::Delete);
        QVERIFY(isChecked(index));
        QVERIFY(!model()->setData(index, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_page->hasPendingChanges());
        QVERIFY(!button("reviewButton")->isEnabled());
        QVERIFY(!button("discardButton")->isEnabled());
        QVERIFY(m_page->openReviewDialog() == nullptr);
        QVERIFY(messageLabel()->isHidden());

        // The manager may not even read it: the refusal, and an empty, disabled grid.
        showPage(QStringLiteral("manager"));
        QVERIFY(m_page->isReadOnly());
        QVERIFY(!messageLabel()->isHidden());
        QCOMPARE(messageLabel()->text(), QStringLiteral("Your role (manager) may not read Role Permissions."));
        QVERIFY(!view()->isEnabled());
        QVERIFY(!isChecked(cell(QStringLiteral("customers"), Action::Read)));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("readOnlyNote"))->isHidden());
        QVERIFY(m_page->openReviewDialog() == nullptr);
    }
};

QTEST_MAIN(TestPermissionsPage)
#include "tst_permissionspage.moc"
