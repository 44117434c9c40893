#include "ApiKeyService.h"

#include "AuditTrail.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace {

const QString kTable = QStringLiteral("api_keys");

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString localText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

const TableSpec& apiKeysSpec()
{
    return *TableCatalog::find(kTable);
}

// The scopes in knownScopes() order, without duplicates.
QStringList canonicalScopes(const QStringList& scopes)
{
    QStringList result;
    for (const QString& known : ApiKeyService::knownScopes()) {
        if (scopes.contains(known))
            result << known;
    }
    return result;
}

} // namespace

ApiKeyService::Status ApiKeyService::Key::status(const QDateTime& now) const
{
    if (revokedAt.isValid())
        return Status::Revoked;
    if (expiresAt.isValid() && expiresAt <= now)
        return Status::Expired;
    return Status::Active;
}

ApiKeyService::ApiKeyService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

const QStringList& ApiKeyService::knownScopes()
{
    static const QStringList scopes = {
        QStringLiteral("customers:read"), QStringLiteral("customers:write"), QStringLiteral("payments:read"),
        QStringLiteral("payments:write"), QStringLiteral("campaigns:read"),  QStringLiteral("campaigns:write"),
        QStringLiteral("templates:read"), QStringLiteral("analytics:read"),
    };
    return scopes;
}

QString ApiKeyService::scopeDescription(const QString& scope)
{
    if (scope == QLatin1String("customers:read"))
        return tr("Read customers and their profiles");
    if (scope == QLatin1String("customers:write"))
        return tr("Create and change customers and their profiles");
    if (scope == QLatin1String("payments:read"))
        return tr("Read payment records");
    if (scope == QLatin1String("payments:write"))
        return tr("Create and change payment records");
    if (scope == QLatin1String("campaigns:read"))
        return tr("Read campaigns and tasks");
    if (scope == QLatin1String("campaigns:write"))
        return tr("Create and change campaigns and tasks");
    if (scope == QLatin1String("templates:read"))
        return tr("Read message templates");
    if (scope == QLatin1String("analytics:read"))
        return tr("Read metrics, usage and statistics");
    return QString();
}

QString ApiKeyService::statusText(Status status)
{
    switch (status) {
    case Status::Active:
        return tr("Active");
    case Status::Expired:
        return tr("Expired");
    case Status::Revoked:
        return tr("Revoked");
    }
    return QString();
}

QString ApiKeyService::newRawKey()
{
    if (sodium_init() < 0) // idempotent and thread-safe
        qFatal("libsodium could not be initialised");
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray encoded = QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes, sizeof bytes);
    return keyTag() + QString::fromLatin1(encoded);
}

QString ApiKeyService::hashKey(const QString& rawKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawKey.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool ApiKeyService::allowed(PermissionService::Action action, QString* error) const
{
    if (m_context->can(kTable, action))
        return true;
    return fail(error, m_context->deniedMessage(kTable, action));
}

bool ApiKeyService::canList() const
{
    return m_context->can(kTable, PermissionService::Action::Read);
}

bool ApiKeyService::canCreate() const
{
    return m_context->can(kTable, PermissionService::Action::Create);
}

bool ApiKeyService::canRevoke() const
{
    return m_context->can(kTable, PermissionService::Action::Update);
}

QString ApiKeyService::validate(const QString& name, const QStringList& scopes, int rateLimit,
                                const std::optional<QDateTime>& expiresAt, const QDateTime& now)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the API key, e.g. the system that will use it.");
    if (trimmed.size() > maxNameLength)
        return tr("The name is too long: at most %1 characters.").arg(maxNameLength);
    if (scopes.isEmpty())
        return tr("Choose at least one scope: what the key may do.");
    for (const QString& scope : scopes) {
        if (!knownScopes().contains(scope))
            return tr("“%1” is not a known scope. Known scopes: %2.")
                .arg(scope, knownScopes().join(QStringLiteral(", ")));
    }
    if (rateLimit < minRateLimit || rateLimit > maxRateLimit)
        return tr("The rate limit must be between %1 and %2 requests per minute.")
            .arg(QLocale().toString(minRateLimit), QLocale().toString(maxRateLimit));
    if (expiresAt) {
        if (!expiresAt->isValid())
            return tr("The expiry date is not valid.");
        if (*expiresAt <= now)
            return tr("The expiry must be in the future.");
    }
    return QString();
}

std::optional<QList<ApiKeyService::Key>> ApiKeyService::list(bool includeRevoked, QString* error) const
{
    if (!allowed(PermissionService::Action::Read, error))
        return std::nullopt;
    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT k.id, k.name, k.key_prefix, k.scopes, k.rate_limit, k.expires_at, k.last_used_at, "
                           "k.revoked_at, k.created_by, u.email, k.created_at "
                           "FROM api_keys k LEFT JOIN users u ON u.id = k.created_by %1"
                           "ORDER BY k.created_at DESC, k.id DESC")
                .arg(includeRevoked ? QString() : QStringLiteral("WHERE k.revoked_at IS NULL ")),
            {}, &dbError)) {
        fail(error, tr("The API keys could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QList<Key> keys;
    while (query.next()) {
        Key key;
        key.id = query.value(0).toLongLong();
        key.name = query.value(1).toString();
        key.prefix = query.value(2).toString();
        key.scopes = dialect.arrayFromSql(query.value(3));
        key.rateLimit = query.value(4).toInt();
        key.expiresAt = dialect.timestampFromSql(query.value(5));
        key.lastUsedAt = dialect.timestampFromSql(query.value(6));
        key.revokedAt = dialect.timestampFromSql(query.value(7));
        key.createdById = query.value(8).isNull() ? 0 : query.value(8).toLongLong();
        key.createdByEmail = query.value(9).toString();
        key.createdAt = dialect.timestampFromSql(query.value(10));
        keys << key;
    }
    return keys;
}

std::optional<ApiKeyService::CreatedKey> ApiKeyService::create(const QString& name, const QStringList& scopes,
                                                               int rateLimit, const std::optional<QDateTime>& expiresAt,
                                                               QString* error)
{
    auto refuse = [error](const QString& message) -> std::optional<CreatedKey> {
        fail(error, message);
        return std::nullopt;
    };
    if (!allowed(PermissionService::Action::Create, error))
        return std::nullopt;
    const QString problem = validate(name, scopes, rateLimit, expiresAt);
    if (!problem.isEmpty())
        return refuse(problem);

    const Dialect& dialect = m_database.dialect();
    const QString trimmed = name.trimmed();
    QString dbError;
    auto databaseError = [&] { return refuse(tr("The API key could not be created: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!SqlCall::run(query, QStringLiteral("SELECT 1 FROM api_keys WHERE lower(name) = ? AND revoked_at IS NULL"),
                          {trimmed.toLower()}, &dbError))
            return databaseError();
        if (query.next())
            return refuse(tr("An API key named “%1” already exists. Choose another name, or revoke that key first.")
                              .arg(trimmed));
    }

    CreatedKey created;
    created.name = trimmed;
    created.rawKey = newRawKey();
    created.prefix = created.rawKey.left(prefixLength);
    const std::optional<qint64> actor = m_context->actorId();
    {
        QSqlQuery query(m_database.connection());
        if (!SqlCall::run(
                query,
                QStringLiteral("INSERT INTO api_keys (name, key_prefix, key_hash, scopes, rate_limit, expires_at, "
                               "created_by) VALUES (?, ?, ?, %1, ?, ?, ?) RETURNING id")
                    .arg(dialect.arrayParameter()),
                {trimmed, created.prefix, hashKey(created.rawKey), dialect.arrayToSql(canonicalScopes(scopes)),
                 rateLimit, dialect.timestampToSql(expiresAt ? *expiresAt : QDateTime()),
                 actor ? QVariant(*actor) : QVariant(QMetaType(QMetaType::LongLong))},
                &dbError))
            return databaseError();
        if (!query.next()) {
            dbError = query.lastError().text();
            return databaseError();
        }
        created.id = query.value(0).toLongLong();
        query.finish(); // SQLite cannot commit while a RETURNING statement is still open
    }

    const AuditTrail audit(m_database, *m_context);
    const std::optional<QJsonObject> snapshot = audit.snapshot(apiKeysSpec(), created.id, &dbError);
    if (!snapshot)
        return databaseError();
    QJsonObject values = *snapshot;
    values.remove(QStringLiteral("key_hash")); // the audit says a key was made, not what it hashes to
    if (!audit.recordCreate(apiKeysSpec(), created.id, values, &dbError) || !transaction.commit(&dbError))
        return databaseError();
    return created;
}

bool ApiKeyService::revoke(qint64 id, QString* error)
{
    if (!allowed(PermissionService::Action::Update, error))
        return false;
    const Dialect& dialect = m_database.dialect();
    QString dbError;
    auto databaseError = [&] { return fail(error, tr("The API key could not be revoked: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QString name;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!SqlCall::run(query, QStringLiteral("SELECT name, revoked_at FROM api_keys WHERE id = ?"), {id}, &dbError))
            return databaseError();
        if (!query.next())
            return fail(error, tr("There is no API key with id %1. Reload the list.").arg(id));
        name = query.value(0).toString();
        const QDateTime revokedAt = dialect.timestampFromSql(query.value(1));
        if (revokedAt.isValid())
            return fail(error, tr("The API key “%1” was already revoked on %2.").arg(name, localText(revokedAt)));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QSqlQuery query(m_database.connection());
        if (!SqlCall::run(query,
                          QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                          {dialect.timestampToSql(now), id}, &dbError))
            return databaseError();
        if (query.numRowsAffected() != 1)
            return fail(error, tr("The API key “%1” was already revoked.").arg(name));
    }
    const AuditTrail audit(m_database, *m_context);
    if (!audit.recordEvent(QStringLiteral("revoke"), apiKeysSpec(), id,
                           {{QStringLiteral("revoked_at"), QJsonValue(QJsonValue::Null)}},
                           {{QStringLiteral("revoked_at"), isoUtc(now)}}, &dbError) ||
        !transaction.commit(&dbError))
        return databaseError();
    return true;
}

std::optional<qint64> ApiKeyService::verify(const QString& rawKey, QString* error)
{
    if (!allowed(PermissionService::Action::Read, error))
        return std::nullopt;
    const QString invalid = tr("This API key is not valid, has expired or was revoked.");
    const QString key = rawKey.trimmed();
    if (key.isEmpty()) {
        fail(error, invalid);
        return std::nullopt;
    }
    const Dialect& dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString dbError;
    qint64 id = 0;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!SqlCall::run(query, QStringLiteral("SELECT id, expires_at, revoked_at FROM api_keys WHERE key_hash = ?"),
                          {hashKey(key)}, &dbError)) {
            fail(error, tr("The API key could not be checked: %1").arg(dbError));
            return std::nullopt;
        }
        if (!query.next()) {
            fail(error, invalid);
            return std::nullopt;
        }
        id = query.value(0).toLongLong();
        const QDateTime expiresAt = dialect.timestampFromSql(query.value(1));
        if (!query.value(2).isNull() || (expiresAt.isValid() && expiresAt <= now)) {
            fail(error, invalid);
            return std::nullopt;
        }
    }
    // The WHERE clause repeats the checks, so a revocation in between is not overlooked.
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query,
                      QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND revoked_at IS NULL "
                                     "AND (expires_at IS NULL OR expires_at > ?)"),
                      {dialect.timestampToSql(now), id, dialect.timestampToSql(now)}, &dbError)) {
        fail(error, tr("The API key could not be checked: %1").arg(dbError));
        return std::nullopt;
    }
    if (query.numRowsAffected() != 1) {
        fail(error, invalid);
        return std::nullopt;
    }
    return id;
}
