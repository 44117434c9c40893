#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice* device) : CsvWriter(device, Options()) {}

CsvWriter::CsvWriter(QIODevice* device, const Options& options) : m_device(device), m_options(options) {}

bool CsvWriter::looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    switch (field.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::formatField(const QString& field, const Options& options)
{
    QString text = options.neutralizeFormulas && looksLikeFormula(field) ? QLatin1Char('\'') + field : field;
    const bool needsQuotes = text.contains(options.delimiter) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList& fields, const Options& options)
{
    // A record of one empty field would be an empty line, which readers skip: quote it.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"");
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += options.delimiter;
        row += formatField(fields.at(i), options);
    }
    return row;
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("The CSV file is not open for writing.");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write the CSV file: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes += byteOrderMark();
    bytes += formatRow(fields, m_options).toUtf8();
    bytes += lineEnd();
    if (!write(bytes))
        return false;
    m_started = true;
    ++m_rows;
    return true;
}
