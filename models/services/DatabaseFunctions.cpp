#include "DatabaseFunctions.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace {

template <typename T> std::optional<T> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// A null QVariant of the right type for an absent text / integer parameter.
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant jsonOrNull(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// numerator / divisor rounded half away from zero to 4 decimals (as PostgreSQL's round(numeric, 4)),
// or 0 when the divisor is 0. Exact: integer arithmetic only.
double rate4(qint64 numerator, qint64 divisor)
{
    if (divisor <= 0)
        return 0.0;
    const qint64 tenThousandths = (numerator * 20000 + divisor) / (2 * divisor);
    return double(tenThousandths) / 10000.0;
}

// The README's risk formula, from its inputs.
int combineRiskFactors(qint64 overdueCount, qint64 maxDaysOverdue, bool disputed, bool hardBounce,
                       qint64 failedAttempts)
{
    qint64 score = std::min<qint64>(40, 10 * overdueCount) + std::min<qint64>(30, maxDaysOverdue / 3) +
                   std::min<qint64>(10, 5 * failedAttempts);
    if (disputed)
        score += 10;
    if (hardBounce)
        score += 10;
    return int(std::clamp<qint64>(score, 0, 100));
}

const QStringList& contactChannels()
{
    static const QStringList channels = {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice"),
                                         QStringLiteral("letter"), QStringLiteral("all")};
    return channels;
}

const QStringList& permissionActions()
{
    static const QStringList actions = {QStringLiteral("read"),   QStringLiteral("create"), QStringLiteral("update"),
                                        QStringLiteral("delete"), QStringLiteral("export"), QStringLiteral("manage"),
                                        QStringLiteral("*")};
    return actions;
}

} // namespace

DatabaseFunctions::DatabaseFunctions(const Database& database) : m_database(database) {}

std::optional<QVariant> DatabaseFunctions::scalar(const QString& function, const QString& sql,
                                                  const QVariantList& params, QString* error, int* rowsAffected) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail<QVariant>(error, tr("The database function %1 failed: %2").arg(function, query.lastError().text()));
    for (const QVariant& param : params)
        query.addBindValue(param);
    if (!query.exec())
        return fail<QVariant>(error, tr("The database function %1 failed: %2").arg(function, query.lastError().text()));
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    if (query.isSelect() && query.next())
        return query.value(0);
    return QVariant();
}

bool DatabaseFunctions::campaignExists(qint64 campaignId, QString* error) const
{
    const auto found = scalar(QStringLiteral("update_campaign_email_stats"),
                              QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE id = ?"), {campaignId}, error);
    if (!found)
        return false;
    if (found->toLongLong() == 0)
        return failed(error, tr("There is no campaign with id %1.").arg(campaignId));
    return true;
}

// ---------------------------------------------------------------------------------------------
// check_opt_out_status

std::optional<bool> DatabaseFunctions::checkOptOutStatus(qint64 customerId, const QString& channel,
                                                         QString* error) const
{
    if (customerId <= 0)
        return fail<bool>(error, tr("%1 is not a valid customer id.").arg(customerId));
    if (!contactChannels().contains(channel)) {
        return fail<bool>(error, tr("Unknown contact channel \u201c%1\u201d: expected one of %2.")
                                     .arg(channel, contactChannels().join(QStringLiteral(", "))));
    }
    const QString function = QStringLiteral("check_opt_out_status");
    const QString sql = m_database.dialect().isPostgres()
                            ? QStringLiteral("SELECT check_opt_out_status(?, ?)")
                            : QStringLiteral("SELECT EXISTS (SELECT 1 FROM opt_outs WHERE customer_id = ? "
                                             "AND revoked_at IS NULL AND channel IN (?, 'all')) "
                                             "OR EXISTS (SELECT 1 FROM customer_profiles WHERE customer_id = ? "
                                             "AND do_not_contact = 1)");
    const QVariantList params = m_database.dialect().isPostgres() ? QVariantList{customerId, channel}
                                                                  : QVariantList{customerId, channel, customerId};
    const auto value = scalar(function, sql, params, error);
    if (!value)
        return std::nullopt;
    return value->toBool();
}

// ---------------------------------------------------------------------------------------------
// log_audit_event

std::optional<qint64> DatabaseFunctions::logAuditEvent(std::optional<qint64> actorId, const QString& action,
                                                       const QString& entityType, const QString& entityId,
                                                       const QJsonObject& oldValues, const QJsonObject& newValues,
                                                       const QString& ipAddress, const QString& userAgent,
                                                       QString* error) const
{
    if (actorId && *actorId <= 0)
        return fail<qint64>(error, tr("%1 is not a valid user id.").arg(*actorId));
    if (action.trimmed().isEmpty())
        return fail<qint64>(error, tr("An audit event needs an action."));
    if (entityType.trimmed().isEmpty())
        return fail<qint64>(error, tr("An audit event needs an entity type."));

    const Dialect& dialect = m_database.dialect();
    const QVariant actor = actorId ? QVariant(*actorId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariantList params = {actor,
                                 action,
                                 entityType,
                                 textOrNull(entityId),
                                 jsonOrNull(oldValues),
                                 jsonOrNull(newValues),
                                 textOrNull(ipAddress),
                                 textOrNull(userAgent)};
    QString sql;
    if (dialect.isPostgres()) {
        sql = QStringLiteral("SELECT log_audit_event(?, ?, ?, ?, %1, %1, ?, ?)").arg(dialect.jsonParameter());
    } else {
        sql = QStringLiteral("INSERT INTO audit_logs (actor_id, actor_type, action, entity_type, entity_id, "
                             "old_values, new_values, ip_address, user_agent) "
                             "VALUES (?, %1, ?, ?, ?, %2, %2, ?, ?) RETURNING id")
                  .arg(actorId ? QStringLiteral("'user'") : QStringLiteral("'system'"), dialect.jsonParameter());
    }
    const auto id = scalar(QStringLiteral("log_audit_event"), sql, params, error);
    if (!id)
        return std::nullopt;
    if (id->isNull())
        return fail<qint64>(error, tr("The audit event was not recorded."));
    return id->toLongLong();
}

// ---------------------------------------------------------------------------------------------
// calculate_customer_risk_score

std::optional<int> DatabaseFunctions::calculateCustomerRiskScore(qint64 customerId, QString* error) const
{
    if (customerId <= 0)
        return fail<int>(error, tr("%1 is not a valid customer id.").arg(customerId));
    const Dialect& dialect = m_database.dialect();
    const QString function = QStringLiteral("calculate_customer_risk_score");
    const QString unknown = tr("There is no customer with id %1.").arg(customerId);

    if (dialect.isPostgres()) {
        const auto value =
            scalar(function, QStringLiteral("SELECT calculate_customer_risk_score(?)"), {customerId}, error);
        if (!value)
            return std::nullopt;
        if (value->isNull())
            return fail<int>(error, unknown);
        return value->toInt();
    }

    // SQLite: one row of inputs for the formula, none for an unknown customer. Dates are
    // 'YYYY-MM-DD' text, so julianday differences are whole days.
    const QString today = dialect.todayExpression();
    const QString overdue = QStringLiteral("FROM payment_records p WHERE p.customer_id = c.id "
                                           "AND p.status IN ('pending', 'partial', 'overdue') AND p.due_date < %1")
                                .arg(today);
    const QString sql =
        QStringLiteral("SELECT (SELECT COUNT(*) %1), "
                       "(SELECT COALESCE(MAX(CAST(julianday(%2) - julianday(p.due_date) AS INTEGER)), 0) %1), "
                       "EXISTS (SELECT 1 FROM payment_records d WHERE d.customer_id = c.id AND d.status = 'disputed'), "
                       "c.email IS NOT NULL AND EXISTS (SELECT 1 FROM email_bounces b WHERE b.bounce_type = 'hard' "
                       "AND lower(b.email_address) = lower(c.email)), "
                       "(SELECT COUNT(*) FROM contact_attempts a WHERE a.customer_id = c.id AND a.status = 'failed' "
                       "AND a.attempted_at >= ?) "
                       "FROM customers c WHERE c.id = ?")
            .arg(overdue, today);
    const QVariant since = dialect.timestampToSql(QDateTime::currentDateTimeUtc().addDays(-30));

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(since);
    query.addBindValue(customerId);
    if (!query.exec())
        return fail<int>(error, tr("The database function %1 failed: %2").arg(function, query.lastError().text()));
    if (!query.next())
        return fail<int>(error, unknown);
    return combineRiskFactors(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toBool(),
                              query.value(3).toBool(), query.value(4).toLongLong());
}

QString DatabaseFunctions::riskLevelFor(int score)
{
    score = std::clamp(score, 0, 100);
    if (score < 25)
        return QStringLiteral("low");
    if (score < 50)
        return QStringLiteral("medium");
    if (score < 75)
        return QStringLiteral("high");
    return QStringLiteral("critical");
}

// ---------------------------------------------------------------------------------------------
// check_permission

std::optional<bool> DatabaseFunctions::checkPermission(const QString& role, const QString& resource,
                                                       const QString& action, QString* error) const
{
    if (role.trimmed().isEmpty())
        return fail<bool>(error, tr("A permission check needs a role."));
    if (resource.trimmed().isEmpty())
        return fail<bool>(error, tr("A permission check needs a resource."));
    if (!permissionActions().contains(action)) {
        return fail<bool>(error, tr("Unknown permission action \u201c%1\u201d: expected one of %2.")
                                     .arg(action, permissionActions().join(QStringLiteral(", "))));
    }
    const QString sql = m_database.dialect().isPostgres()
                            ? QStringLiteral("SELECT check_permission(?, ?, ?)")
                            : QStringLiteral("SELECT EXISTS (SELECT 1 FROM role_permissions WHERE role = ? "
                                             "AND resource IN (?, '*') AND action IN (?, '*'))");
    const auto value = scalar(QStringLiteral("check_permission"), sql, {role, resource, action}, error);
    if (!value)
        return std::nullopt;
    return value->toBool();
}

// ---------------------------------------------------------------------------------------------
// clean_expired_sessions / clean_expired_llm_cache

std::optional<int> DatabaseFunctions::cleanExpiredSessions(QString* error) const
{
    const QString function = QStringLiteral("clean_expired_sessions");
    if (m_database.dialect().isPostgres()) {
        const auto value = scalar(function, QStringLiteral("SELECT clean_expired_sessions()"), {}, error);
        return value ? std::optional<int>(value->toInt()) : std::nullopt;
    }
    int deleted = 0;
    const QString sql =
        QStringLiteral("DELETE FROM user_sessions WHERE expires_at < %1").arg(m_database.dialect().nowExpression());
    if (!scalar(function, sql, {}, error, &deleted))
        return std::nullopt;
    return deleted;
}

std::optional<int> DatabaseFunctions::cleanExpiredLlmCache(QString* error) const
{
    const QString function = QStringLiteral("clean_expired_llm_cache");
    if (m_database.dialect().isPostgres()) {
        const auto value = scalar(function, QStringLiteral("SELECT clean_expired_llm_cache()"), {}, error);
        return value ? std::optional<int>(value->toInt()) : std::nullopt;
    }
    int deleted = 0;
    const QString sql =
        QStringLiteral("DELETE FROM llm_cache WHERE expires_at < %1").arg(m_database.dialect().nowExpression());
    if (!scalar(function, sql, {}, error, &deleted))
        return std::nullopt;
    return deleted;
}

// ---------------------------------------------------------------------------------------------
// is_email_suppressed

std::optional<bool> DatabaseFunctions::isEmailSuppressed(const QString& email, QString* error) const
{
    // Addresses are stored lower-case (CHECK constraint); compare the normalised form.
    const QString normalised = email.trimmed().toLower();
    if (normalised.isEmpty())
        return fail<bool>(error, tr("An e-mail address is needed to check for a suppression."));
    const QString sql = m_database.dialect().isPostgres()
                            ? QStringLiteral("SELECT is_email_suppressed(?)")
                            : QStringLiteral("SELECT EXISTS (SELECT 1 FROM email_suppressions WHERE email_address = ? "
                                             "AND (expires_at IS NULL OR expires_at > %1))")
                                  .arg(m_database.dialect().nowExpression());
    const auto value = scalar(QStringLiteral("is_email_suppressed"), sql, {normalised}, error);
    if (!value)
        return std::nullopt;
    return value->toBool();
}

// ---------------------------------------------------------------------------------------------
// update_campaign_email_stats

bool DatabaseFunctions::updateCampaignEmailStats(qint64 campaignId, const QDate& date, QString* error) const
{
    if (campaignId <= 0)
        return failed(error, tr("%1 is not a valid campaign id.").arg(campaignId));
    if (!date.isValid())
        return failed(error, tr("The statistics date is not valid."));
    if (!campaignExists(campaignId, error))
        return false;

    const Dialect& dialect = m_database.dialect();
    const QString function = QStringLiteral("update_campaign_email_stats");
    if (dialect.isPostgres())
        return scalar(function, QStringLiteral("SELECT update_campaign_email_stats(?, ?)"),
                      {campaignId, dialect.dateToSql(date)}, error)
            .has_value();

    // SQLite: count the UTC day [date 00:00, date+1 00:00) in C++-readable form, then upsert.
    const QVariant from = dialect.timestampToSql(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
    const QVariant to = dialect.timestampToSql(QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::utc()));
    QSqlQuery counts(m_database.connection());
    counts.setForwardOnly(true);
    counts.prepare(QStringLiteral("SELECT COUNT(*), COUNT(delivered_at), COUNT(opened_at), COUNT(clicked_at), "
                                  "COALESCE(SUM(status IN ('soft_bounce', 'hard_bounce')), 0), "
                                  "COALESCE(SUM(status = 'complained'), 0) "
                                  "FROM email_deliveries WHERE campaign_id = ? AND sent_at >= ? AND sent_at < ?"));
    counts.addBindValue(campaignId);
    counts.addBindValue(from);
    counts.addBindValue(to);
    if (!counts.exec() || !counts.next())
        return failed(error, tr("The database function %1 failed: %2").arg(function, counts.lastError().text()));
    const qint64 sent = counts.value(0).toLongLong();
    const qint64 delivered = counts.value(1).toLongLong();
    const qint64 opened = counts.value(2).toLongLong();
    const qint64 clicked = counts.value(3).toLongLong();
    const qint64 bounced = counts.value(4).toLongLong();
    const qint64 complained = counts.value(5).toLongLong();

    const QString upsert = QStringLiteral(
        "INSERT INTO campaign_email_stats (campaign_id, stat_date, sent_count, delivered_count, opened_count, "
        "clicked_count, bounced_count, complained_count, open_rate, click_rate, bounce_rate) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (campaign_id, stat_date) DO UPDATE SET sent_count = excluded.sent_count, "
        "delivered_count = excluded.delivered_count, opened_count = excluded.opened_count, "
        "clicked_count = excluded.clicked_count, bounced_count = excluded.bounced_count, "
        "complained_count = excluded.complained_count, open_rate = excluded.open_rate, "
        "click_rate = excluded.click_rate, bounce_rate = excluded.bounce_rate");
    const QVariantList params = {campaignId,
                                 dialect.dateToSql(date),
                                 sent,
                                 delivered,
                                 opened,
                                 clicked,
                                 bounced,
                                 complained,
                                 rate4(opened, delivered),
                                 rate4(clicked, delivered),
                                 rate4(bounced, sent)};
    return scalar(function, upsert, params, error).has_value();
}
