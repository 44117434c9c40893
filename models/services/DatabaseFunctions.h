#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <optional>

class Database;

// The spec's database functions (models/README.md, "The spec's database functions") with one
// behaviour on both engines: on PostgreSQL each method calls the PL/pgSQL function of the same
// name; on SQLite, which has no stored functions, it computes the same answer with SQL and C++.
// (update_updated_at_column() is a trigger in the schema itself and has no method here.)
//
// Error style, the same for every method:
//   - a method with a result returns std::optional<T>; std::nullopt means "no answer";
//   - a method without a result (update_campaign_email_stats) returns bool; false means failure;
//   - on failure *error (when not null) receives a translated, user-readable message. Invalid
//     input (an unknown channel, an empty e-mail address, a non-positive id) is a failure with
//     a message, never a silent false. *error is left untouched on success.
//
// Uses the Database's connection, so call it on the thread that owns that connection.
class DatabaseFunctions
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFunctions)

public:
    explicit DatabaseFunctions(const Database& database);

    // check_opt_out_status: true when the customer must not be contacted on the channel
    // (email, sms, voice, letter or all): an active opt-out for that channel or for "all",
    // or customer_profiles.do_not_contact. A customer without any of these: false.
    std::optional<bool> checkOptOutStatus(qint64 customerId, const QString& channel, QString* error = nullptr) const;

    // log_audit_event: appends an audit_logs row and returns its id. actor_type is "user" when
    // actorId is set, else "system". An empty JSON object is stored as SQL NULL (e.g. the old
    // values of a "create"); empty ipAddress / userAgent are stored as NULL.
    std::optional<qint64> logAuditEvent(std::optional<qint64> actorId, const QString& action, const QString& entityType,
                                        const QString& entityId, const QJsonObject& oldValues,
                                        const QJsonObject& newValues, const QString& ipAddress = {},
                                        const QString& userAgent = {}, QString* error = nullptr) const;

    // calculate_customer_risk_score: 0..100 by the README's formula; std::nullopt (with a
    // message) for an unknown customer or a database error.
    std::optional<int> calculateCustomerRiskScore(qint64 customerId, QString* error = nullptr) const;
    // The risk level of a score: 0-24 "low", 25-49 "medium", 50-74 "high", 75-100 "critical"
    // (values outside 0..100 are clamped).
    static QString riskLevelFor(int score);

    // check_permission: true when role_permissions has (role, resource or "*", action or "*").
    // action must be one of read, create, update, delete, export, manage or "*".
    std::optional<bool> checkPermission(const QString& role, const QString& resource, const QString& action,
                                        QString* error = nullptr) const;

    // clean_expired_sessions / clean_expired_llm_cache: delete the rows whose expires_at has
    // passed and return how many were deleted.
    std::optional<int> cleanExpiredSessions(QString* error = nullptr) const;
    std::optional<int> cleanExpiredLlmCache(QString* error = nullptr) const;

    // is_email_suppressed: true when email_suppressions holds the address (compared trimmed and
    // case-insensitively) and the suppression has not expired.
    std::optional<bool> isEmailSuppressed(const QString& email, QString* error = nullptr) const;

    // update_campaign_email_stats: recounts the campaign's e-mail deliveries sent on that UTC
    // date and upserts its campaign_email_stats row. Fails for an unknown campaign.
    bool updateCampaignEmailStats(qint64 campaignId, const QDate& date, QString* error = nullptr) const;

private:
    // Runs one parameterised statement; on success returns the first column of the first row
    // (a null QVariant when there is no row) and, if asked, the number of affected rows.
    std::optional<QVariant> scalar(const QString& function, const QString& sql, const QVariantList& params,
                                   QString* error, int* rowsAffected = nullptr) const;
    bool campaignExists(qint64 campaignId, QString* error) const;

    const Database& m_database;
};
