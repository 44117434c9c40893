#pragma once

#include "TableCatalog.h"
#include "ValueFormatter.h"
#include "ValueValidator.h"

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
class SqlTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = ValueFormatter::RawValueRole;

    SqlTableModel(const Database& database, const TableSpec& spec, QObject* parent = nullptr);

    const TableSpec& spec() const { return m_spec; }
    const Database& database() const { return m_database; }
    // The catalog column shown in model column `column`; nullptr for a column the catalog
    // does not know (a newer schema).
    const ColumnSpec* columnSpec(int column) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void setEditStrategy(EditStrategy strategy) override;
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

    // Checks every inserted or changed row (required columns, validateRow) and writes all
    // pending changes when they pass. Returns false with *error (validation or database).
    bool submitValidated(QString* error = nullptr);

signals:
    // A value or row was refused; column is -1 for a whole-row rule.
    void validationFailed(int row, int column, const QString& message);

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

private:
    bool setCurrency(const QModelIndex& index, const QVariant& stored);
    // QSqlTableModel::setData with stored-value reads and the dataChanged signal after them.
    bool setStoredValue(const QModelIndex& index, const QVariant& stored);
    QString requiredColumnsError(int row) const;

    const Database& m_database;
    const TableSpec& m_spec;
    ValueFormatter m_formatter;
    ValueValidator m_validator;
    QList<const ColumnSpec*> m_columns; // by model column
    QList<bool> m_notNull;              // by model column: the database refuses NULL
    QString m_lastValidationError;
    mutable int m_storedEditRole = 0; // > 0 while QSqlTableModel reads rows through data()
};
