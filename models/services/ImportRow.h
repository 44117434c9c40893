#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One data record of an import file on its way to the database: where it came from (line,
// fields, raw bytes for the error file), its validated values and what became of it. A plain
// value passed between ImportValidator, ImportBatchWriter and CsvImporter.
struct ImportRow
{
    enum class Outcome
    {
        Pending,          // valid, not written yet
        Created,          // inserted (or, in a dry run, would be)
        Updated,          // an existing row was updated (or would be)
        SkippedDuplicate, // its key exists in the database or earlier in the file
        Failed            // `error` says why; written to the error file
    };

    qint64 line = 0;       // physical line where the record starts (1-based)
    QStringList fields;    // the record's fields as read; empty when it could not be read
    QByteArray raw;        // the record's bytes as in the file
    QVariantList values;   // per ImportTarget field: the value to store, null when empty or not mapped
    QString key;           // the duplicate key as stored (lower-case email, invoice number); empty: none
    QString customerEmail; // payment records: the customer named by email (lower-case), when no id is given
    qint64 existingId = 0; // the row the key matches in the database (0: none): updated, not created
    Outcome outcome = Outcome::Pending;
    QString error; // translated, naming the line and column; set when Failed
    QString note;  // why it was skipped (duplicates), for the report

    bool isValid() const { return outcome != Outcome::Failed; }
    void fail(const QString& message)
    {
        outcome = Outcome::Failed;
        error = message;
    }
};
