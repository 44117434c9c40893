#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

// Streams CSV records out of a device of any size (RFC 4180 and what spreadsheets really write):
// quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or CR line
// ends, a missing final line end, a UTF-8 byte order mark. It splits on bytes (the delimiter,
// quote and line ends are ASCII, so this is safe in UTF-8 and Latin-1) and decodes each record
// as a whole, so one badly encoded or badly quoted record is reported on its own and the next
// record is read as usual. A quote inside an unquoted field (5" disk) is kept as it is.
//
// Every record comes with the physical line it starts on and its raw bytes, so an import can
// name the line of each problem and write rejected records unchanged to an error file.
//
// Problems that make a record unusable (Record::error set, fields empty). Record::raw then holds
// the record's whole original text (never just the part before the problem), and reading goes on
// with the next physical line:
//   - a closing quote followed by something other than a delimiter or line end, on the line the
//     record starts on: raw is that whole line, reading resumes on the next line;
//   - a field longer than Options::maxFieldBytes: likewise (raw is cut at maxFieldBytes bytes);
//   - a quoted field that runs over a line end and then goes wrong (followed by text, never
//     closed before the end of the file, or too long): the quote was most likely stray, and
//     taking everything up to the next quote as one field would bury the records in between.
//     The record fails as its first physical line alone (raw is that line) and reading resumes on
//     the line after it, so the following records are read normally. The line where the field
//     ended (text followed its closing quote there) is read again too; if it holds an odd number
//     of quotes, it is most likely that field's tail (`Inc." ,x,y`) and fails as well, so that a
//     piece of a broken record is never taken for a record of its own;
//   - bytes that are not valid UTF-8 when the encoding is UTF-8 (raw: the whole record).
// A UTF-16 or UTF-32 file (by its byte order mark) is refused as a whole (errorString()).
//
// Encoding::Auto (detectEncoding()) looks at the first 64 KiB: a UTF-8 BOM, or text that is
// all valid UTF-8, is UTF-8. Otherwise each physical line with bytes above 127 counts as UTF-8
// (it is well-formed UTF-8) or not; the file is UTF-8 when at least as many such lines are UTF-8
// as not ("mostly UTF-8": a list pasted together from two systems), else Latin-1. So a mostly
// UTF-8 file with a few Latin-1 lines is read as UTF-8 and those lines fail one by one with their
// line numbers, instead of every UTF-8 line being stored garbled ("MÃ¼ller"); a Latin-1 file is
// Latin-1. Ties go to UTF-8 because a wrongly chosen UTF-8 fails loudly, a wrong Latin-1 garbles
// silently. Bytes after the first 64 KiB do not change the choice.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    enum class Encoding
    {
        Auto, // UTF-8 by the BOM or when the first 64 KiB are mostly UTF-8, else Latin-1 (see above)
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
        QByteArray raw;  // the record's bytes without its line end (kept up to maxFieldBytes; see above)
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
    // Encoding::Auto's choice for the start of a file (without a BOM; see the class comment).
    // `truncated`: the sample is cut from a longer file, so its last line may end mid-sequence.
    static Encoding detectEncoding(const QByteArray& sample, bool truncated = false);
    static QString encodingName(Encoding encoding);

private:
    bool fill();               // reads more bytes into m_buffer; false at the end
    bool ensure(qint64 count); // at least count bytes after m_pos, if the device has them
    void prepare();            // BOM, encoding and delimiter from the start of the file
    static bool isValidUtf8(const char* bytes, qint64 count, bool truncatedEndOk);
    static bool isAscii(const char* bytes, qint64 count);
    void endLine(); // after a CR or LF outside quotes: swallow the LF of a CRLF, count the line
    // The current record is unusable: sets its error and raw text and moves on to the physical
    // line where reading resumes (see the class comment). `firstBreak`: bytes from the record's
    // start to its first line end inside quotes, or -1.
    Record fail(Record record, const QString& message, qint64 firstBreak);
    void skipRestOfLine(Record* record); // to the next line; raw: the record's whole line (capped)

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

    // The current record's fields (next()): a span of m_buffer relative to m_recordStart, or an
    // unescaped copy in m_copies (quoted fields with doubled quotes).
    struct Field
    {
        qint64 start = 0;
        qint64 length = 0;
        int copy = -1;
    };
    std::vector<Field> m_fields;
    qint64 m_tailLine = 0; // the line where a broken multi-line field ended (see the class comment)
    qint64 m_tailOf = 0;   // ... and the line where it started
    QList<QByteArray> m_copies;
};
