#pragma once

#include <QList>
#include <QString>
#include <algorithm>

// What an import did (or, in a dry run, would do): every data record of the file is counted
// exactly once as created, updated, skipped as a duplicate or failed, so
//   created + updated + skippedDuplicates + failed == total
// holds after every batch, also when the import was cancelled or stopped by an error. Records
// that were never read (after a cancel or a fatal error) are not in `total`: they start at
// line notProcessedFromLine. A plain value, copied to the progress callback after each batch.
struct ImportSummary
{
    struct Issue
    {
        qint64 line = 0;
        QString message;    // translated, names the line and column
        bool failed = true; // false: a skipped duplicate (a note, not an error)
    };

    QString fileName; // the imported file's name (without its folder)
    QString table;    // customers or payment_records
    bool dryRun = false;
    QString encodingName;
    char delimiter = ',';

    qint64 total = 0; // data records read (the header is not one)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skippedDuplicates = 0;
    qint64 failed = 0;

    bool cancelled = false;          // the progress callback stopped it before the end of the file
    qint64 notProcessedFromLine = 0; // cancelled or fatal: the first line not read (0: none left)
    qint64 batchesCommitted = 0;     // transactions committed (0 in a dry run)
    qint64 bytesRead = 0;            // progress through the file
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;

    QString errorFilePath; // set when failed records were written there
    qint64 errorRows = 0;  // records in the error file
    QString fatalError;    // the import could not start or had to stop (permission, file, database)

    QList<Issue> issues;          // the first problems and duplicates, in file order
    bool issuesTruncated = false; // more happened than `issues` holds (the error file has every failure)

    bool isBalanced() const { return created + updated + skippedDuplicates + failed == total; }
    // The steps of the import wizard's progress bars (fine enough for a smooth bar on any file).
    static constexpr int ProgressSteps = 1000;
    // How far through the file, in `steps` (0..steps; 0 while the size is unknown).
    int progress(int steps) const
    {
        if (bytesTotal <= 0 || steps <= 0)
            return 0;
        return int(std::clamp<qint64>(bytesRead * steps / bytesTotal, 0, steps));
    }
    // Everything in the file was read and nothing failed (duplicates may have been skipped).
    bool allImported() const { return fatalError.isEmpty() && !cancelled && failed == 0; }
};
