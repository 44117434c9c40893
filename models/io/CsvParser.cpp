#include "CsvParser.h"

#include <QIODevice>
#include <algorithm>
#include <array>

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
        m_encoding = m_bom || isValidUtf8(sample, sample.size() >= SampleBytes) ? Encoding::Utf8 : Encoding::Latin1;
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

void CsvParser::skipRestOfLine()
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return;
        const char c = m_buffer.at(m_pos++);
        if (c == '\n' || c == '\r') {
            endLine();
            return;
        }
    }
}

void CsvParser::finishRaw(Record* record, qint64 end) const
{
    const qint64 length = std::min(end - m_recordStart, m_options.maxFieldBytes);
    record->raw = m_buffer.mid(m_recordStart, std::max<qint64>(length, 0));
}

std::optional<CsvParser::Record> CsvParser::next()
{
    if (!m_prepared)
        prepare();
    if (!m_fatal.isEmpty())
        return std::nullopt;

    for (;;) { // loops only over blank lines
        if (m_recordStart < m_pos) // the previous record's line end
            m_recordStart = m_pos;
        Record record;
        record.line = m_line;
        QList<QByteArray> fields;
        QByteArray field;
        bool inQuotes = false;
        bool quoted = false;     // the current field began with a quote
        bool afterQuote = false; // the current field's closing quote has been read
        bool anything = false;   // the record has at least one byte
        qint64 end = -1;         // where the record's bytes end (before its line end)

        auto fail = [&](const QString& message, bool skipLine) {
            const qint64 failedAt = m_pos;
            if (skipLine)
                skipRestOfLine();
            finishRaw(&record, std::min<qint64>(failedAt, m_buffer.size()));
            record.error = message;
            m_consumed += m_pos - m_recordStart;
            m_recordStart = m_pos;
            return record;
        };

        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (!m_fatal.isEmpty())
                    return std::nullopt;
                if (inQuotes)
                    return fail(tr("A quoted field that starts on line %1 is never closed.").arg(record.line), false);
                if (!anything)
                    return std::nullopt;
                end = m_pos;
                break;
            }
            const char c = m_buffer.at(m_pos++);
            anything = true;
            if (inQuotes) {
                if (c == '"') {
                    if (ensure(1) && m_buffer.at(m_pos) == '"') {
                        field.append('"');
                        ++m_pos;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(ensure(1) && m_buffer.at(m_pos) == '\n')))
                        ++m_line;
                    field.append(c);
                }
            } else if (c == m_delimiter) {
                fields.append(field);
                field.clear();
                quoted = afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                end = m_pos - 1;
                endLine();
                break;
            } else if (afterQuote) {
                return fail(tr("Line %1: a quoted field is followed by \"%2\" instead of a delimiter.")
                                .arg(m_line)
                                .arg(QString::fromLatin1(&c, 1)),
                            true);
            } else if (c == '"' && field.isEmpty() && !quoted) {
                inQuotes = quoted = true;
            } else {
                field.append(c); // a quote inside an unquoted field is kept as it is
            }
            if (field.size() > m_options.maxFieldBytes)
                return fail(tr("Line %1: a field is longer than %2 MiB.")
                                .arg(m_line)
                                .arg(m_options.maxFieldBytes / (1024 * 1024)),
                            true);
        }

        finishRaw(&record, end);
        m_consumed += m_pos - m_recordStart;
        m_recordStart = m_pos;
        fields.append(field);
        if (fields.size() == 1 && fields.first().isEmpty() && !quoted)
            continue; // a blank line is not a record

        record.fields.reserve(fields.size());
        for (const QByteArray& bytes : std::as_const(fields)) {
            bool ok = true;
            record.fields.append(decode(bytes, &ok));
            if (!ok) {
                record.fields.clear();
                record.error = tr("Line %1 is not valid UTF-8 text. Save the file as UTF-8, or choose Latin-1 as "
                                  "its encoding.")
                                   .arg(record.line);
                break;
            }
        }
        return record;
    }
}

QString CsvParser::decode(const QByteArray& bytes, bool* ok) const
{
    if (m_encoding == Encoding::Latin1)
        return QString::fromLatin1(bytes);
    *ok = isValidUtf8(bytes);
    return *ok ? QString::fromUtf8(bytes) : QString();
}

bool CsvParser::isValidUtf8(const QByteArray& bytes, bool truncatedEndOk)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
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
