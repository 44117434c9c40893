#pragma once

#include "AccessContext.h"
#include "ImportSummary.h"
#include "ImportTarget.h"
#include "io/CsvParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

// Imports a CSV file into customers or payment_records (ImportTarget). The steps a wizard
// walks through, each one call:
//
//   1. inspect(path)      encoding, delimiter, header, the first rows and a suggested mapping
//                         (static, no database; cheap on files of any size)
//   2. mapping            one field name per file column (ImportTarget::suggestMapping /
//                         checkMapping); unmapped columns are ignored
//   3. run(dryRun=true)   reads and validates every record, looks up duplicates and customers,
//                         writes NOTHING to the database; the summary and error file say what the
//                         real run would do (only constraints the validator does not know of can
//                         still fail then)
//   4. run()              the import, in batches, with progress and cancel
//   5. the ImportSummary  counts, the first issues with line numbers, the error file
//
// Encoding (Options::encoding Auto): CsvParser's detection (see CsvParser.h): a BOM or clean
// UTF-8 is UTF-8; a file whose first 64 KiB are mostly well-formed UTF-8 with a few stray Latin-1
// lines is UTF-8 too (those lines fail one by one, with their line numbers, instead of every
// other line being stored garbled); anything else is Latin-1. Choose Utf8 or Latin1 to override.
//
// Rules of run():
//   - Every data record is counted exactly once: created, updated, skipped (duplicate) or
//     failed (ImportSummary::isBalanced()). After a cancel or a fatal error the records not read
//     yet are not counted; they start at ImportSummary::notProcessedFromLine.
//   - No invalid record is stored (ImportValidator), and no valid one is lost: each is created,
//     updated, skipped as a duplicate or reported in the error file with its reason.
//   - Duplicates (ImportTarget::keyField, e.g. the customer's email) are looked up per batch, not
//     per row. Within one file the FIRST valid record with a key wins; later records with the
//     same key are skipped as duplicates (also with OnDuplicate::Update: a file does not update
//     itself). Against the database, OnDuplicate::Skip leaves the stored row alone and Update
//     overwrites its mapped columns with the record's non-empty cells.
//   - Batches of Options::batchSize records are written by ImportBatchWriter, each in one
//     transaction with its audit_logs row (action "import", entity_type = the table, new_values:
//     file name, on_duplicate, the batch's line range, counts and the ids created and updated).
//     One audit row per batch rather than per record: a 200,000-row import would otherwise double
//     the rows written; the batch row still names every id it touched, and it commits with the
//     batch, so the audit log never claims rows that were rolled back or misses rows that were
//     stored. A batch in which nothing was created or updated writes no audit row.
//   - Cancelling (the progress callback returns false, called after each batch) keeps the
//     batches committed so far, exactly: a batch is never half stored.
//   - Permissions (checked before the file is opened; refused, nothing is written, no error
//     file): read and create on the target table, update when duplicates are updated, and read
//     on customers for payment records (they name customers). Dry runs need the same.
//
// Threads: the database is used only on the calling thread; run() reads and validates the file
// one batch ahead on a helper thread of its own (ImportReader), joined before it returns. A
// wizard runs run() on a worker thread with a connection of its own (Database::clone() called on
// that thread) and an AccessContext whose PermissionService reads through that connection too
// (AccessContext::forUser(std::make_shared<PermissionService>(*clone), ...)); or it asks
// refusal() first on its own thread, whose answers PermissionService caches.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class OnDuplicate
    {
        Skip,
        Update
    };

    struct InspectOptions
    {
        char delimiter = 0; // 0: detect
        CsvParser::Encoding encoding = CsvParser::Encoding::Auto;
        int previewRows = 20;
    };

    struct Preview
    {
        QString error; // the file cannot be read (then the rest is empty)
        qint64 fileSize = 0;
        CsvParser::Encoding encoding = CsvParser::Encoding::Utf8; // as detected or chosen
        bool byteOrderMark = false;
        char delimiter = ',';
        QStringList header;
        QList<CsvParser::Record> rows; // the first data records (a record may carry its own error)
        bool moreRows = false;         // the file has records after these
        QStringList suggestedMapping;  // per header column (ImportTarget::suggestMapping)
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int DefaultBatchSize = 2000;
    static constexpr qint64 DefaultMaxFieldBytes = 16LL * 1024 * 1024;

    struct Options
    {
        QStringList mapping; // per file column; empty: the suggested mapping
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        bool dryRun = false;
        int batchSize = DefaultBatchSize; // records per transaction (1..50000)
        QString errorFilePath;            // where failed records go (ImportErrorFile); empty: nowhere
        char delimiter = 0;               // 0: detect
        CsvParser::Encoding encoding = CsvParser::Encoding::Auto;
        int maxIssues = 1000; // ImportSummary::issues kept for the report
        // A longer field fails its record while reading (CsvParser); shorter ones reach the
        // column's own limit (ImportTarget) and fail there with the column's name.
        qint64 maxFieldBytes = DefaultMaxFieldBytes;
        QString auditFileName; // the file name for the audit row; empty: the path's name
    };

    // After each batch, with the summary so far (counts, bytes read). Return false to cancel.
    using Progress = std::function<bool(const ImportSummary& soFar)>;

    // `database` must outlive the importer. A null `access` means AccessContext::nobody().
    CsvImporter(const Database& database, AccessContextPtr access, const ImportTarget& target);

    const ImportTarget& target() const { return m_target; }

    static Preview inspect(const QString& path, const ImportTarget& target, const InspectOptions& options);
    static Preview inspect(const QString& path, const ImportTarget& target);

    // The denied message when the context may not run this import; empty when it may.
    QString refusal(const Options& options) const;

    ImportSummary run(const QString& path, const Options& options, const Progress& progress = Progress()) const;

    static QString onDuplicateName(OnDuplicate mode);

private:
    const Database& m_database;
    AccessContextPtr m_access;
    const ImportTarget& m_target;
};
