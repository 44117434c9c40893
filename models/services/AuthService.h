#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

class Database;

// The signed-in user, as the rest of the application sees it.
struct UserIdentity
{
    qint64 id = 0;
    QString email;
    QString fullName;
    QString role; // admin, manager, collector, auditor
    bool isValid() const { return id > 0; }
};

// A live session: the raw token exists only here (and, with "remember me", in the OS keychain);
// the database holds its SHA-256.
struct SessionTicket
{
    UserIdentity user;
    QString rawToken; // 64 hex chars (256 bits)
    qint64 sessionId = 0;
    QDateTime expiresAt; // UTC
};

// Sign-in, sessions and password resets over users / user_sessions / password_reset_tokens.
// Argon2id verification (dummy verification for unknown emails, same message for wrong email
// and wrong password), lockout after repeated failures, rehash on sign-in when the stored
// parameters are weaker than current, idle expiry, and an audit entry for every event.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    struct Policy
    {
        int maxFailedAttempts = 5; // within failureWindowMinutes ...
        int failureWindowMinutes = 15;
        int lockoutMinutes = 15;     // ... locks the account this long
        int sessionIdleMinutes = 30; // a session unused this long expires
        int rememberDays = 14;       // lifetime of a remembered session
        int resetTokenMinutes = 60;
    };

    enum class Outcome
    {
        SignedIn,
        InvalidCredentials,
        LockedOut,
        Inactive,
        Error
    };
    struct SignInResult
    {
        Outcome outcome = Outcome::Error;
        SessionTicket ticket;  // when SignedIn
        QDateTime lockedUntil; // when LockedOut (UTC)
        QString message;       // translated, for the dialog
    };

    // Two constructors rather than "Policy policy = Policy()": GCC rejects a default argument that
    // uses a nested struct's member initializers inside the enclosing class.
    explicit AuthService(const Database& database);
    AuthService(const Database& database, Policy policy);

    const Policy& policy() const { return m_policy; }

    // True when users has no rows: the app asks for the first administrator instead.
    std::optional<bool> hasNoUsers(QString* error = nullptr) const;
    // Creates the first admin (refused once any user exists) and signs them in.
    SignInResult createFirstAdministrator(const QString& email, const QString& fullName, const QString& password,
                                          const QString& clientInfo);

    SignInResult signIn(const QString& email, const QString& password, bool remember, const QString& clientInfo);
    // Resumes a remembered session from its raw token: valid, not revoked, not expired, user active.
    SignInResult resume(const QString& rawToken, const QString& clientInfo);
    // Marks the session used now and slides its idle expiry; false when it has expired or was revoked.
    bool touch(const SessionTicket& ticket, QString* error = nullptr);
    bool isSessionValid(const SessionTicket& ticket) const;
    // Revokes the session row (sign out).
    bool signOut(const SessionTicket& ticket, QString* error = nullptr);

    // An admin issues a reset for a user: the raw token is returned once; only its SHA-256 is stored.
    std::optional<QString> issuePasswordReset(qint64 actorId, qint64 userId, QString* error = nullptr);
    // Sets a new password with a reset token (works once, within its lifetime).
    bool resetPassword(const QString& rawToken, const QString& newPassword, QString* error = nullptr);

    static QString sha256Hex(const QString& rawToken);
    static QString newRawToken(); // 256 random bits as 64 hex characters

private:
    struct UserRecord;    // a users row, as sign-in needs it
    struct SessionRecord; // a user_sessions row joined with its user

    // Loads the user whose email (already normalised) or id matches; false only on a database error.
    bool loadUser(const QString& email, qint64 id, std::optional<UserRecord>* user, QString* error) const;
    bool loadSession(const QString& rawToken, std::optional<SessionRecord>* session, QString* error) const;
    // Not revoked, not expired at now, user active; with expectedId > 0 also that session id.
    static bool isUsable(const std::optional<SessionRecord>& session, const QDateTime& now, qint64 expectedId = 0);
    // Writes the success of a sign-in (counters, optional rehash, session row, audit) in one transaction.
    SignInResult startSession(const UserRecord& user, const QString& newHash, bool remember, const QString& clientInfo,
                              const QDateTime& now);
    // Records a wrong password and locks the account at maxFailedAttempts within the window.
    SignInResult recordFailure(const UserRecord& user, const QDateTime& now, const QString& clientInfo);
    bool audit(std::optional<qint64> actorId, const QString& action, const QString& entityType, qint64 entityId,
               const QJsonObject& newValues, const QString& clientInfo, QString* error) const;
    static SignInResult failure(Outcome outcome, const QString& message);
    static SignInResult signedIn(const UserIdentity& user, const QString& rawToken, qint64 sessionId,
                                 const QDateTime& expiresAt);
    static QString lockedMessage(const QDateTime& lockedUntil);

    const Database& m_database;
    Policy m_policy;
};
