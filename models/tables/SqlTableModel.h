#pragma once

#include "TableCatalog.h"
#include "ValueFormatter.h"
#include "ValueValidator.h"
#include "services/AccessContext.h"

#include <QList>
#include <QSqlRecord>
#include <QSqlTableModel>

class Database;

// The base of every table's model: a QSqlTableModel (OnManualSubmit) that knows its table's
// catalog entry. It shows values typed (money with its currency, local times, Yes/No, JSON,
// lists, hidden secrets), validates every edit against the column's type before it reaches
// the cache, and checks whole rows (validateRow) before writing them (submitValidated).
//
// Roles: DisplayRole = text for people, EditRole = the typed value an editor works with
// (Money as decimal text, QDateTime in local time, bool, QDate, QStringList...),
// RawValueRole = the stored value as the database returned it, CheckStateRole for booleans.
//
// QSqlTableModel reads a row's current values through the virtual data(EditRole) when it starts
// editing or deleting that row (QSqlQueryModel::record(row)) and keeps them as the row's values;
// while it does, EditRole answers the stored value (see StoredValueScope in the .cpp), and the
// change signals are sent after, so views never read a stored value as an edit value.
// record(row) here returns stored values too. The edit strategy stays OnManualSubmit: rows are
// checked as a whole before they are written.
//
// setRecord()/insertRecord() skip setData's per-value checks (QSqlTableModel's are not
// virtual); rows written through them still pass submitValidated's required and row checks.
//
// Permissions and audit (the model layer is the guard, not the UI): the model acts for an
// AccessContext (setAccessContext; TableModelFactory sets it; until then it denies everything).
// select()/selectRow() need "read" on the table: denied, select() fails with the denied message
// as lastError() and the model stays empty. setData/setRecord need "update" on a stored row and
// "create" on a new one, insertRows "create", removeRows "delete" (a stored row); refused they
// return false, leave lastValidationError() = the denied message, emit accessDenied() and
// change nothing. The write hooks (insertRowIntoTable, updateRowInTable, deleteRowFromTable)
// check again, whoever calls them, and write each row's audit_logs entry (AuditTrail) next to
// the change. submitValidated()/submitAll() write all pending rows and their audit entries in
// one transaction: if any row or audit entry fails, nothing is written and the pending edits
// stay in the model for another try. (QSqlTableModel::submitAll() called through a base
// pointer still checks and audits, one transaction per row.)
class SqlTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = ValueFormatter::RawValueRole;

    SqlTableModel(const Database& database, const TableSpec& spec, QObject* parent = nullptr);

    const TableSpec& spec() const { return m_spec; }
    const Database& database() const { return m_database; }

    // Who acts through this model. A null pointer means AccessContext::nobody().
    void setAccessContext(AccessContextPtr context);
    const AccessContextPtr& accessContext() const { return m_access; }
    // What the context may do with this table (for the UI: hide or disable what it cannot).
    bool can(PermissionService::Action action) const;
    bool canRead() const { return can(PermissionService::Action::Read); }
    bool canCreate() const { return can(PermissionService::Action::Create); }
    bool canUpdate() const { return can(PermissionService::Action::Update); }
    bool canDelete() const { return can(PermissionService::Action::Delete); }
    bool canExport() const { return can(PermissionService::Action::Export); }
    // The catalog column shown in model column `column`; nullptr for a column the catalog
    // does not know (a newer schema).
    const ColumnSpec* columnSpec(int column) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void setEditStrategy(EditStrategy strategy) override;
    bool select() override;
    bool selectRow(int row) override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // The stored values of a row (QSqlTableModel::record(row) would hold the typed EditRole values).
    QSqlRecord record(int row) const;
    QSqlRecord record() const { return QSqlTableModel::record(); }
    bool setRecord(int row, const QSqlRecord& record);

    // Why the last setData/submitValidated was refused (translated; names the column), or empty.
    QString lastValidationError() const { return m_lastValidationError; }

    // Cross-field rules of one row, checked before it is written; returns the translated
    // reason it cannot be saved, or an empty string. The default has no rules.
    virtual QString validateRow(int row) const;

    // Checks every inserted or changed row (required columns, validateRow) and the
    // permissions of every pending change, then writes all of them with their audit entries in
    // one transaction. Returns false with *error (validation, permission or database); then
    // nothing was written and the pending changes are kept.
    bool submitValidated(QString* error = nullptr);

public slots:
    // Hides QSqlTableModel::submitAll(): permission checks and audit in one transaction, as
    // submitValidated() but without the row rules (the database's constraints still apply).
    bool submitAll();

signals:
    // A value or row was refused; column is -1 for a whole-row rule.
    void validationFailed(int row, int column, const QString& message);
    // An action was refused because the role lacks the permission; message names role and table.
    void accessDenied(const QString& message);

protected:
    // The catalog entry of a table the application is built with; aborts for an unknown name
    // (a programming error, caught by every test run).
    static const TableSpec& catalogSpec(const char* table);

    // The current (possibly edited, not yet written) stored value of a cell, by column name.
    QVariant storedValue(int row, const QString& column) const;
    // A money cell of `row` as Money in the row's currency (0 when NULL).
    Money moneyValue(int row, const QString& column) const;
    QString currencyOf(int row, const ColumnSpec& column) const;
    // The translated header of a column, for messages.
    QString columnTitle(const QString& column) const;
    bool rowIsInserted(int row) const;
    bool rowIsDeleted(int row) const;
    bool rowIsDirty(int row) const;

    // Records and announces a refusal; returns false so callers can `return refuse(...)`.
    bool refuse(int row, int column, const QString& message);
    // Records and announces a permission refusal (accessDenied); returns false.
    bool deny(PermissionService::Action action);

    // The write hooks of QSqlTableModel: permission check, write, audit entry.
    bool insertRowIntoTable(const QSqlRecord& values) override;
    bool updateRowInTable(int row, const QSqlRecord& values) override;
    bool deleteRowFromTable(int row) override;
    // A statement that reads no rows while "read" is denied.
    QString selectStatement() const override;

private:
    bool setCurrency(const QModelIndex& index, const QVariant& stored);
    // QSqlTableModel::setData with stored-value reads and the dataChanged signal after them.
    bool setStoredValue(const QModelIndex& index, const QVariant& stored);
    QString requiredColumnsError(int row) const;
    // The first pending change the context may not make, as its action; nullopt when all are allowed.
    std::optional<PermissionService::Action> deniedPendingAction() const;
    // Writes every pending row (and audit entries) in one transaction; the cache is kept on failure.
    bool writePending(QString* error);
    // Runs `write` inside its own transaction unless writePending's transaction is open.
    template <typename Write> bool inWriteTransaction(Write write);
    bool setHookError(const QString& message);

    const Database& m_database;
    const TableSpec& m_spec;
    ValueFormatter m_formatter;
    ValueValidator m_validator;
    QList<const ColumnSpec*> m_columns; // by model column
    QList<bool> m_notNull;              // by model column: the database refuses NULL
    QString m_lastValidationError;
    AccessContextPtr m_access;
    bool m_inWriteTransaction = false;
    mutable int m_storedEditRole = 0; // > 0 while QSqlTableModel reads rows through data()
};
