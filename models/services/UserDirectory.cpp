#include "UserDirectory.h"

#include "DatabaseFunctions.h"
#include "PasswordHasher.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

UserDirectory::UserDirectory(const Database& database) : m_database(database) {}

QStringList UserDirectory::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("collector"),
            QStringLiteral("auditor")};
}

QString UserDirectory::validate(const NewUser& user)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = user.email.trimmed();
    if (email.isEmpty())
        return tr("The email address is empty.");
    if (email.size() > 254 || !emailRe.match(email).hasMatch())
        return tr("\"%1\" is not a valid email address.").arg(email);
    if (!roles().contains(user.role))
        return tr("Unknown role \"%1\": use one of %2.").arg(user.role, roles().join(QStringLiteral(", ")));
    if (user.fullName.size() > 200)
        return tr("The full name is longer than 200 characters.");
    return QString();
}

QString UserDirectory::validatePassword(const QString& password)
{
    if (password.size() < 12)
        return tr("The password must have at least 12 characters.");
    if (password.size() > 1024)
        return tr("The password is longer than 1024 characters.");
    if (password.trimmed().isEmpty())
        return tr("The password must not be only spaces.");
    return QString();
}

qint64 UserDirectory::createUser(const NewUser& user, const QString& password, QString* error, qint64 actorId)
{
    return insertUser(user, password, error, actorId, false);
}

qint64 UserDirectory::createFirstUser(const NewUser& user, const QString& password, QString* error)
{
    return insertUser(user, password, error, 0, true);
}

qint64 UserDirectory::insertUser(const NewUser& user, const QString& password, QString* error, qint64 actorId,
                                 bool onlyIfNoUsers)
{
    auto fail = [error](const QString& message) -> qint64 {
        if (error)
            *error = message;
        return 0;
    };
    QString message = validate(user);
    if (message.isEmpty())
        message = validatePassword(password);
    if (!message.isEmpty())
        return fail(message);

    const QString email = user.email.trimmed().toLower();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (out of memory)."));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(transaction.errorText());
    QSqlQuery query(m_database.connection());
    if (onlyIfNoUsers) {
        const QString lock = m_database.dialect().lockTableForWritesStatement(QStringLiteral("users"));
        if (!lock.isEmpty() && !query.exec(lock))
            return fail(query.lastError().text());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next())
            return fail(query.lastError().text());
        if (query.value(0).toLongLong() > 0)
            return fail(tr("An administrator already exists. Sign in with an existing account."));
    }
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"));
    query.addBindValue(email);
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toInt() > 0)
        return fail(tr("A user with the email %1 already exists.").arg(email));

    query.prepare(QStringLiteral("INSERT INTO users (email, password_hash, full_name, role, password_changed_at) "
                                 "VALUES (?, ?, ?, ?, %1) RETURNING id")
                      .arg(m_database.dialect().nowExpression()));
    query.addBindValue(email);
    query.addBindValue(hash);
    query.addBindValue(user.fullName.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                         : QVariant(user.fullName.trimmed()));
    query.addBindValue(user.role);
    if (!query.exec() || !query.next())
        return fail(tr("Cannot create the user: %1").arg(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite cannot commit while a RETURNING statement is still open
    // The audit entry is part of the same transaction: no user without its record.
    const QJsonObject created{{QStringLiteral("email"), email},
                              {QStringLiteral("role"), user.role},
                              {QStringLiteral("full_name"), user.fullName.trimmed()}};
    QString auditError;
    const auto auditId = DatabaseFunctions(m_database).logAuditEvent(
        actorId > 0 ? std::optional<qint64>(actorId) : std::nullopt, QStringLiteral("create"), QStringLiteral("users"),
        QString::number(id), QJsonObject(), created, QString(), QString(), &auditError);
    if (!auditId)
        return fail(tr("Cannot write the audit entry: %1").arg(auditError));
    QString commitError;
    if (!transaction.commit(&commitError))
        return fail(commitError);
    return id;
}
