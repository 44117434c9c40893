#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

class Database;

struct NewUser
{
    QString email;
    QString role;
    QString fullName;
};

// Creates users: validates email, role and password strength, stores only the Argon2id hash,
// and writes the user and its audit entry in one transaction.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    explicit UserDirectory(const Database& database);

    static QStringList roles();
    // Empty when valid, otherwise a message for the user.
    static QString validate(const NewUser& user);
    static QString validatePassword(const QString& password);

    // Returns the new user's id, or 0 and *error (duplicate email, database error).
    qint64 createUser(const NewUser& user, const QString& password, QString* error,
                      qint64 actorId = 0);
    // The same, refused when any user exists; the check and the insert are one transaction with
    // other writers of users kept out, so two first-run setups cannot both create an administrator.
    qint64 createFirstUser(const NewUser& user, const QString& password, QString* error);

private:
    qint64 insertUser(const NewUser& user, const QString& password, QString* error, qint64 actorId,
                      bool onlyIfNoUsers);

    const Database& m_database;
};
