#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes rows of text fields to a device as CSV (RFC 4180): fields separated by a delimiter
// (',' by default), records ended by CRLF, UTF-8, optionally preceded by a byte order mark
// (spreadsheets on Windows need it to read UTF-8). A field is enclosed in double quotes when it
// contains the delimiter, a double quote, CR or LF, and a double quote inside it is doubled.
// Nothing else is changed: leading and trailing spaces are kept, an empty field stays empty.
//
// Formula injection: a spreadsheet opening the file treats a cell that starts with '=', '+',
// '-', '@', a tab or a carriage return as a formula (=HYPERLINK(...), =cmd|...). With
// Options::neutralizeFormulas (the default) such a field is written with a leading apostrophe
// ("'=1+2", "'-5"), which spreadsheets show as text; the value read back by a program then
// carries that apostrophe. Turn it off only for files meant for other programs, never for a file
// a person will open in a spreadsheet.
//
// The writer holds no rows: each writeRow() goes to the device at once, so it streams files of
// any size. It does not open or close the device.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = false;     // write the UTF-8 BOM before the first row
        bool neutralizeFormulas = true; // see the class comment
    };

    // `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice* device);
    CsvWriter(QIODevice* device, const Options& options);

    const Options& options() const { return m_options; }

    // Writes one record. Returns false (and keeps errorString()) when the device refuses; every
    // later call then fails too.
    bool writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // One record as text, without its line end.
    static QString formatRow(const QStringList& fields, const Options& options);
    // One field as it appears in the file (neutralised and quoted as the options say).
    static QString formatField(const QString& field, const Options& options);
    // True when a spreadsheet would read the field as a formula (see the class comment).
    static bool looksLikeFormula(const QString& field);

    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    static QByteArray lineEnd() { return QByteArrayLiteral("\r\n"); }

private:
    bool write(const QByteArray& bytes);

    QIODevice* m_device = nullptr;
    Options m_options;
    qint64 m_rows = 0;
    bool m_started = false;
    QString m_error;
};
