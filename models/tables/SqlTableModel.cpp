#include "SqlTableModel.h"

#include "db/Database.h"
#include "services/AuditTrail.h"

#include <QJsonObject>
#include <QSignalBlocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Makes data(EditRole) answer the stored value while QSqlTableModel copies a row into its edit
// cache through QSqlQueryModel::record(row), which reads the virtual data().
class StoredValueScope
{
public:
    explicit StoredValueScope(int& depth) : m_depth(depth) { ++m_depth; }
    ~StoredValueScope() { --m_depth; }
    StoredValueScope(const StoredValueScope&) = delete;
    StoredValueScope& operator=(const StoredValueScope&) = delete;

private:
    int& m_depth;
};

} // namespace

SqlTableModel::SqlTableModel(const Database& database, const TableSpec& spec, QObject* parent)
    : QSqlTableModel(parent, database.connection()), m_database(database), m_spec(spec),
      m_formatter(database.dialect()), m_validator(database.dialect()), m_access(AccessContext::nobody())
{
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setTable(spec.name);
    // The database's own column list decides the model's columns; the catalog adds types and headers.
    const QSqlRecord fields = database.connection().record(spec.name);
    for (int column = 0; column < columnCount(); ++column) {
        const ColumnSpec* columnSpec = spec.column(fields.fieldName(column));
        m_columns << columnSpec;
        m_notNull << ((columnSpec && columnSpec->required) ||
                      fields.field(column).requiredStatus() == QSqlField::Required);
        if (columnSpec)
            setHeaderData(column, Qt::Horizontal, TableCatalog::columnHeader(*columnSpec));
    }
}

void SqlTableModel::setAccessContext(AccessContextPtr context)
{
    m_access = context ? std::move(context) : AccessContext::nobody();
}

bool SqlTableModel::can(PermissionService::Action action) const
{
    return m_access->can(m_spec.name, action);
}

bool SqlTableModel::deny(PermissionService::Action action)
{
    const QString message = m_access->deniedMessage(m_spec.name, action);
    m_lastValidationError = message;
    emit accessDenied(message);
    return false;
}

const TableSpec& SqlTableModel::catalogSpec(const char* table)
{
    const TableSpec* spec = TableCatalog::find(QLatin1String(table));
    if (!spec)
        qFatal("SqlTableModel: table %s is not in the TableCatalog", table);
    return *spec;
}

const ColumnSpec* SqlTableModel::columnSpec(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : nullptr;
}

QVariant SqlTableModel::storedValue(int row, const QString& column) const
{
    return QSqlTableModel::data(index(row, fieldIndex(column)), Qt::EditRole);
}

QString SqlTableModel::currencyOf(int row, const ColumnSpec& column) const
{
    if (column.currencyColumn.isEmpty())
        return QString();
    return storedValue(row, column.currencyColumn).toString();
}

Money SqlTableModel::moneyValue(int row, const QString& column) const
{
    const ColumnSpec* spec = m_spec.column(column);
    const QString currency = spec ? currencyOf(row, *spec) : QString();
    return m_formatter.money(storedValue(row, column), currency);
}

QString SqlTableModel::columnTitle(const QString& column) const
{
    const ColumnSpec* spec = m_spec.column(column);
    return spec ? TableCatalog::columnHeader(*spec) : column;
}

QVariant SqlTableModel::data(const QModelIndex& index, int role) const
{
    const ColumnSpec* column = index.isValid() ? columnSpec(index.column()) : nullptr;
    if (!column || (role == Qt::EditRole && m_storedEditRole > 0))
        return QSqlTableModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::CheckStateRole:
    case Qt::TextAlignmentRole:
    case RawValueRole:
        return m_formatter.data(*column, QSqlTableModel::data(index, Qt::EditRole), currencyOf(index.row(), *column),
                                role);
    default:
        return QSqlTableModel::data(index, role);
    }
}

Qt::ItemFlags SqlTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QSqlTableModel::flags(index);
    const ColumnSpec* column = index.isValid() ? columnSpec(index.column()) : nullptr;
    if (column && column->readOnly)
        result &= ~Qt::ItemIsEditable;
    if ((result & Qt::ItemIsEditable) &&
        !can(rowIsInserted(index.row()) ? PermissionService::Action::Create : PermissionService::Action::Update))
        result &= ~Qt::ItemIsEditable;
    if (column && column->type == ColumnType::Boolean && (result & Qt::ItemIsEditable))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool SqlTableModel::refuse(int row, int column, const QString& message)
{
    m_lastValidationError = message;
    emit validationFailed(row, column, message);
    return false;
}

bool SqlTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (checkIndex(index, CheckIndexOption::IndexIsValid)) {
        const auto action =
            rowIsInserted(index.row()) ? PermissionService::Action::Create : PermissionService::Action::Update;
        if (!can(action))
            return deny(action);
    }
    const ColumnSpec* column = index.isValid() ? columnSpec(index.column()) : nullptr;
    if (!column || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QSqlTableModel::setData(index, value, role);

    QVariant input = value;
    if (role == Qt::CheckStateRole && column->type == ColumnType::Boolean)
        input = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;

    const int row = index.row();
    const QString title = TableCatalog::columnHeader(*column);
    if (column->readOnly)
        return refuse(row, index.column(), tr("%1 cannot be changed.").arg(title));
    if (!(QSqlTableModel::flags(index) & Qt::ItemIsEditable))
        return refuse(row, index.column(), tr("%1 cannot be changed in this row.").arg(title));

    QString reason;
    const auto stored =
        m_validator.toStored(*column, input, currencyOf(row, *column), m_notNull.value(index.column()), &reason);
    if (!stored)
        return refuse(row, index.column(), tr("%1: %2.").arg(title, reason));

    if (column->type == ColumnType::Currency) {
        if (!setCurrency(index, *stored))
            return false;
    } else if (!setStoredValue(index, *stored)) {
        return refuse(row, index.column(), tr("%1 could not be changed: %2").arg(title, lastError().text()));
    }
    m_lastValidationError.clear();
    return true;
}

// A new currency changes what a stored amount means on SQLite (minor units), and the amount
// must fit the new currency's decimals on both engines: re-express the row's amounts first.
bool SqlTableModel::setCurrency(const QModelIndex& index, const QVariant& stored)
{
    const int row = index.row();
    const QString name = m_columns.at(index.column())->name;
    const QString oldCurrency = storedValue(row, name).toString();
    const QString newCurrency = stored.toString();
    QList<QPair<int, QVariant>> amounts;
    if (!oldCurrency.isEmpty() && oldCurrency != newCurrency) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const ColumnSpec* spec = m_columns.at(column);
            if (!spec || spec->type != ColumnType::Money || spec->currencyColumn != name)
                continue;
            const auto converted = m_validator.convertMoney(storedValue(row, spec->name), oldCurrency, newCurrency);
            if (!converted) {
                return refuse(row, index.column(),
                              tr("%1: %2 has more decimals than %3 allows.")
                                  .arg(TableCatalog::columnHeader(*m_columns.at(index.column())),
                                       TableCatalog::columnHeader(*spec), newCurrency));
            }
            amounts.append({column, *converted});
        }
    }
    if (!setStoredValue(index, stored))
        return refuse(row, index.column(), lastError().text());
    for (const auto& [column, value] : std::as_const(amounts))
        setStoredValue(this->index(row, column), value);
    return true;
}

bool SqlTableModel::setStoredValue(const QModelIndex& index, const QVariant& stored)
{
    bool changed = false;
    {
        StoredValueScope scope(m_storedEditRole);
        const QSignalBlocker blocker(this);
        changed = QSqlTableModel::setData(index, stored, Qt::EditRole);
    }
    if (changed)
        emit dataChanged(index, index);
    return changed;
}

void SqlTableModel::setEditStrategy(EditStrategy strategy)
{
    if (strategy != OnManualSubmit)
        qWarning("SqlTableModel: only OnManualSubmit is supported (rows are validated as a whole on submit)");
    QSqlTableModel::setEditStrategy(OnManualSubmit);
}

bool SqlTableModel::select()
{
    if (canRead())
        return QSqlTableModel::select();
    // selectStatement() reads no rows while "read" is denied: the model is emptied, its columns stay.
    QSqlTableModel::select();
    const QString message = m_access->deniedMessage(m_spec.name, PermissionService::Action::Read);
    setLastError(QSqlError(message, QString(), QSqlError::StatementError));
    emit accessDenied(message);
    return false;
}

QString SqlTableModel::selectStatement() const
{
    if (canRead())
        return QSqlTableModel::selectStatement();
    return QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(Dialect::quoteIdentifier(m_spec.name));
}

bool SqlTableModel::selectRow(int row)
{
    if (!canRead())
        return deny(PermissionService::Action::Read);
    return QSqlTableModel::selectRow(row);
}

bool SqlTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (!can(PermissionService::Action::Create))
        return deny(PermissionService::Action::Create);
    return QSqlTableModel::insertRows(row, count, parent);
}

bool SqlTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    // Dropping a row that was never written needs no permission; a stored row needs "delete".
    for (int current = row; current < row + count; ++current) {
        if (!rowIsInserted(current) && !can(PermissionService::Action::Delete))
            return deny(PermissionService::Action::Delete);
    }
    // Last to first, as QSqlTableModel does: a pending insert is dropped (rows removed), a
    // stored row is marked for deletion (its vertical header changes).
    for (int current = row + count - 1; current >= row; --current) {
        if (rowIsInserted(current)) {
            if (!QSqlTableModel::removeRows(current, 1, parent))
                return false;
            continue;
        }
        bool marked = false;
        {
            StoredValueScope scope(m_storedEditRole);
            const QSignalBlocker blocker(this);
            marked = QSqlTableModel::removeRows(current, 1, parent);
        }
        if (!marked)
            return false;
        emit headerDataChanged(Qt::Vertical, current, current);
    }
    return true;
}

QSqlRecord SqlTableModel::record(int row) const
{
    StoredValueScope scope(m_storedEditRole);
    return QSqlTableModel::record(row);
}

bool SqlTableModel::setRecord(int row, const QSqlRecord& record)
{
    if (row >= 0 && row < rowCount()) {
        const auto action = rowIsInserted(row) ? PermissionService::Action::Create : PermissionService::Action::Update;
        if (!can(action))
            return deny(action);
    }
    bool changed = false;
    {
        StoredValueScope scope(m_storedEditRole);
        const QSignalBlocker blocker(this);
        changed = QSqlTableModel::setRecord(row, record);
    }
    if (changed)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return changed;
}

QString SqlTableModel::validateRow(int row) const
{
    Q_UNUSED(row);
    return QString();
}

bool SqlTableModel::rowIsInserted(int row) const
{
    // QSqlTableModel marks pending inserts "*" and pending deletes "!" in its vertical header.
    return QSqlTableModel::headerData(row, Qt::Vertical, Qt::DisplayRole).toString() == QLatin1String("*");
}

bool SqlTableModel::rowIsDeleted(int row) const
{
    return QSqlTableModel::headerData(row, Qt::Vertical, Qt::DisplayRole).toString() == QLatin1String("!");
}

bool SqlTableModel::rowIsDirty(int row) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (isDirty(index(row, column)))
            return true;
    }
    return false;
}

QString SqlTableModel::requiredColumnsError(int row) const
{
    QStringList missing;
    for (const ColumnSpec* column : m_columns) {
        if (column && column->required && !column->readOnly && storedValue(row, column->name).isNull())
            missing << TableCatalog::columnHeader(*column);
    }
    if (missing.isEmpty())
        return QString();
    return tr("A value is required for %1.").arg(missing.join(QStringLiteral(", ")));
}

bool SqlTableModel::submitValidated(QString* error)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowIsDeleted(row) || !rowIsDirty(row))
            continue;
        QString message = rowIsInserted(row) ? requiredColumnsError(row) : QString();
        if (message.isEmpty())
            message = validateRow(row);
        if (!message.isEmpty()) {
            message = tr("Row %1: %2").arg(row + 1).arg(message);
            if (error)
                *error = message;
            return refuse(row, -1, message);
        }
    }
    if (!writePending(error))
        return false;
    m_lastValidationError.clear();
    return true;
}

bool SqlTableModel::submitAll()
{
    if (!writePending(nullptr))
        return false;
    m_lastValidationError.clear();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Writing: permissions, one transaction, audit entries

std::optional<PermissionService::Action> SqlTableModel::deniedPendingAction() const
{
    for (int row = 0; row < rowCount(); ++row) {
        std::optional<PermissionService::Action> action;
        if (rowIsInserted(row))
            action = PermissionService::Action::Create;
        else if (rowIsDeleted(row))
            action = PermissionService::Action::Delete;
        else if (rowIsDirty(row))
            action = PermissionService::Action::Update;
        if (action && !can(*action))
            return action;
    }
    return std::nullopt;
}

bool SqlTableModel::setHookError(const QString& message)
{
    setLastError(QSqlError(message, QString(), QSqlError::StatementError));
    return false;
}

template <typename Write> bool SqlTableModel::inWriteTransaction(Write write)
{
    if (m_inWriteTransaction)
        return write();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return setHookError(transaction.errorText());
    m_inWriteTransaction = true;
    const bool written = write();
    m_inWriteTransaction = false;
    if (!written)
        return false; // rolled back by the Transaction
    QString error;
    if (!transaction.commit(&error))
        return setHookError(error);
    return true;
}

bool SqlTableModel::writePending(QString* error)
{
    const auto fail = [this, error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (const auto action = deniedPendingAction()) {
        deny(*action);
        return fail(m_lastValidationError);
    }
    if (!isDirty())
        return select() || fail(lastError().text());

    // QSqlTableModel::submitAll() would mark each written row as submitted before the last one is
    // known to succeed; a rolled-back transaction would then lose those edits. Writing the rows
    // here leaves the edit cache untouched until everything is committed.
    bool written = inWriteTransaction([this] {
        for (int row = 0; row < rowCount(); ++row) {
            bool ok = true;
            if (rowIsInserted(row))
                ok = insertRowIntoTable(record(row));
            else if (rowIsDeleted(row))
                ok = deleteRowFromTable(row);
            else if (rowIsDirty(row))
                ok = updateRowInTable(row, record(row));
            if (!ok)
                return false;
        }
        return true;
    });
    if (!written) {
        const QString message = lastError().text();
        m_lastValidationError = message;
        return fail(message);
    }
    // Everything is stored: read it back (as QSqlTableModel::submitAll does), which also empties the edit cache.
    return select() || fail(lastError().text());
}

bool SqlTableModel::insertRowIntoTable(const QSqlRecord& values)
{
    if (!can(PermissionService::Action::Create)) {
        deny(PermissionService::Action::Create);
        return setHookError(m_lastValidationError);
    }
    return inWriteTransaction([this, &values] {
        QSqlRecord row = values;
        emit beforeInsert(row);
        // INSERT ... RETURNING id, on both engines: the new row's id for its audit entry.
        QSqlDatabase connection = m_database.connection();
        QString statement = connection.driver()->sqlStatement(QSqlDriver::InsertStatement, tableName(), row, true);
        if (statement.isEmpty())
            return setHookError(tr("The new row in %1 has no values.").arg(m_spec.translatedTitle()));
        statement += QStringLiteral(" RETURNING id");
        QVariant id;
        {
            // Scoped: the statement is released before the audit write, which may fail and (on
            // PostgreSQL) abort the transaction, where no statement can be released any more.
            QSqlQuery query(connection);
            if (!query.prepare(statement)) {
                setLastError(query.lastError());
                return false;
            }
            for (int i = 0; i < row.count(); ++i) {
                if (row.isGenerated(i))
                    query.addBindValue(row.value(i));
            }
            if (!query.exec() || !query.next()) {
                setLastError(query.lastError());
                return false;
            }
            id = query.value(0);
        }

        const AuditTrail trail(m_database, *m_access);
        QString error;
        const auto created = trail.snapshot(m_spec, id, &error);
        if (!created || !trail.recordCreate(m_spec, id, *created, &error))
            return setHookError(error);
        return true;
    });
}

bool SqlTableModel::updateRowInTable(int row, const QSqlRecord& values)
{
    if (!can(PermissionService::Action::Update)) {
        deny(PermissionService::Action::Update);
        return setHookError(m_lastValidationError);
    }
    return inWriteTransaction([this, row, &values] {
        const QVariant id = primaryValues(row).value(QStringLiteral("id"));
        const AuditTrail trail(m_database, *m_access);
        QString error;
        const auto before = trail.snapshot(m_spec, id, &error);
        if (!before)
            return setHookError(error);
        // Edits that put back the stored values change nothing: no statement, no audit entry.
        if (!AuditTrail::changedFields(m_spec, *before, trail.toJson(m_spec, values, true), nullptr, nullptr))
            return true;
        if (!QSqlTableModel::updateRowInTable(row, values))
            return false;
        const auto after = trail.snapshot(m_spec, id, &error);
        if (!after || !trail.recordUpdate(m_spec, id, *before, *after, &error))
            return setHookError(error);
        return true;
    });
}

bool SqlTableModel::deleteRowFromTable(int row)
{
    if (!can(PermissionService::Action::Delete)) {
        deny(PermissionService::Action::Delete);
        return setHookError(m_lastValidationError);
    }
    return inWriteTransaction([this, row] {
        const QVariant id = primaryValues(row).value(QStringLiteral("id"));
        const AuditTrail trail(m_database, *m_access);
        QString error;
        const auto before = trail.snapshot(m_spec, id, &error);
        if (!before)
            return setHookError(error);
        if (!QSqlTableModel::deleteRowFromTable(row))
            return false;
        if (!trail.recordDelete(m_spec, id, *before, &error))
            return setHookError(error);
        return true;
    });
}
