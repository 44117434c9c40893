#include "CsvParser.h"

#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstring>

namespace {
constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr qint64 SampleBytes = 64 * 1024;
constexpr int SampleLines = 50;
} // namespace

CsvParser::CsvParser(QIODevice* device) : CsvParser(device, Options()) {}

CsvParser::CsvParser(QIODevice* device, const Options& options) : m_device(device), m_options(options) {}

bool CsvParser::fill()
{
    if (m_eof || !m_device)
        return false;
    // Drop what earlier records used; the current record's bytes stay for Record::raw.
    if (m_recordStart > ChunkBytes) {
        m_buffer.remove(0, m_recordStart);
        m_pos -= m_recordStart;
        m_recordStart = 0;
    }
    const QByteArray chunk = m_device->read(ChunkBytes);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (!m_device->atEnd())
            m_fatal = tr("The file cannot be read: %1").arg(m_device->errorString());
        return false;
    }
    m_buffer.append(chunk);
    return true;
}

bool CsvParser::ensure(qint64 count)
{
    while (m_buffer.size() - m_pos < count) {
        if (!fill())
            return m_buffer.size() - m_pos >= count;
    }
    return true;
}

void CsvParser::prepare()
{
    m_prepared = true;
    ensure(SampleBytes);
    const QByteArray head = m_buffer.mid(m_pos, 4);
    if (head == QByteArray("\x00\x00\xFE\xFF", 4) || head == QByteArray("\xFF\xFE\x00\x00", 4)) {
        m_fatal = tr("The file is in UTF-32. Save it as UTF-8 (or Latin-1) CSV and import it again.");
        return;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_fatal = tr("The file is in UTF-16. Save it as UTF-8 (or Latin-1) CSV and import it again.");
        return;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos += 3;
        m_consumed += 3;
    }
    const QByteArray sample = m_buffer.mid(m_pos, SampleBytes);
    switch (m_options.encoding) {
    case Encoding::Utf8:
    case Encoding::Latin1:
        m_encoding = m_options.encoding;
        break;
    case Encoding::Auto:
        m_encoding = m_bom ? Encoding::Utf8 : detectEncoding(sample, sample.size() >= SampleBytes);
        break;
    }
    m_delimiter = m_options.delimiter != 0 ? m_options.delimiter : detectDelimiter(sample);
    m_recordStart = m_pos;
}

void CsvParser::endLine()
{
    // Called right after a CR or LF: a CR followed by LF is one line end.
    if (m_buffer.at(m_pos - 1) == '\r' && ensure(1) && m_buffer.at(m_pos) == '\n')
        ++m_pos;
    ++m_line;
}

void CsvParser::skipRestOfLine(Record* record)
{
    // The record's bytes stay in m_buffer up to the cap; after that raw is taken and the bytes
    // are let go (m_recordStart moves on), so a huge line costs no more memory than the cap.
    const qint64 cap = m_options.maxFieldBytes;
    bool taken = false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!taken && m_pos - m_recordStart >= cap) {
                record->raw = m_buffer.mid(m_recordStart, cap);
                taken = true;
            }
            if (taken) {
                m_consumed += m_pos - m_recordStart;
                m_recordStart = m_pos;
            }
            if (!fill())
                break;
        }
        const char* data = m_buffer.constData();
        const qint64 size = m_buffer.size();
        qint64 i = m_pos;
        while (i < size && data[i] != '\n' && data[i] != '\r')
            ++i;
        m_pos = i;
        if (i < size) {
            if (!taken)
                record->raw = m_buffer.mid(m_recordStart, std::min(m_pos - m_recordStart, cap));
            ++m_pos;
            endLine();
            return;
        }
    }
    if (!taken) // the end of the file
        record->raw = m_buffer.mid(m_recordStart, std::min(m_pos - m_recordStart, cap));
}

CsvParser::Record CsvParser::fail(Record record, const QString& message, qint64 firstBreak)
{
    record.error = message;
    record.fields.clear();
    if (firstBreak >= 0) {
        // Resume on the line after the record's first line.
        record.raw = m_buffer.mid(m_recordStart, std::min(firstBreak, m_options.maxFieldBytes));
        m_pos = m_recordStart + firstBreak + 1;
        if (m_buffer.at(m_pos - 1) == '\r' && ensure(1) && m_buffer.at(m_pos) == '\n')
            ++m_pos;
        m_line = record.line + 1;
    } else {
        skipRestOfLine(&record);
    }
    m_consumed += m_pos - m_recordStart;
    m_recordStart = m_pos;
    return record;
}

std::optional<CsvParser::Record> CsvParser::next()
{
    if (!m_prepared)
        prepare();
    if (!m_fatal.isEmpty())
        return std::nullopt;

    const char delimiter = m_delimiter;
    for (;;) { // loops only over blank lines
        m_recordStart = m_pos;
        Record record;
        record.line = m_line;
        // The fields as spans of the buffer (offsets relative to m_recordStart: fill() may move
        // the bytes), or, for quoted fields with doubled quotes, as unescaped copies.
        m_fields.clear();
        m_copies.clear();
        Field field{0, 0, -1};
        bool inQuotes = false;
        bool quoted = false;     // the current field began with a quote
        bool afterQuote = false; // the current field's closing quote has been read
        bool anything = false;   // the record has at least one byte
        qint64 firstBreak = -1;  // bytes from the record's start to its first line end inside quotes
        qint64 length = -1;      // the record's bytes (without its line end)
        auto fieldBytes = [&]() { return field.copy < 0 ? field.length : m_copies.at(field.copy).size(); };

        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (!m_fatal.isEmpty())
                    return std::nullopt;
                if (inQuotes)
                    return fail(std::move(record),
                                tr("A quoted field that starts on line %1 is never closed.").arg(record.line),
                                firstBreak);
                if (!anything)
                    return std::nullopt;
                length = m_pos - m_recordStart;
                break;
            }
            anything = true;
            const char* data = m_buffer.constData();
            const qint64 size = m_buffer.size();
            if (inQuotes) {
                qint64 i = m_pos;
                while (i < size && data[i] != '"' && data[i] != '\n' && data[i] != '\r')
                    ++i;
                if (field.copy < 0)
                    field.length += i - m_pos;
                else
                    m_copies[field.copy].append(data + m_pos, i - m_pos);
                m_pos = i;
                if (i < size) {
                    const char c = data[m_pos++];
                    if (c == '"') {
                        if (ensure(1) && m_buffer.at(m_pos) == '"') {
                            // A doubled quote: from here on the field is an unescaped copy.
                            if (field.copy < 0) {
                                field.copy = int(m_copies.size());
                                m_copies.append(m_buffer.mid(m_recordStart + field.start, field.length));
                            }
                            m_copies[field.copy].append('"');
                            ++m_pos;
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    } else {
                        if (firstBreak < 0)
                            firstBreak = m_pos - 1 - m_recordStart;
                        if (field.copy < 0)
                            ++field.length;
                        else
                            m_copies[field.copy].append(c);
                        if (c == '\n' || !(ensure(1) && m_buffer.at(m_pos) == '\n'))
                            ++m_line;
                    }
                }
            } else {
                const char c = data[m_pos++];
                if (c == delimiter) {
                    m_fields.push_back(field);
                    field = Field{m_pos - m_recordStart, 0, -1};
                    quoted = afterQuote = false;
                } else if (c == '\n' || c == '\r') {
                    length = m_pos - 1 - m_recordStart;
                    break;
                } else if (afterQuote) {
                    const QString text = QString::fromLatin1(&c, 1);
                    if (firstBreak >= 0) { // see the class comment: the line may be the field's tail
                        m_tailLine = m_line;
                        m_tailOf = record.line;
                    }
                    return fail(std::move(record),
                                firstBreak < 0
                                    ? tr("Line %1: a quoted field is followed by \"%2\" instead of a delimiter.")
                                          .arg(record.line)
                                          .arg(text)
                                    : tr("Line %1: a quoted field starts on this line and ends on line %2, where it "
                                         "is followed by \"%3\" instead of a delimiter. The quote is probably stray, "
                                         "so the lines after line %1 are read as records of their own.")
                                          .arg(record.line)
                                          .arg(m_line)
                                          .arg(text),
                                firstBreak);
                } else if (c == '"' && field.length == 0 && !quoted) {
                    inQuotes = quoted = true;
                    field.start = m_pos - m_recordStart;
                } else {
                    // A run of plain bytes (a quote inside an unquoted field is kept as it is).
                    qint64 i = m_pos;
                    while (i < size && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
                        ++i;
                    field.length += i - m_pos + 1;
                    m_pos = i;
                }
            }
            if (fieldBytes() > m_options.maxFieldBytes)
                return fail(std::move(record),
                            tr("Line %1: a field is longer than %2 MiB.")
                                .arg(record.line)
                                .arg(m_options.maxFieldBytes / (1024 * 1024)),
                            firstBreak);
        }

        record.raw = m_buffer.mid(m_recordStart, std::min(length, m_options.maxFieldBytes));
        if (m_pos > m_recordStart + length) // after a line end: swallow the LF of a CRLF, count the line
            endLine();
        m_fields.push_back(field);
        const bool blank = m_fields.size() == 1 && field.length == 0 && field.copy < 0 && !quoted;
        if (!blank) {
            // Decoded straight from the buffer. Pure ASCII (most records) needs no UTF-8 check.
            const char* base = m_buffer.constData() + m_recordStart;
            const bool latin1 = m_encoding == Encoding::Latin1 || isAscii(base, length);
            record.fields.reserve(qsizetype(m_fields.size()));
            for (const Field& f : m_fields) {
                const char* bytes = f.copy < 0 ? base + f.start : m_copies.at(f.copy).constData();
                const qsizetype count = f.copy < 0 ? f.length : m_copies.at(f.copy).size();
                if (latin1) {
                    record.fields.append(QString::fromLatin1(bytes, count));
                } else if (isValidUtf8(bytes, count, false)) {
                    record.fields.append(QString::fromUtf8(bytes, count));
                } else {
                    record.fields.clear();
                    record.error = tr("Line %1 is not valid UTF-8 text. Save the file as UTF-8, or choose Latin-1 "
                                      "as its encoding.")
                                       .arg(record.line);
                    break;
                }
            }
        }
        m_consumed += m_pos - m_recordStart;
        m_recordStart = m_pos;
        if (blank)
            continue; // a blank line is not a record
        if (record.line == m_tailLine && record.isValid()) {
            // The line where a broken multi-line field ended: with an odd number of quotes it
            // holds that field's closing quote, so it is the broken record's tail, not a record.
            qsizetype quotes = 0;
            for (const char c : std::as_const(record.raw)) {
                if (c == '\n' || c == '\r')
                    break;
                quotes += c == '"' ? 1 : 0;
            }
            if (quotes % 2 == 1) {
                record.fields.clear();
                record.error = tr("Line %1 holds the end of the quoted field that starts on line %2 (see there), so "
                                  "it is not read as a record of its own.")
                                   .arg(record.line)
                                   .arg(m_tailOf);
            }
        }
        return record;
    }
}

bool CsvParser::isAscii(const char* bytes, qint64 count)
{
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        quint64 word;
        std::memcpy(&word, bytes + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < count; ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return false;
    }
    return true;
}

bool CsvParser::isValidUtf8(const QByteArray& bytes, bool truncatedEndOk)
{
    return isValidUtf8(bytes.constData(), bytes.size(), truncatedEndOk);
}

bool CsvParser::isValidUtf8(const char* bytes, qint64 count, bool truncatedEndOk)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes);
    const qsizetype size = count;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size) {
            // A sequence cut by the end of a sample: check what is there.
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((data[k] & 0xC0) != 0x80)
                    return false;
            }
            return truncatedEndOk;
        }
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

CsvParser::Encoding CsvParser::detectEncoding(const QByteArray& sample, bool truncated)
{
    if (isValidUtf8(sample, truncated))
        return Encoding::Utf8;
    // Line by line: a list pasted together from two systems has whole lines in each encoding.
    qsizetype utf8Lines = 0;
    qsizetype otherLines = 0;
    const char* data = sample.constData();
    const qsizetype size = sample.size();
    for (qsizetype start = 0; start < size;) {
        qsizetype end = start;
        bool high = false;
        while (end < size && data[end] != '\n' && data[end] != '\r') {
            high = high || static_cast<unsigned char>(data[end]) >= 0x80;
            ++end;
        }
        if (high) {
            const bool cut = truncated && end >= size;
            if (isValidUtf8(QByteArray::fromRawData(data + start, end - start), cut))
                ++utf8Lines;
            else
                ++otherLines;
        }
        start = end + 1;
    }
    return utf8Lines > 0 && utf8Lines >= otherLines ? Encoding::Utf8 : Encoding::Latin1;
}

char CsvParser::detectDelimiter(const QByteArray& sample)
{
    static constexpr std::array<char, 4> Candidates = {',', ';', '\t', '|'};
    char best = ',';
    int bestScore = 0;
    int bestFields = 0;
    for (const char candidate : Candidates) {
        // Fields per line, outside quotes, for the first lines of the sample.
        QList<int> counts;
        int fields = 1;
        bool inQuotes = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < SampleLines; ++i) {
            const char c = sample.at(i);
            if (c == '"')
                inQuotes = !inQuotes;
            else if (!inQuotes && c == candidate)
                ++fields;
            else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < sample.size() && sample.at(i + 1) == '\n')
                    ++i;
                counts.append(fields);
                fields = 1;
            }
        }
        if (fields > 1 && counts.size() < SampleLines)
            counts.append(fields); // the last line, without a line end
        if (counts.isEmpty())
            continue;
        // The score: how many lines have the first line's field count, when that is more than one.
        const int expected = counts.first();
        if (expected < 2)
            continue;
        const int score = static_cast<int>(std::count(counts.cbegin(), counts.cend(), expected));
        if (score > bestScore || (score == bestScore && expected > bestFields)) {
            best = candidate;
            bestScore = score;
            bestFields = expected;
        }
    }
    return best;
}

QString CsvParser::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("Detect automatically");
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Latin1:
        return tr("Latin-1 (ISO 8859-1)");
    }
    return QString();
}
