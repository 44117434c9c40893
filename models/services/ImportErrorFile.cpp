#include "ImportErrorFile.h"

#include "io/CsvParser.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QDir>

ImportErrorFile::ImportErrorFile(const QString& path, const QStringList& header, char delimiter)
    : m_path(path), m_header(header), m_sourceColumns(int(header.size())), m_delimiter(delimiter)
{
    const qsizetype n = m_header.size();
    if (n >= 2 && m_header.at(n - 2).trimmed() == errorColumn() && m_header.at(n - 1).trimmed() == lineColumn())
        m_header.resize(n - 2);
}

ImportErrorFile::~ImportErrorFile()
{
    close();
}

bool ImportErrorFile::open()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("Cannot write the error file %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    CsvWriter::Options options;
    options.delimiter = QLatin1Char(m_delimiter);
    options.byteOrderMark = true;
    options.neutralizeFormulas = true;
    m_writer = std::make_unique<CsvWriter>(&m_file, options);
    if (!m_writer->writeRow(m_header + QStringList{errorColumn(), lineColumn()})) {
        m_error = m_writer->errorString();
        return false;
    }
    return true;
}

QStringList ImportErrorFile::fieldsOf(const ImportRow& row) const
{
    QStringList fields;
    if (row.fields.size() == m_sourceColumns) {
        fields = row.fields;
    } else if (row.fields.isEmpty() && !CsvParser::isValidUtf8(row.raw)) {
        // Read the record again as Latin-1: most likely what a mixed-encoding line meant.
        QBuffer buffer;
        buffer.setData(row.raw);
        buffer.open(QIODevice::ReadOnly);
        CsvParser::Options options;
        options.delimiter = m_delimiter;
        options.encoding = CsvParser::Encoding::Latin1;
        CsvParser parser(&buffer, options);
        const auto record = parser.next();
        if (record && record->isValid() && record->fields.size() == m_sourceColumns && !parser.next())
            fields = record->fields;
    }
    if (fields.isEmpty()) {
        // Unreadable, or a different number of fields than the header: the record's text as it
        // was, in the first column, for the user to split again.
        fields =
            QStringList{CsvParser::isValidUtf8(row.raw) ? QString::fromUtf8(row.raw) : QString::fromLatin1(row.raw)};
    }
    // As wide as the header: drop the old error/line cells, pad.
    if (fields.size() > m_header.size())
        fields.resize(m_header.size());
    while (fields.size() < m_header.size())
        fields << QString();
    return fields;
}

bool ImportErrorFile::add(const ImportRow& row)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_writer && !open())
        return false;
    if (!m_writer->writeRow(fieldsOf(row) + QStringList{row.error, QString::number(row.line)})) {
        m_error =
            tr("Cannot write the error file %1: %2").arg(QDir::toNativeSeparators(m_path), m_writer->errorString());
        return false;
    }
    ++m_rows;
    return true;
}

bool ImportErrorFile::close()
{
    if (!m_file.isOpen())
        return m_error.isEmpty();
    if (!m_file.flush() && m_error.isEmpty())
        m_error = tr("Cannot write the error file %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    m_file.close();
    m_writer.reset();
    return m_error.isEmpty();
}
