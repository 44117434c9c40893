#include "AuditLogQuery.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace {

const QString& auditTable()
{
    static const QString table = QStringLiteral("audit_logs");
    return table;
}

const QString& createdAtIndex()
{
    static const QString index = QStringLiteral("idx_audit_logs_created_at");
    return index;
}

QJsonObject parseObject(const QVariant& value, bool* present)
{
    *present = !value.isNull();
    if (!*present)
        return QJsonObject();
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

bool prepareAndExec(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

AuditLogQuery::AuditLogQuery(const Database& database, AccessContextPtr access)
    : m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
}

bool AuditLogQuery::canRead() const
{
    return m_access->can(auditTable(), PermissionService::Action::Read);
}

bool AuditLogQuery::canExport() const
{
    return canRead() && m_access->can(auditTable(), PermissionService::Action::Export);
}

void AuditLogQuery::setSelectiveRowLimit(qint64 rows)
{
    m_selectiveRowLimit = std::max<qint64>(0, rows);
    m_planFilter.reset();
}

bool AuditLogQuery::checkRead(QString* error) const
{
    if (canRead())
        return true;
    if (error)
        *error = m_access->deniedMessage(auditTable(), PermissionService::Action::Read);
    return false;
}

QStringList AuditLogQuery::actorTypes()
{
    return {QStringLiteral("user"), QStringLiteral("agent"), QStringLiteral("system"), QStringLiteral("api_key")};
}

QString AuditLogQuery::actorLabel(const QString& actorType, const QString& email)
{
    if (actorType == QLatin1String("user"))
        return email.isEmpty() ? tr("unknown user") : email;
    if (actorType == QLatin1String("system"))
        return tr("system");
    if (actorType == QLatin1String("agent"))
        return tr("agent");
    if (actorType == QLatin1String("api_key"))
        return tr("api key");
    return actorType;
}

QStringList AuditLogQuery::conditions(const AuditLogFilter& filter, QVariantList* values) const
{
    const Dialect& dialect = m_database.dialect();
    QStringList where;
    if (!filter.entityType.isEmpty()) {
        where << QStringLiteral("a.entity_type = ?");
        *values << filter.entityType;
    }
    if (!filter.entityId.isEmpty()) {
        where << QStringLiteral("a.entity_id = ?");
        *values << filter.entityId;
    }
    if (filter.actorId) {
        where << QStringLiteral("a.actor_id = ?");
        *values << QVariant::fromValue<qlonglong>(*filter.actorId);
    }
    if (!filter.actorType.isEmpty()) {
        where << QStringLiteral("a.actor_type = ?");
        *values << filter.actorType;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("a.action = ?");
        *values << filter.action;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("a.created_at >= ?");
        *values << dialect.timestampToSql(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("a.created_at < ?");
        *values << dialect.timestampToSql(filter.to);
    }
    return where;
}

std::optional<qint64> AuditLogQuery::matchesUpTo(const QString& index, const QString& condition,
                                                 const QVariantList& values, qint64 limit, QString* error) const
{
    QSqlQuery query(m_database.connection());
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_logs AS a INDEXED BY %1 "
                                       "WHERE %2 LIMIT %3) AS probe")
                            .arg(index, condition)
                            .arg(limit);
    if (!prepareAndExec(query, sql, values, error) || !query.next()) {
        if (error && error->isEmpty())
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QString AuditLogQuery::pageIndex(const AuditLogFilter& filter, bool firstPage, QString* error) const
{
    if (!m_database.dialect().isSqlite())
        return QString();
    if (!firstPage && m_planFilter && *m_planFilter == filter)
        return m_planIndex;

    struct Candidate
    {
        QString index;
        QString condition;
        QVariantList values;
    };
    QList<Candidate> candidates;
    if (!filter.entityType.isEmpty()) {
        Candidate entity{QStringLiteral("idx_audit_logs_entity_type_entity_id"),
                         QStringLiteral("a.entity_type = ?"),
                         {filter.entityType}};
        if (!filter.entityId.isEmpty()) {
            entity.condition += QStringLiteral(" AND a.entity_id = ?");
            entity.values << filter.entityId;
        }
        candidates << entity;
    }
    if (filter.actorId) {
        candidates << Candidate{QStringLiteral("idx_audit_logs_actor_id"),
                                QStringLiteral("a.actor_id = ?"),
                                {QVariant::fromValue<qlonglong>(*filter.actorId)}};
    }

    QString chosen = createdAtIndex();
    qint64 fewest = m_selectiveRowLimit + 1;
    for (const Candidate& candidate : std::as_const(candidates)) {
        const auto matches =
            matchesUpTo(candidate.index, candidate.condition, candidate.values, m_selectiveRowLimit + 1, error);
        if (!matches)
            return QString();
        if (*matches < fewest) {
            fewest = *matches;
            chosen = candidate.index;
        }
    }
    m_planFilter = filter;
    m_planIndex = chosen;
    return chosen;
}

std::optional<AuditLogQuery::Statement>
AuditLogQuery::pageStatement(const AuditLogFilter& filter, const PageCursor& after, int limit, QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    Statement statement;
    QStringList where = conditions(filter, &statement.values);
    if (after.hasKey) {
        // (created_at, id) < (key, id), written so that created_at <= key bounds the index range.
        where << QStringLiteral("a.created_at <= ?") << QStringLiteral("(a.created_at < ? OR a.id < ?)");
        statement.values << after.key << after.key << QVariant::fromValue<qlonglong>(after.id);
    }
    QString indexError;
    const QString index = pageIndex(filter, !after.hasKey, &indexError);
    if (!indexError.isEmpty()) {
        if (error)
            *error = indexError;
        return std::nullopt;
    }

    statement.sql = QStringLiteral("SELECT a.id, a.created_at, %1 AS page_key, a.actor_id, a.actor_type, a.action, "
                                   "a.entity_type, a.entity_id, a.old_values, a.new_values, u.email "
                                   "FROM audit_logs AS a%2 LEFT JOIN users AS u ON u.id = a.actor_id")
                        .arg(dialect.sortKeyExpression(QStringLiteral("a.created_at")),
                             index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index);
    if (!where.isEmpty())
        statement.sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement.sql += QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT %1").arg(limit);
    return statement;
}

AuditLogQuery::Page AuditLogQuery::page(const AuditLogFilter& filter, const PageCursor& after, int limit) const
{
    Page page;
    page.next = after;
    if (!checkRead(&page.error))
        return page;
    if (after.segment == PageCursor::Segment::End) {
        page.atEnd = true;
        return page;
    }
    limit = std::clamp(limit, 1, MaximumPageSize);
    const auto statement = pageStatement(filter, after, limit, &page.error);
    if (!statement) {
        page.error = tr("The audit log cannot be read: %1").arg(page.error);
        return page;
    }

    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    QString error;
    if (!prepareAndExec(query, statement->sql, statement->values, &error)) {
        page.error = tr("The audit log cannot be read: %1").arg(error);
        return page;
    }
    PageCursor next = after;
    while (query.next()) {
        AuditLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = dialect.timestampFromSql(query.value(1));
        if (!query.value(3).isNull())
            entry.actorId = query.value(3).toLongLong();
        entry.actorType = query.value(4).toString();
        entry.actor = actorLabel(entry.actorType, query.value(10).toString());
        entry.action = query.value(5).toString();
        entry.entityType = query.value(6).toString();
        entry.entityId = query.value(7).toString();
        entry.oldValues = parseObject(query.value(8), &entry.hasOldValues);
        entry.newValues = parseObject(query.value(9), &entry.hasNewValues);
        next.segment = PageCursor::Segment::Values;
        next.hasKey = true;
        next.key = query.value(2);
        next.id = entry.id;
        page.rows << entry;
    }
    if (query.lastError().isValid()) {
        page.rows.clear();
        page.error = tr("The audit log cannot be read: %1").arg(query.lastError().text());
        return page;
    }
    page.atEnd = page.rows.size() < limit;
    if (page.atEnd)
        next = PageCursor{PageCursor::Segment::End, false, QVariant(), 0};
    page.next = next;
    return page;
}

qint64 AuditLogQuery::count(const AuditLogFilter& filter, QString* error) const
{
    if (!checkRead(error))
        return -1;
    QVariantList values;
    const QStringList where = conditions(filter, &values);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_logs AS a");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery query(m_database.connection());
    QString queryError;
    if (!prepareAndExec(query, sql, values, &queryError) || !query.next()) {
        if (error)
            *error = tr("The audit log entries cannot be counted: %1")
                         .arg(queryError.isEmpty() ? query.lastError().text() : queryError);
        return -1;
    }
    return query.value(0).toLongLong();
}

QStringList AuditLogQuery::entityTypes(QString* error) const
{
    if (!checkRead(error))
        return {};
    // A skip scan: each step asks the (entity_type, entity_id) index for the next greater type,
    // so the cost grows with the number of types, not of rows.
    const QString sql = QStringLiteral(
        "WITH RECURSIVE types(entity_type) AS ("
        " SELECT MIN(entity_type) FROM audit_logs"
        " UNION ALL"
        " SELECT (SELECT MIN(a.entity_type) FROM audit_logs AS a WHERE a.entity_type > types.entity_type)"
        " FROM types WHERE types.entity_type IS NOT NULL)"
        " SELECT entity_type FROM types WHERE entity_type IS NOT NULL");
    QSqlQuery query(m_database.connection());
    QString queryError;
    if (!prepareAndExec(query, sql, {}, &queryError)) {
        if (error)
            *error = tr("The audit log cannot be read: %1").arg(queryError);
        return {};
    }
    QStringList types;
    while (query.next())
        types << query.value(0).toString();
    return types;
}

QStringList AuditLogQuery::actions(QString* error) const
{
    if (!checkRead(error))
        return {};
    QSqlQuery query(m_database.connection());
    QString queryError;
    if (!prepareAndExec(query, QStringLiteral("SELECT DISTINCT action FROM audit_logs ORDER BY action"), {},
                        &queryError)) {
        if (error)
            *error = tr("The audit log cannot be read: %1").arg(queryError);
        return {};
    }
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

QList<AuditLogQuery::Actor> AuditLogQuery::actors(QString* error) const
{
    if (!checkRead(error))
        return {};
    QList<Actor> actors;
    QString queryError;
    {
        // users is small; each EXISTS is one probe of the actor_id index.
        QSqlQuery query(m_database.connection());
        if (!prepareAndExec(query,
                            QStringLiteral("SELECT u.id, u.email FROM users AS u WHERE EXISTS "
                                           "(SELECT 1 FROM audit_logs AS a WHERE a.actor_id = u.id) ORDER BY u.email"),
                            {}, &queryError)) {
            if (error)
                *error = tr("The audit log cannot be read: %1").arg(queryError);
            return {};
        }
        while (query.next()) {
            actors << Actor{query.value(0).toLongLong(), QStringLiteral("user"),
                            actorLabel(QStringLiteral("user"), query.value(1).toString())};
        }
    }
    for (const QString& type : actorTypes()) {
        if (type == QLatin1String("user"))
            continue;
        QSqlQuery query(m_database.connection());
        if (!prepareAndExec(query, QStringLiteral("SELECT 1 FROM audit_logs WHERE actor_type = ? LIMIT 1"), {type},
                            &queryError)) {
            if (error)
                *error = tr("The audit log cannot be read: %1").arg(queryError);
            return {};
        }
        if (query.next())
            actors << Actor{std::nullopt, type, actorLabel(type, QString())};
    }
    return actors;
}

QStringList AuditLogQuery::explainPage(const AuditLogFilter& filter, const PageCursor& after, QString* error) const
{
    if (!checkRead(error))
        return {};
    QString statementError;
    const auto statement = pageStatement(filter, after, DefaultPageSize, &statementError);
    if (!statement) {
        if (error)
            *error = statementError;
        return {};
    }
    const bool sqlite = m_database.dialect().isSqlite();
    QSqlQuery query(m_database.connection());
    QString queryError;
    bool ran = false;
    if (sqlite) {
        ran = prepareAndExec(query, QStringLiteral("EXPLAIN QUERY PLAN ") + statement->sql, statement->values,
                             &queryError);
    } else {
        // PostgreSQL cannot PREPARE an EXPLAIN: the values go into the text as the driver's literals
        // (the statement holds no other '?').
        QString sql = QStringLiteral("EXPLAIN ") + statement->sql;
        const QSqlDriver* driver = m_database.connection().driver();
        for (const QVariant& value : statement->values) {
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            const qsizetype at = sql.indexOf(QLatin1Char('?'));
            if (at < 0)
                break;
            sql.replace(at, 1, driver->formatValue(field));
        }
        query.setForwardOnly(true);
        ran = query.exec(sql);
        if (!ran)
            queryError = query.lastError().text();
    }
    if (!ran) {
        if (error)
            *error = queryError;
        return {};
    }
    QStringList lines;
    const int column = sqlite ? query.record().indexOf(QStringLiteral("detail")) : 0;
    while (query.next())
        lines << query.value(std::max(column, 0)).toString();
    return lines;
}
