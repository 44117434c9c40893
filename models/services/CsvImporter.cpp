#include "CsvImporter.h"

#include "ImportBatchWriter.h"
#include "ImportErrorFile.h"
#include "ImportReader.h"
#include "ImportValidator.h"
#include "db/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <memory>

CsvImporter::CsvImporter(const Database& database, AccessContextPtr access, const ImportTarget& target)
    : m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()), m_target(target)
{
}

QString CsvImporter::onDuplicateName(OnDuplicate mode)
{
    return mode == OnDuplicate::Update ? QStringLiteral("update") : QStringLiteral("skip");
}

CsvImporter::Preview CsvImporter::inspect(const QString& path, const ImportTarget& target)
{
    return inspect(path, target, InspectOptions());
}

CsvImporter::Preview CsvImporter::inspect(const QString& path, const ImportTarget& target,
                                          const InspectOptions& options)
{
    Preview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return preview;
    }
    preview.fileSize = file.size();
    CsvParser::Options parserOptions;
    parserOptions.delimiter = options.delimiter;
    parserOptions.encoding = options.encoding;
    CsvParser parser(&file, parserOptions);
    const auto header = parser.next();
    preview.encoding = parser.encoding();
    preview.byteOrderMark = parser.hadByteOrderMark();
    preview.delimiter = parser.delimiter();
    if (!parser.errorString().isEmpty()) {
        preview.error = parser.errorString();
        return preview;
    }
    if (!header) {
        preview.error = tr("The file %1 is empty.").arg(QDir::toNativeSeparators(path));
        return preview;
    }
    if (!header->isValid()) {
        preview.error = tr("The header line cannot be read: %1").arg(header->error);
        return preview;
    }
    preview.header = header->fields;
    preview.suggestedMapping = target.suggestMapping(preview.header);
    while (preview.rows.size() < std::max(0, options.previewRows)) {
        auto record = parser.next();
        if (!record)
            break;
        preview.rows.append(std::move(*record));
    }
    preview.moreRows = parser.next().has_value();
    if (!parser.errorString().isEmpty())
        preview.error = parser.errorString();
    return preview;
}

QString CsvImporter::refusal(const Options& options) const
{
    using Action = PermissionService::Action;
    QList<std::pair<QString, Action>> needed = {{m_target.table(), Action::Read}, {m_target.table(), Action::Create}};
    if (options.onDuplicate == OnDuplicate::Update)
        needed.append({m_target.table(), Action::Update});
    if (m_target.kind() == ImportTarget::Kind::PaymentRecords)
        needed.append({QStringLiteral("customers"), Action::Read});
    for (const auto& [resource, action] : needed) {
        if (!m_access->can(resource, action))
            return m_access->deniedMessage(resource, action);
    }
    return QString();
}

ImportSummary CsvImporter::run(const QString& path, const Options& options, const Progress& progress) const
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.fileName = QFileInfo(path).fileName();
    summary.table = m_target.table();
    summary.dryRun = options.dryRun;
    auto finish = [&]() {
        summary.elapsedMs = timer.elapsed();
        return summary;
    };

    summary.fatalError = refusal(options);
    if (!summary.fatalError.isEmpty())
        return finish();
    if (options.batchSize < 1 || options.batchSize > 50000) {
        summary.fatalError = tr("The batch size must be from 1 to 50000 records.");
        return finish();
    }
    if (!options.errorFilePath.isEmpty()) {
        const QFileInfo errorInfo(options.errorFilePath);
        if (errorInfo.absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
            summary.fatalError = tr("The error file must not be the imported file.");
            return finish();
        }
        const QFileInfo folder(errorInfo.absolutePath());
        if (!folder.isDir() || !folder.isWritable()) {
            summary.fatalError =
                tr("Cannot write the error file into %1.").arg(QDir::toNativeSeparators(folder.filePath()));
            return finish();
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.fatalError = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return finish();
    }
    summary.bytesTotal = file.size();
    CsvParser::Options parserOptions;
    parserOptions.delimiter = options.delimiter;
    parserOptions.encoding = options.encoding;
    parserOptions.maxFieldBytes = std::max<qint64>(1024, options.maxFieldBytes);
    CsvParser parser(&file, parserOptions);
    const auto header = parser.next();
    summary.encodingName = CsvParser::encodingName(parser.encoding());
    summary.delimiter = parser.delimiter();
    if (!parser.errorString().isEmpty()) {
        summary.fatalError = parser.errorString();
        return finish();
    }
    if (!header) {
        summary.fatalError = tr("The file %1 is empty.").arg(QDir::toNativeSeparators(path));
        return finish();
    }
    if (!header->isValid()) {
        summary.fatalError = tr("The header line cannot be read: %1").arg(header->error);
        return finish();
    }
    const QStringList mapping = options.mapping.isEmpty() ? m_target.suggestMapping(header->fields) : options.mapping;
    summary.fatalError = m_target.checkMapping(header->fields, mapping);
    if (!summary.fatalError.isEmpty())
        return finish();

    const ImportValidator validator(m_target, m_database.dialect(), header->fields, mapping);
    ImportBatchWriter writer(m_database, *m_access, validator, options.onDuplicate == OnDuplicate::Update);
    std::unique_ptr<ImportErrorFile> errorFile;
    if (!options.errorFilePath.isEmpty())
        errorFile = std::make_unique<ImportErrorFile>(options.errorFilePath, header->fields, parser.delimiter());

    QJsonObject auditValues;
    auditValues.insert(QStringLiteral("file"),
                       options.auditFileName.isEmpty() ? summary.fileName : options.auditFileName);
    auditValues.insert(QStringLiteral("on_duplicate"), onDuplicateName(options.onDuplicate));

    auto report = [&](const ImportRow& row, const QString& message, bool failed) {
        if (summary.issues.size() < options.maxIssues)
            summary.issues.append({row.line, message, failed});
        else
            summary.issuesTruncated = true;
    };
    // Counts each row of a processed batch once and sends the failures to the error file.
    auto account = [&](const QList<ImportRow>& rows) {
        for (const ImportRow& row : rows) {
            ++summary.total;
            switch (row.outcome) {
            case ImportRow::Outcome::Pending: // not written (dry run): what the run would do
            case ImportRow::Outcome::Created:
                if (row.existingId > 0)
                    ++summary.updated;
                else
                    ++summary.created;
                break;
            case ImportRow::Outcome::Updated:
                ++summary.updated;
                break;
            case ImportRow::Outcome::SkippedDuplicate:
                ++summary.skippedDuplicates;
                report(row, row.note, false);
                break;
            case ImportRow::Outcome::Failed:
                ++summary.failed;
                report(row, row.error, true);
                if (errorFile && summary.fatalError.isEmpty() && !errorFile->add(row))
                    summary.fatalError = errorFile->errorString();
                break;
            }
        }
    };

    // Parsing and validating (ImportReader, on a thread of its own) overlap with writing here.
    ImportReader reader(parser, validator, options.batchSize);
    reader.start();
    bool stopped = false; // cancelled or fatal: the rest of the file is not processed
    for (;;) {
        std::optional<ImportReader::Batch> next = reader.next();
        if (!next) {
            if (summary.fatalError.isEmpty())
                summary.fatalError = reader.fatalError();
            stopped = !summary.fatalError.isEmpty();
            break;
        }
        QList<ImportRow>& batch = next->rows;
        QString error;
        bool ok = writer.resolve(batch, &error);
        if (ok && !options.dryRun) {
            bool wrote = false;
            for (const ImportRow& row : std::as_const(batch))
                wrote = wrote || row.outcome == ImportRow::Outcome::Pending;
            ok = writer.write(batch, auditValues, &error);
            if (ok && wrote)
                ++summary.batchesCommitted;
        } else if (!ok) {
            for (ImportRow& row : batch) {
                if (row.outcome == ImportRow::Outcome::Pending)
                    row.fail(tr("Line %1 was not imported: %2").arg(row.line).arg(error));
            }
        }
        account(batch);
        if (!ok && summary.fatalError.isEmpty())
            summary.fatalError = error;
        summary.bytesRead = next->bytesRead;
        reader.recycle(std::move(*next)); // its memory is freed on the reader's thread
        if (!summary.fatalError.isEmpty()) {
            stopped = true;
            break;
        }
        const bool last = summary.bytesRead >= summary.bytesTotal;
        if (!last && progress && !progress(summary)) {
            summary.cancelled = true;
            stopped = true;
            break;
        }
    }
    // What was not processed: from that line on (nothing left: not cancelled after all).
    const qint64 rest = reader.stop();
    if (stopped) {
        summary.notProcessedFromLine = rest;
        if (rest == 0 && summary.fatalError.isEmpty())
            summary.cancelled = false;
    }
    if (errorFile) {
        if (!errorFile->close() && summary.fatalError.isEmpty())
            summary.fatalError = errorFile->errorString();
        summary.errorRows = errorFile->rows();
        if (errorFile->rows() > 0)
            summary.errorFilePath = errorFile->path();
    }
    summary.bytesRead = summary.cancelled || !summary.fatalError.isEmpty() ? summary.bytesRead : summary.bytesTotal;
    if (progress && summary.fatalError.isEmpty() && !summary.cancelled)
        progress(summary);
    return finish();
}
