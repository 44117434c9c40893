#include "ImportBatchWriter.h"

#include "AccessContext.h"
#include "AuditTrail.h"
#include "ImportTarget.h"
#include "ImportValidator.h"
#include "db/Database.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <algorithm>
#include <atomic>

namespace {

// SQLite, execTuples(): statements of up to this many rows. Fewer, bigger statements mean fewer
// flushes of the FTS5 index, but Qt's QSqlQuery::prepare() takes time quadratic in the number of
// placeholders (~85 ms for 256 rows of 14, 4 s for 2048), so 256 it is. At most SqliteMaxParameters
// (SQLite's limit since 3.32; an older SQLite refuses the statement and gets smaller ones) and up
// to SqliteExactTuples rows get a statement of their own size; more share padded ones.
constexpr int SqliteMaxTuples = 256;
constexpr int SqliteMaxParameters = 32766;
constexpr int SqliteExactTuples = 16;
constexpr int SqliteInChunk = 500;
constexpr int PostgresArrayRows = 5000;

// One element of a PostgreSQL array literal.
void appendArrayElement(QString& out, const QVariant& value)
{
    if (value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    QString text;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += value.toString();
        return;
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1Char('t') : QLatin1Char('f');
        return;
    case QMetaType::QDateTime:
        text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    default:
        text = value.toString();
        break;
    }
    out.reserve(out.size() + text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
}

QString arrayLiteral(const QVariantList& values)
{
    QString out;
    out.reserve(values.size() * 16 + 2);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendArrayElement(out, values.at(i));
    }
    out += QLatin1Char('}');
    return out;
}

QJsonArray jsonIds(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

ImportBatchWriter::ImportBatchWriter(const Database& database, const AccessContext& access,
                                     const ImportValidator& validator, bool updateDuplicates)
    : m_database(database), m_access(access), m_validator(validator), m_target(validator.target()),
      m_update(updateDuplicates), m_postgres(database.dialect().isPostgres())
{
    const QList<ImportField>& fields = m_target.fields();
    m_customerIdField =
        m_target.kind() == ImportTarget::Kind::PaymentRecords ? m_target.indexOf(ImportTarget::customerIdField()) : -1;
    const int keyField = m_target.indexOf(m_target.keyField());
    for (int i = 0; i < fields.size(); ++i) {
        if (!fields.at(i).stored)
            continue;
        // Created rows get every mapped column, the customer id (named by id or by email) and
        // every column with an import default (status has none in the schema).
        const bool mapped = m_validator.isMapped(i) || i == m_customerIdField;
        if (mapped || !fields.at(i).defaultText.isEmpty())
            m_insertFields << i;
        if (mapped && i != keyField)
            m_updateFields << i;
    }
    if (m_postgres)
        detectColumnTypes();
}

ImportBatchWriter::~ImportBatchWriter()
{
    m_statements.clear(); // finalized: the staging table can go
    if (!m_stage.isEmpty()) {
        QString ignored;
        exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(m_stage), &ignored);
    }
}

void ImportBatchWriter::createStage()
{
    // Outside the batch's transaction, so that a rolled-back batch does not take it along. A
    // name of its own per writer; untyped columns keep the bound values as they are.
    static std::atomic<int> stages{0};
    const QString name = QStringLiteral("collectdesk_import_stage_%1").arg(++stages);
    const int width = int(std::max(m_insertFields.size(), m_updateFields.size() + 1));
    QStringList columns;
    for (int c = 0; c < width; ++c)
        columns << QStringLiteral("c%1").arg(c);
    QString ignored;
    if (exec(QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(name, columns.join(QStringLiteral(", "))), &ignored))
        m_stage = name; // otherwise: statements straight into the table
    m_stageTried = true;
}

bool ImportBatchWriter::fillStage(const QList<ImportRow*>& rows, int columns, const CellOf& cell, QString* error)
{
    if (!exec(QStringLiteral("DELETE FROM temp.%1").arg(m_stage), error))
        return false;
    QStringList targets;
    QStringList sources;
    for (int c = 0; c < columns; ++c) {
        targets << QStringLiteral("c%1").arg(c);
        sources << QStringLiteral("column%1").arg(c + 2);
    }
    const QString pattern =
        QStringLiteral("INSERT INTO temp.%1 (%2) SELECT %3 FROM (VALUES %4) WHERE column1 = 1")
            .arg(m_stage, targets.join(QLatin1Char(',')), sources.join(QLatin1Char(',')), QStringLiteral("%1"));
    return execTuples(
        pattern, rows, columns, cell,
        [error](QSqlQuery* query) {
            if (query->exec())
                return true;
            *error = query->lastError().text();
            return false;
        },
        error);
}

QString ImportBatchWriter::placeholder(int index)
{
    while (m_placeholders.size() <= index)
        m_placeholders << QStringLiteral(":v%1").arg(m_placeholders.size());
    return m_placeholders.at(index);
}

bool ImportBatchWriter::execTuples(const QString& pattern, const QList<ImportRow*>& rows, int columns,
                                   const CellOf& cell, const std::function<bool(QSqlQuery*)>& run, QString* error)
{
    // Tuples of (marker, columns...); the statement reads only those whose marker is 1, so one
    // prepared statement of `capacity` tuples serves every smaller number of rows (the others
    // are bound with marker 0): few statements, each prepared once.
    const int width = columns + 1;
    for (qsizetype done = 0; done < rows.size();) {
        const int maxRows = std::max(1, std::min({m_maxTuples, SqliteMaxTuples, SqliteMaxParameters / width}));
        const int remaining = int(std::min<qsizetype>(maxRows, rows.size() - done));
        int capacity = remaining;
        if (capacity > SqliteExactTuples) {
            capacity = SqliteExactTuples * 2;
            while (capacity < remaining)
                capacity *= 2;
            capacity = std::min(capacity, maxRows);
        }
        const quint64 shape = (quint64(capacity) << 32) | quint64(width);
        auto list = m_valuesLists.find(shape);
        if (list == m_valuesLists.end()) {
            QString sql;
            sql.reserve(capacity * width * 8);
            for (int r = 0; r < capacity; ++r) {
                sql += r > 0 ? QStringLiteral(",(") : QStringLiteral("(");
                for (int c = 0; c < width; ++c) {
                    if (c > 0)
                        sql += QLatin1Char(',');
                    sql += placeholder(r * width + c);
                }
                sql += QLatin1Char(')');
            }
            list = m_valuesLists.insert(shape, sql);
        }
        QSqlQuery* query = statement(pattern.arg(list.value()), error);
        if (!query && capacity > SqliteExactTuples) {
            m_maxTuples = capacity / 2; // too many parameters for this SQLite: smaller statements
            continue;
        }
        if (!query)
            return false;
        int& bound = m_boundTuples[query]; // tuples bound at least once (the rest are NULL)
        for (int r = 0; r < capacity; ++r) {
            const int first = r * width;
            if (r < remaining) {
                query->bindValue(placeholder(first), 1);
                const ImportRow& row = *rows.at(done + r);
                for (int c = 0; c < columns; ++c)
                    query->bindValue(placeholder(first + c + 1), cell(row, c));
            } else {
                query->bindValue(placeholder(first), 0);
                if (r >= bound) {
                    for (int c = 0; c < columns; ++c)
                        query->bindValue(placeholder(first + c + 1), QVariant());
                }
            }
        }
        bound = std::max(bound, capacity);
        if (!run(query))
            return false;
        done += remaining;
    }
    return true;
}

void ImportBatchWriter::detectColumnTypes()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                                 "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
    query.addBindValue(m_target.table());
    if (!query.exec())
        return;
    while (query.next())
        m_columnTypes.insert(query.value(0).toString(), query.value(1).toString());
}

QString ImportBatchWriter::arrayType(const QString& column) const
{
    return m_columnTypes.value(column, QStringLiteral("text")) + QStringLiteral("[]");
}

QSqlQuery* ImportBatchWriter::statement(const QString& sql, QString* error)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError().text();
        return nullptr;
    }
    QSqlQuery* raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

bool ImportBatchWriter::exec(const QString& sql, QString* error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

const QVariant& ImportBatchWriter::storedValue(const ImportRow& row, int fieldIndex) const
{
    const QVariant& value = row.values.at(fieldIndex);
    return value.isNull() ? m_validator.defaultValue(fieldIndex) : value;
}

// ---------------------------------------------------------------------------------------------
// resolve

bool ImportBatchWriter::selectMatches(const QString& table, const QString& column, const QVariantList& values,
                                      bool integer, Matches* matches, QString* error)
{
    const QString head = QStringLiteral("SELECT id, %1 FROM %2 WHERE %1")
                             .arg(Dialect::quoteIdentifier(column), Dialect::quoteIdentifier(table));
    auto collect = [&](QSqlQuery* query) {
        if (!query->exec()) {
            *error = tr("Cannot look up %1 in %2: %3").arg(column, table, query->lastError().text());
            return false;
        }
        while (query->next())
            (*matches)[query->value(1).toString()].append(query->value(0).toLongLong());
        query->finish();
        return true;
    };
    if (m_postgres) {
        QSqlQuery* query = statement(head + QStringLiteral(" = ANY(CAST(? AS %1))")
                                                .arg(integer ? QStringLiteral("bigint[]") : QStringLiteral("text[]")),
                                     error);
        if (!query)
            return false;
        query->bindValue(0, arrayLiteral(values));
        return collect(query);
    }
    for (qsizetype first = 0; first < values.size(); first += SqliteInChunk) {
        const qsizetype count = std::min<qsizetype>(SqliteInChunk, values.size() - first);
        // A list of 2^k placeholders (or SqliteInChunk), the last value repeated: few statements.
        qsizetype capacity = 1;
        while (capacity < count)
            capacity *= 2;
        capacity = std::min<qsizetype>(capacity, SqliteInChunk);
        QStringList marks;
        for (qsizetype i = 0; i < capacity; ++i)
            marks << placeholder(int(i));
        QSqlQuery* query = statement(head + QStringLiteral(" IN (%1)").arg(marks.join(QLatin1Char(','))), error);
        if (!query)
            return false;
        for (qsizetype i = 0; i < capacity; ++i)
            query->bindValue(placeholder(int(i)), values.at(first + std::min(i, count - 1)));
        if (!collect(query))
            return false;
    }
    return true;
}

bool ImportBatchWriter::resolve(QList<ImportRow>& rows, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = resolveKeys(rows, error) &&
                    (m_target.kind() != ImportTarget::Kind::PaymentRecords || resolveCustomers(rows, error));
    m_timings.lookupNs += timer.nsecsElapsed();
    return ok;
}

bool ImportBatchWriter::resolveKeys(QList<ImportRow>& rows, QString* error)
{
    // Duplicates in the database, by key.
    QVariantList keys;
    QSet<QString> seen;
    for (const ImportRow& row : std::as_const(rows)) {
        if (row.outcome == ImportRow::Outcome::Pending && !row.key.isEmpty() && !seen.contains(row.key)) {
            seen.insert(row.key);
            keys << row.key;
        }
    }
    if (!keys.isEmpty()) {
        Matches matches;
        if (!selectMatches(m_target.table(), m_target.keyField(), keys, false, &matches, error))
            return false;
        const QString keyName = m_validator.columnName(m_target.indexOf(m_target.keyField()));
        for (ImportRow& row : rows) {
            if (row.outcome != ImportRow::Outcome::Pending || row.key.isEmpty())
                continue;
            const QList<qint64> ids = matches.value(row.key);
            if (ids.isEmpty())
                continue;
            if (!m_update) {
                row.outcome = ImportRow::Outcome::SkippedDuplicate;
                row.existingId = ids.first();
                row.note = tr("Line %1: %2 \"%3\" is already in the database (id %4); skipped.")
                               .arg(row.line)
                               .arg(keyName, row.key)
                               .arg(ids.first());
            } else if (ids.size() > 1) {
                QStringList list;
                for (const qint64 id : ids)
                    list << QString::number(id);
                row.fail(tr("Line %1, column %2: \"%3\" matches %4 rows in the database (ids %5), so it is unclear "
                            "which one to update.")
                             .arg(row.line)
                             .arg(keyName, row.key)
                             .arg(ids.size())
                             .arg(list.join(QStringLiteral(", "))));
            } else {
                row.existingId = ids.first();
            }
        }
    }
    return true;
}

bool ImportBatchWriter::resolveCustomers(QList<ImportRow>& rows, QString* error)
{
    QVariantList emails;
    QVariantList ids;
    QSet<QString> seenEmails;
    QSet<qint64> seenIds;
    for (const ImportRow& row : std::as_const(rows)) {
        if (row.outcome != ImportRow::Outcome::Pending)
            continue;
        if (!row.customerEmail.isEmpty()) {
            if (!seenEmails.contains(row.customerEmail)) {
                seenEmails.insert(row.customerEmail);
                emails << row.customerEmail;
            }
        } else {
            const qint64 id = row.values.at(m_customerIdField).toLongLong();
            if (!seenIds.contains(id)) {
                seenIds.insert(id);
                ids << id;
            }
        }
    }
    const QString customers = QStringLiteral("customers");
    Matches byEmail;
    Matches byId;
    if (!emails.isEmpty() && !selectMatches(customers, QStringLiteral("email"), emails, false, &byEmail, error))
        return false;
    if (!ids.isEmpty() && !selectMatches(customers, QStringLiteral("id"), ids, true, &byId, error))
        return false;
    const int emailField = m_target.indexOf(ImportTarget::customerEmailField());
    for (ImportRow& row : rows) {
        if (row.outcome != ImportRow::Outcome::Pending)
            continue;
        if (!row.customerEmail.isEmpty()) {
            const QList<qint64> found = byEmail.value(row.customerEmail);
            if (found.size() == 1) {
                row.values[m_customerIdField] = found.first();
            } else if (found.isEmpty()) {
                row.fail(tr("Line %1, column %2: no customer has the email %3.")
                             .arg(row.line)
                             .arg(m_validator.columnName(emailField), row.customerEmail));
            } else {
                row.fail(tr("Line %1, column %2: %3 customers have the email %4; name the customer by %5 instead.")
                             .arg(row.line)
                             .arg(m_validator.columnName(emailField))
                             .arg(found.size())
                             .arg(row.customerEmail, m_target.fields().at(m_customerIdField).translatedLabel()));
            }
        } else {
            const qint64 id = row.values.at(m_customerIdField).toLongLong();
            if (!byId.contains(QString::number(id)))
                row.fail(tr("Line %1, column %2: there is no customer with the id %3.")
                             .arg(row.line)
                             .arg(m_validator.columnName(m_customerIdField))
                             .arg(id));
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// write

bool ImportBatchWriter::insertRows(const QList<ImportRow*>& rows, QList<qint64>* created, QString* error)
{
    const QList<ImportField>& fields = m_target.fields();
    QStringList columns;
    for (const int f : std::as_const(m_insertFields))
        columns << Dialect::quoteIdentifier(fields.at(f).name);
    const QString head = QStringLiteral("INSERT INTO %1 (%2) ")
                             .arg(Dialect::quoteIdentifier(m_target.table()), columns.join(QStringLiteral(", ")));
    auto run = [&](QSqlQuery* query) {
        if (!query->exec()) {
            *error = query->lastError().text();
            return false;
        }
        while (query->next())
            created->append(query->value(0).toLongLong());
        query->finish(); // SQLite cannot commit while a RETURNING statement is open
        return true;
    };

    if (m_postgres) {
        QStringList arrays;
        for (const int f : std::as_const(m_insertFields))
            arrays << QStringLiteral("CAST(? AS %1)").arg(arrayType(fields.at(f).name));
        QSqlQuery* query = statement(
            head + QStringLiteral("SELECT * FROM unnest(%1) RETURNING id").arg(arrays.join(QStringLiteral(", "))),
            error);
        if (!query)
            return false;
        for (qsizetype first = 0; first < rows.size(); first += PostgresArrayRows) {
            const qsizetype count = std::min<qsizetype>(PostgresArrayRows, rows.size() - first);
            for (int c = 0; c < m_insertFields.size(); ++c) {
                QVariantList column;
                column.reserve(count);
                for (qsizetype r = first; r < first + count; ++r)
                    column << storedValue(*rows.at(r), m_insertFields.at(c));
                query->bindValue(c, arrayLiteral(column));
            }
            if (!run(query))
                return false;
        }
        return true;
    }

    // SQLite. Every statement that writes to customers makes its FTS5 search index (migration
    // 0003) flush its pending terms into a new segment, which has to be merged later, so a batch
    // goes in with ONE statement: its rows are collected in a TEMP staging table (execTuples():
    // statements of up to 256 rows, cheap without an index), then INSERT ... SELECT in file order.
    // A handful of rows (or no staging table) go in directly.
    const int width = int(m_insertFields.size());
    const CellOf cell = [this](const ImportRow& row, int column) {
        return storedValue(row, m_insertFields.at(column));
    };
    if (m_stage.isEmpty() || rows.size() <= SqliteExactTuples) {
        QStringList tupleColumns;
        for (int c = 0; c < width; ++c)
            tupleColumns << QStringLiteral("column%1").arg(c + 2);
        const QString pattern = head + QStringLiteral("SELECT %1 FROM (VALUES %2) WHERE column1 = 1 RETURNING id")
                                           .arg(tupleColumns.join(QLatin1Char(',')), QStringLiteral("%1"));
        return execTuples(pattern, rows, width, cell, run, error);
    }
    if (!fillStage(rows, width, cell, error))
        return false;
    QStringList stageColumns;
    for (int c = 0; c < width; ++c)
        stageColumns << QStringLiteral("c%1").arg(c);
    QSqlQuery* query = statement(head + QStringLiteral("SELECT %1 FROM temp.%2 ORDER BY rowid RETURNING id")
                                            .arg(stageColumns.join(QLatin1Char(',')), m_stage),
                                 error);
    return query && run(query);
}

bool ImportBatchWriter::updateRows(const QList<ImportRow*>& rows, QString* error)
{
    if (rows.isEmpty() || m_updateFields.isEmpty()) // nothing but the key mapped: nothing to change
        return true;
    const QList<ImportField>& fields = m_target.fields();
    const QString table = Dialect::quoteIdentifier(m_target.table());
    if (m_postgres) {
        QStringList sets;
        QStringList arrays{QStringLiteral("CAST(? AS bigint[])")};
        QStringList names{QStringLiteral("id")};
        for (const int f : std::as_const(m_updateFields)) {
            const QString column = Dialect::quoteIdentifier(fields.at(f).name);
            sets << QStringLiteral("%1 = COALESCE(v.%1, t.%1)").arg(column);
            arrays << QStringLiteral("CAST(? AS %1)").arg(arrayType(fields.at(f).name));
            names << column;
        }
        QSqlQuery* query = statement(QStringLiteral("UPDATE %1 AS t SET %2 FROM unnest(%3) AS v(%4) WHERE t.id = v.id")
                                         .arg(table, sets.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")),
                                              names.join(QStringLiteral(", "))),
                                     error);
        if (!query)
            return false;
        for (qsizetype first = 0; first < rows.size(); first += PostgresArrayRows) {
            const qsizetype count = std::min<qsizetype>(PostgresArrayRows, rows.size() - first);
            QVariantList ids;
            for (qsizetype r = first; r < first + count; ++r)
                ids << rows.at(r)->existingId;
            query->bindValue(0, arrayLiteral(ids));
            for (int c = 0; c < m_updateFields.size(); ++c) {
                QVariantList column;
                for (qsizetype r = first; r < first + count; ++r)
                    column << rows.at(r)->values.at(m_updateFields.at(c)); // null: keep the stored value
                query->bindValue(c + 1, arrayLiteral(column));
            }
            if (!query->exec()) {
                *error = query->lastError().text();
                return false;
            }
        }
        return true;
    }
    // SQLite: ONE UPDATE ... FROM the staging table for the batch (see insertRows()), or a VALUES
    // list for a handful of rows; the first column is the id, the others the new values (NULL:
    // keep the stored value).
    const int width = int(m_updateFields.size()) + 1;
    const CellOf cell = [this](const ImportRow& row, int column) {
        return column == 0 ? QVariant(row.existingId) : row.values.at(m_updateFields.at(column - 1));
    };
    const auto run = [error](QSqlQuery* query) {
        if (query->exec())
            return true;
        *error = query->lastError().text();
        return false;
    };
    const bool staged = !m_stage.isEmpty() && rows.size() > SqliteExactTuples;
    QStringList sets;
    for (int c = 1; c < width; ++c)
        sets << QStringLiteral("%1 = COALESCE(s.%2, %1)")
                    .arg(Dialect::quoteIdentifier(fields.at(m_updateFields.at(c - 1)).name),
                         staged ? QStringLiteral("c%1").arg(c) : QStringLiteral("column%1").arg(c + 2));
    if (!staged) {
        const QString pattern =
            QStringLiteral(
                "UPDATE %1 SET %2 FROM (SELECT * FROM (VALUES %3) WHERE column1 = 1) AS s WHERE %1.id = s.column2")
                .arg(table, sets.join(QStringLiteral(", ")), QStringLiteral("%1"));
        return execTuples(pattern, rows, width, cell, run, error);
    }
    if (!fillStage(rows, width, cell, error))
        return false;
    QSqlQuery* query = statement(QStringLiteral("UPDATE %1 SET %2 FROM temp.%3 AS s WHERE %1.id = s.c0")
                                     .arg(table, sets.join(QStringLiteral(", ")), m_stage),
                                 error);
    return query && run(query);
}

bool ImportBatchWriter::writeBulk(const QList<ImportRow*>& rows, QList<qint64>* created, QList<qint64>* updated,
                                  QString* error)
{
    QList<ImportRow*> creates;
    QList<ImportRow*> updates;
    for (ImportRow* row : rows)
        (row->existingId > 0 ? updates : creates) << row;
    QElapsedTimer timer;
    timer.start();
    if (!insertRows(creates, created, error))
        return false;
    m_timings.insertNs += timer.nsecsElapsed();
    timer.restart();
    if (!updateRows(updates, error))
        return false;
    m_timings.updateNs += timer.nsecsElapsed();
    for (ImportRow* row : std::as_const(creates))
        row->outcome = ImportRow::Outcome::Created;
    for (ImportRow* row : std::as_const(updates)) {
        row->outcome = ImportRow::Outcome::Updated;
        updated->append(row->existingId);
    }
    return true;
}

bool ImportBatchWriter::writeOneByOne(const QList<ImportRow*>& rows, QList<qint64>* created, QList<qint64>* updated,
                                      QString* error)
{
    for (ImportRow* row : rows) {
        if (!exec(QStringLiteral("SAVEPOINT collectdesk_import_row"), error))
            return false;
        QString rowError;
        const bool ok = row->existingId > 0 ? updateRows({row}, &rowError) : insertRows({row}, created, &rowError);
        if (!ok) {
            if (!exec(QStringLiteral("ROLLBACK TO SAVEPOINT collectdesk_import_row"), error))
                return false;
            row->fail(tr("Line %1: the database refused the record: %2").arg(row->line).arg(rowError));
        } else if (row->existingId > 0) {
            row->outcome = ImportRow::Outcome::Updated;
            updated->append(row->existingId);
        } else {
            row->outcome = ImportRow::Outcome::Created;
        }
        if (!exec(QStringLiteral("RELEASE SAVEPOINT collectdesk_import_row"), error))
            return false;
    }
    return true;
}

bool ImportBatchWriter::audit(const QList<ImportRow>& rows, const QJsonObject& auditValues,
                              const QList<qint64>& created, const QList<qint64>& updated, QString* error)
{
    QJsonObject values = auditValues;
    qint64 skipped = 0;
    qint64 failed = 0;
    for (const ImportRow& row : rows) {
        if (row.outcome == ImportRow::Outcome::SkippedDuplicate)
            ++skipped;
        else if (row.outcome == ImportRow::Outcome::Failed)
            ++failed;
    }
    values.insert(QStringLiteral("records"), rows.size());
    if (!rows.isEmpty()) {
        values.insert(QStringLiteral("first_line"), rows.first().line);
        values.insert(QStringLiteral("last_line"), rows.last().line);
    }
    values.insert(QStringLiteral("created"), created.size());
    values.insert(QStringLiteral("updated"), updated.size());
    values.insert(QStringLiteral("skipped_duplicates"), skipped);
    values.insert(QStringLiteral("failed"), failed);
    values.insert(QStringLiteral("created_ids"), jsonIds(created));
    values.insert(QStringLiteral("updated_ids"), jsonIds(updated));
    const TableSpec* spec = TableCatalog::find(m_target.table());
    Q_ASSERT(spec);
    return AuditTrail(m_database, m_access)
        .recordEvent(QStringLiteral("import"), *spec, QVariant(), QJsonObject(), values, error);
}

bool ImportBatchWriter::write(QList<ImportRow>& rows, const QJsonObject& auditValues, QString* error)
{
    QList<ImportRow*> pending;
    for (ImportRow& row : rows) {
        if (row.outcome == ImportRow::Outcome::Pending)
            pending << &row;
    }
    if (pending.isEmpty())
        return true;
    if (!m_postgres && !m_stageTried && pending.size() > SqliteExactTuples)
        createStage();

    QString firstError;
    {
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(m_database);
        m_timings.commitNs += timer.nsecsElapsed();
        QList<qint64> created;
        QList<qint64> updated;
        if (!transaction.isActive()) {
            firstError = transaction.errorText();
        } else if (writeBulk(pending, &created, &updated, &firstError)) {
            timer.restart();
            const bool audited = audit(rows, auditValues, created, updated, &firstError);
            m_timings.auditNs += timer.nsecsElapsed();
            timer.restart();
            const bool committed = audited && transaction.commit(&firstError);
            m_timings.commitNs += timer.nsecsElapsed();
            if (committed)
                return true;
        }
    } // rolled back
    QElapsedTimer retryTimer;
    retryTimer.start();
    auto retried = qScopeGuard([&]() { m_timings.retryNs += retryTimer.nsecsElapsed(); });
    for (ImportRow* row : std::as_const(pending))
        row->outcome = ImportRow::Outcome::Pending;

    // Again, row by row: only the rows the database refuses fail.
    QString fatal;
    {
        Transaction transaction(m_database);
        QList<qint64> created;
        QList<qint64> updated;
        if (!transaction.isActive()) {
            fatal = transaction.errorText();
        } else if (writeOneByOne(pending, &created, &updated, &fatal) &&
                   (created.size() + updated.size() == 0 || audit(rows, auditValues, created, updated, &fatal)) &&
                   transaction.commit(&fatal)) {
            return true;
        }
    }
    if (fatal.isEmpty())
        fatal = firstError;
    *error = tr("The batch from line %1 to %2 could not be stored: %3")
                 .arg(rows.first().line)
                 .arg(rows.last().line)
                 .arg(fatal);
    for (ImportRow* row : std::as_const(pending)) {
        if (row->outcome != ImportRow::Outcome::Failed)
            row->fail(tr("Line %1 was not stored: %2").arg(row->line).arg(fatal));
    }
    return false;
}
