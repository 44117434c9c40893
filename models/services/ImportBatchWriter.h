#pragma once

#include "ImportRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <limits>
#include <map>
#include <memory>

class AccessContext;
class Database;
class ImportTarget;
class ImportValidator;

// The database side of a CSV import, one batch of validated rows at a time:
//
// resolve() (reads only): finds the rows whose duplicate key already exists, with one query per
//   batch (`key IN (...)` on SQLite, `key = ANY(array)` on PostgreSQL), never one per row; such
//   rows are skipped, or marked for update when duplicates are updated (a key that matches more
//   than one stored row fails its record: which one to update is unclear). For payment records
//   it also finds the customers named by email and checks the customer ids, again one query per
//   batch; a record whose customer cannot be found fails.
//
// write(): creates and updates the batch's pending rows in ONE transaction together with ONE
//   audit_logs row (action "import", entity_type = the table, entity_id NULL, new_values: the
//   file, the batch's lines and counts and the ids created and updated). Statements are prepared
//   once and re-bound. Updates overwrite only the mapped columns whose cell is not empty
//   (SET c = COALESCE(new, c)).
//   PostgreSQL: INSERT ... SELECT * FROM unnest(one array per column) RETURNING id and UPDATE ...
//   FROM unnest(...), one statement per 5000 rows.
//   SQLite: each statement that writes to customers makes the FTS5 search index flush a segment
//   that must be merged later, so the batch reaches the table in ONE statement: its rows are
//   first collected in a TEMP staging table (created outside the transaction, dropped by the
//   destructor) with INSERT ... SELECT FROM (VALUES ...) statements of up to 256 rows (named
//   placeholders, padded so that a few prepared statements serve every batch), then one
//   INSERT ... SELECT ... ORDER BY rowid RETURNING id (file order) or UPDATE ... FROM the staging
//   table. Up to 16 rows go in directly.
//   If any statement of the batch fails (a constraint the validator did not know), the
//   transaction is rolled back and the batch is written again row by row, each row inside a
//   SAVEPOINT, so only the rows the database refuses fail, with the database's message.
//
// Uses the connection of `database` on the calling thread.
class ImportBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchWriter)

public:
    ImportBatchWriter(const Database& database, const AccessContext& access, const ImportValidator& validator,
                      bool updateDuplicates);
    ~ImportBatchWriter();
    ImportBatchWriter(const ImportBatchWriter&) = delete;
    ImportBatchWriter& operator=(const ImportBatchWriter&) = delete;

    // Settles the Pending rows of `rows` against the database (see the class comment). Returns
    // false with *error when the database cannot be read; rows stay as they were then.
    bool resolve(QList<ImportRow>& rows, QString* error);

    // Writes the Pending rows: Created / Updated, or Failed with the database's reason. The
    // audit row gets `auditValues` plus the batch's counts and ids. Returns false with *error
    // when the batch could not be committed at all (then every row it was to write is Failed and
    // nothing of the batch is stored). A batch with nothing to write opens no transaction.
    bool write(QList<ImportRow>& rows, const QJsonObject& auditValues, QString* error);

    // Where write() and resolve() spent their time so far (wall ns; for benchmarks).
    struct Timings
    {
        qint64 lookupNs = 0; // resolve(): duplicate keys and customers
        qint64 insertNs = 0; // multi-row INSERTs (with the triggers they fire)
        qint64 updateNs = 0;
        qint64 auditNs = 0;  // the batch's audit_logs row
        qint64 commitNs = 0; // BEGIN and COMMIT
        qint64 retryNs = 0;  // row-by-row retries of failed batches
    };
    const Timings& timings() const { return m_timings; }

private:
    using Matches = QHash<QString, QList<qint64>>;
    bool selectMatches(const QString& table, const QString& column, const QVariantList& values, bool integer,
                       Matches* matches, QString* error);
    bool resolveKeys(QList<ImportRow>& rows, QString* error);
    bool resolveCustomers(QList<ImportRow>& rows, QString* error);

    bool writeBulk(const QList<ImportRow*>& rows, QList<qint64>* created, QList<qint64>* updated, QString* error);
    bool insertRows(const QList<ImportRow*>& rows, QList<qint64>* created, QString* error);
    bool updateRows(const QList<ImportRow*>& rows, QString* error);
    bool writeOneByOne(const QList<ImportRow*>& rows, QList<qint64>* created, QList<qint64>* updated, QString* error);
    bool audit(const QList<ImportRow>& rows, const QJsonObject& auditValues, const QList<qint64>& created,
               const QList<qint64>& updated, QString* error);

    QSqlQuery* statement(const QString& sql, QString* error);
    using CellOf = std::function<QVariant(const ImportRow& row, int column)>;
    // SQLite: named placeholders ":v0", ":v1" ... (Qt binds them several times faster than
    // positional ones; preparing costs time quadratic in their number, see SqliteMaxTuples).
    QString placeholder(int index);
    // SQLite: runs `pattern` once per up to 256 rows, its %1 replaced by a VALUES list of tuples
    // (column1 = 1 for a row to use, column2... = cell(row, 0), cell(row, 1) ...).
    bool execTuples(const QString& pattern, const QList<ImportRow*>& rows, int columns, const CellOf& cell,
                    const std::function<bool(QSqlQuery*)>& run, QString* error);
    // SQLite: the TEMP staging table (c0, c1 ...) that lets a batch reach the target table in one
    // statement; fillStage() replaces its rows with `rows`.
    void createStage();
    bool fillStage(const QList<ImportRow*>& rows, int columns, const CellOf& cell, QString* error);
    bool exec(const QString& sql, QString* error);
    const QVariant& storedValue(const ImportRow& row, int fieldIndex) const;
    QString arrayType(const QString& column) const;
    void detectColumnTypes();

    const Database& m_database;
    const AccessContext& m_access;
    const ImportValidator& m_validator;
    const ImportTarget& m_target;
    bool m_update = false;
    bool m_postgres = false;
    int m_customerIdField = -1;
    QList<int> m_insertFields;             // ImportTarget field indexes written on create
    QList<int> m_updateFields;             // ... and on update
    QHash<QString, QString> m_columnTypes; // PostgreSQL: column -> type ("numeric(18,3)")
    QString m_stage;                       // SQLite: the staging table's name, empty: none (statements go straight in)
    bool m_stageTried = false;
    int m_maxTuples = std::numeric_limits<int>::max(); // SQLite: rows per statement (execTuples())
    QStringList m_placeholders;                        // SQLite: ":v0", ":v1" ...
    QHash<quint64, QString> m_valuesLists;             // SQLite: VALUES lists by (tuples << 32 | width)
    QHash<const QSqlQuery*, int> m_boundTuples;        // SQLite: tuples of a statement bound at least once
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    Timings m_timings;
};
