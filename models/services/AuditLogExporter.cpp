#include "AuditLogExporter.h"

#include "AuditLogEntry.h"
#include "AuditLogQuery.h"
#include "db/Database.h"
#include "io/SaveFileWriter.h"

#include <QJsonDocument>

namespace {

const QString& auditTable()
{
    static const QString table = QStringLiteral("audit_logs");
    return table;
}

QString json(const QJsonObject& object, bool present)
{
    return present ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : QString();
}

} // namespace

AuditLogExporter::AuditLogExporter(const Database& database, AccessContextPtr access)
    : m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
}

QString AuditLogExporter::refusal() const
{
    for (const auto action : {PermissionService::Action::Read, PermissionService::Action::Export}) {
        if (!m_access->can(auditTable(), action))
            return m_access->deniedMessage(auditTable(), action);
    }
    return QString();
}

bool AuditLogExporter::canExport() const
{
    return refusal().isEmpty();
}

QStringList AuditLogExporter::header()
{
    return {tr("Time (UTC)"), tr("Actor"),          tr("Actor type"), tr("Action"),    tr("Entity type"),
            tr("Entity id"),  tr("Changed fields"), tr("Old values"), tr("New values")};
}

QStringList AuditLogExporter::fields(const AuditLogEntry& entry)
{
    return {entry.time.toUTC().toString(Qt::ISODateWithMs),
            entry.actor,
            entry.actorType,
            entry.action,
            entry.entityType,
            entry.entityId,
            entry.changedFields().join(QStringLiteral("; ")),
            json(entry.oldValues, entry.hasOldValues),
            json(entry.newValues, entry.hasNewValues)};
}

AuditLogExporter::Result AuditLogExporter::exportTo(const AuditLogFilter& filter, QIODevice* device,
                                                    const Progress& progress) const
{
    Result result;
    result.error = refusal();
    if (!result.error.isEmpty())
        return result;
    CsvWriter writer(device, m_csvOptions);
    if (!writer.writeRow(header())) {
        result.error = writer.errorString();
        return result;
    }
    const AuditLogQuery query(m_database, m_access);
    PageCursor cursor;
    for (;;) {
        const AuditLogQuery::Page page = query.page(filter, cursor, m_pageSize);
        if (!page.error.isEmpty()) {
            result.error = page.error;
            return result;
        }
        for (const AuditLogEntry& entry : page.rows) {
            if (!writer.writeRow(fields(entry))) {
                result.error = writer.errorString();
                return result;
            }
            ++result.rows;
        }
        if (progress && !progress(result.rows)) {
            if (!page.atEnd) {
                result.cancelled = true;
                result.error = tr("The export was cancelled after %Ln entries.", nullptr, int(result.rows));
                return result;
            }
        }
        if (page.atEnd)
            break;
        cursor = page.next;
    }
    result.ok = true;
    return result;
}

AuditLogExporter::Result AuditLogExporter::exportTo(const AuditLogFilter& filter, const QString& path,
                                                    const Progress& progress) const
{
    Result refused;
    refused.error = refusal();
    if (!refused.error.isEmpty())
        return refused; // nothing is created or replaced
    return SaveFileWriter::write<Result>(
        path, [&](QIODevice* device) { return exportTo(filter, device, progress); },
        [](const QString& file, const QString& reason) { return tr("Cannot write %1: %2").arg(file, reason); });
}
