#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

// Streams CSV records out of a device of any size (RFC 4180 and what spreadsheets really write):
// quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or CR line
// ends, a missing final line end, a UTF-8 byte order mark. It splits on bytes (the delimiter,
// quote and line ends are ASCII, so this is safe in UTF-8 and Latin-1) and decodes each record
// as a whole, so one badly encoded or badly quoted record is reported on its own and the next
// record is read as usual.
//
// Every record comes with the physical line it starts on and its raw bytes, so an import can
// name the line of each problem and write rejected records unchanged to an error file.
//
// Problems that make a record unusable (Record::error set, fields empty):
//   - a closing quote followed by something other than a delimiter or line end: the record is
//     skipped up to the end of that physical line;
//   - a quoted field still open at the end of the file;
//   - a field longer than Options::maxFieldBytes (the rest of the record is skipped);
//   - bytes that are not valid UTF-8 when the encoding is UTF-8.
// A UTF-16 or UTF-32 file (by its byte order mark) is refused as a whole (errorString()).
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    enum class Encoding
    {
        Auto, // UTF-8 if the BOM says so or the first 64 KiB are valid UTF-8, else Latin-1
        Utf8,
        Latin1
    };

    struct Options
    {
        char delimiter = 0; // 0: detect from the first lines (detectDelimiter)
        Encoding encoding = Encoding::Auto;
        qint64 maxFieldBytes = 64LL * 1024 * 1024;
    };

    struct Record
    {
        QStringList fields;
        qint64 line = 0; // physical line (1-based) where the record starts
        QByteArray raw;  // the record's bytes without its line end (kept up to maxFieldBytes)
        QString error;   // translated; set when the record could not be read
        bool isValid() const { return error.isEmpty(); }
    };

    // `device` must be open for reading and outlive the parser.
    CsvParser(QIODevice* device, const Options& options);
    explicit CsvParser(QIODevice* device);

    // The next record, or nullopt at the end (or after a fatal error: see errorString()).
    std::optional<Record> next();

    char delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bom; }
    // Bytes consumed so far, for progress against the device's size.
    qint64 bytesRead() const { return m_consumed; }
    // A problem with the whole file (unsupported encoding, read error); empty otherwise.
    QString errorString() const { return m_fatal; }

    // The most likely delimiter among , ; tab | from a sample of the first lines: the one that
    // splits the most lines into the same number (>1) of fields, outside quotes. ',' when unsure.
    static char detectDelimiter(const QByteArray& sample);
    // With `truncatedEndOk` a multi-byte sequence cut off by the end of the sample counts as valid.
    static bool isValidUtf8(const QByteArray& bytes, bool truncatedEndOk = false);
    static QString encodingName(Encoding encoding);

private:
    bool fill();                 // reads more bytes into m_buffer; false at the end
    bool ensure(qint64 count);   // at least count bytes after m_pos, if the device has them
    void prepare();              // BOM, encoding and delimiter from the start of the file
    QString decode(const QByteArray& bytes, bool* ok) const;
    void skipRestOfLine();
    void endLine();          // after a CR or LF outside quotes: swallow the LF of a CRLF, count the line
    void finishRaw(Record* record, qint64 end) const;

    QIODevice* m_device = nullptr;
    Options m_options;
    QByteArray m_buffer;
    qint64 m_pos = 0;         // next byte to read in m_buffer
    qint64 m_recordStart = 0; // where the current record starts in m_buffer (kept on refills)
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_prepared = false;
    bool m_eof = false;
    bool m_bom = false;
    char m_delimiter = ',';
    Encoding m_encoding = Encoding::Utf8;
    QString m_fatal;
};
