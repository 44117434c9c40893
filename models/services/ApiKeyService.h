#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// API keys of the agents' platform (table api_keys): lists them, creates them, revokes them and
// verifies a presented key. A key is "cdk_" followed by 256 random bits in base64url (47
// characters); it is returned once by create() and never stored: the table keeps its first 8
// characters (key_prefix, shown to users) and its hex SHA-256 (key_hash).
//
// Permissions (AccessContext, resource api_keys): list() needs read, create() create, revoke()
// update, verify() read (the platform runs it as the system context). A refusal changes nothing.
// create() and revoke() write their audit_logs row in the same transaction; the hash and the raw
// key never appear in it. verify() records last_used_at as usage bookkeeping, not audited (like a
// session's last_seen_at).
//
// The known scopes are defined here, in one place (knownScopes()).
class ApiKeyService
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyService)

public:
    enum class Status
    {
        Active,
        Expired,
        Revoked
    };

    // One api_keys row as the administration screen shows it. Never the hash.
    struct Key
    {
        qint64 id = 0;
        QString name;
        QString prefix; // first 8 characters of the raw key, e.g. "cdk_ab12"
        QStringList scopes;
        int rateLimit = 0;      // requests per minute
        QDateTime expiresAt;    // UTC; invalid = never expires
        QDateTime lastUsedAt;   // UTC; invalid = never used
        QDateTime revokedAt;    // UTC; invalid = not revoked
        qint64 createdById = 0; // 0 = unknown (system, or the user was deleted)
        QString createdByEmail;
        QDateTime createdAt; // UTC

        Status status(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    };

    // What create() hands back: the raw key exists only here.
    struct CreatedKey
    {
        qint64 id = 0;
        QString name;
        QString prefix;
        QString rawKey;
    };

    static constexpr int minRateLimit = 1;
    static constexpr int maxRateLimit = 100000;
    static constexpr int defaultRateLimit = 60;
    static constexpr int maxNameLength = 100;
    static constexpr int prefixLength = 8;

    // `database` must outlive the service.
    ApiKeyService(const Database& database, AccessContextPtr context);

    bool canList() const;
    bool canCreate() const;
    bool canRevoke() const;

    // The keys, newest first; without includeRevoked only those not revoked (expired ones included).
    std::optional<QList<Key>> list(bool includeRevoked, QString* error = nullptr) const;

    // Validates (validate(), plus: no other key that is not revoked has the same name, compared
    // case-insensitively), stores prefix and hash, audits, and returns the raw key once.
    // `expiresAt` is UTC (std::nullopt = never expires). Scopes are stored in knownScopes() order.
    std::optional<CreatedKey> create(const QString& name, const QStringList& scopes, int rateLimit,
                                     const std::optional<QDateTime>& expiresAt, QString* error = nullptr);

    // Sets revoked_at; a key already revoked (or unknown) is refused with a message.
    bool revoke(qint64 id, QString* error = nullptr);

    // The id of the key `rawKey` when it exists, is not revoked and has not expired; records its
    // last_used_at. std::nullopt otherwise, with one message for every kind of invalid key.
    std::optional<qint64> verify(const QString& rawKey, QString* error = nullptr);

    // The input rules of create() that need no database: the first problem (translated), or an
    // empty string. The name is taken trimmed.
    static QString validate(const QString& name, const QStringList& scopes, int rateLimit,
                            const std::optional<QDateTime>& expiresAt,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The scopes a key may be given, in display order, e.g. "customers:read".
    static const QStringList& knownScopes();
    // What a scope allows, for the user (translated); empty for an unknown scope.
    static QString scopeDescription(const QString& scope);
    // "Active", "Expired", "Revoked" (translated).
    static QString statusText(Status status);

    // A new raw key: "cdk_" + 43 base64url characters (256 random bits).
    static QString newRawKey();
    // What key_hash stores: the hex SHA-256 of the raw key.
    static QString hashKey(const QString& rawKey);
    static QString keyTag() { return QStringLiteral("cdk_"); }

private:
    bool allowed(PermissionService::Action action, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
