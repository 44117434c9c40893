#pragma once

#include "ImportRow.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>

class CsvWriter;

// The CSV of an import's failed records, for the user to fix and import again: the imported
// file's header plus the columns "error" (why the record failed) and "line" (where it was), then
// one row per failed record with its original fields. A record that could not be read at all
// (bad quoting) is written as its raw text in the first column; one that was not valid UTF-8 is
// read again as Latin-1, so the row shows what the file most likely meant. When the imported
// file was itself an error file (its last columns are "error" and "line"), those old columns are
// replaced, not repeated.
//
// UTF-8 with a byte order mark (spreadsheets need it), the imported file's delimiter, CsvWriter's
// formula neutralisation on (the importer takes such values back without the apostrophe). The
// file is created on the first failed record only, replacing an older file of that name.
class ImportErrorFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportErrorFile)

public:
    ImportErrorFile(const QString& path, const QStringList& header, char delimiter);
    ~ImportErrorFile();
    ImportErrorFile(const ImportErrorFile&) = delete;
    ImportErrorFile& operator=(const ImportErrorFile&) = delete;

    QString path() const { return m_path; }
    // Appends a failed record; false (see errorString()) when the file cannot be written.
    bool add(const ImportRow& row);
    // Flushes and closes; false when the last writes failed.
    bool close();
    qint64 rows() const { return m_rows; }
    QString errorString() const { return m_error; }

    static QString errorColumn() { return QStringLiteral("error"); }
    static QString lineColumn() { return QStringLiteral("line"); }

private:
    bool open();
    QStringList fieldsOf(const ImportRow& row) const;

    QString m_path;
    QStringList m_header;    // without the old error/line columns
    int m_sourceColumns = 0; // columns of the imported file
    char m_delimiter = ',';
    QFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    qint64 m_rows = 0;
    QString m_error;
};
