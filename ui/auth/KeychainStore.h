#pragma once

#include <QCoreApplication>
#include <QString>

// Keeps secrets (remembered session tokens, database server passwords) in the operating system's
// keychain through QtKeychain (service "CollectDesk"): Keychain Services on macOS, the Credential
// Manager on Windows, the Secret Service (gnome-keyring, KWallet) on Linux.
//
// QtKeychain jobs are asynchronous; each call here runs one job in a local event loop that
// ignores user input, bounded by a timeout, so callers get an answer synchronously and a keyring
// that never answers (no Secret Service on the bus, a prompt nobody sees) costs at most the timeout.
// A secret is never written anywhere else: QtKeychain's plain-text QSettings fallback is switched
// off, and there is no fallback of our own. Use from the GUI thread only.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)

public:
    static constexpr int DefaultTimeoutMs = 3000;

    struct Availability
    {
        enum class State
        {
            Available,
            Unavailable
        };
        State state = State::Unavailable;
        QString reason; // translated, why the keychain cannot be used; empty when available
        bool isAvailable() const { return state == State::Available; }
    };

    enum class Status
    {
        Ok,          // done; for read(), Result::secret holds the value
        NotFound,    // read(): no entry under this key
        Unavailable, // no keychain answered, it is locked, or access was refused
        Failed       // the keychain answered with another error
    };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // read(): the stored value
        QString message; // translated, when not Ok
        bool ok() const { return status == Status::Ok; }
    };

    explicit KeychainStore(int timeoutMs = DefaultTimeoutMs);

    int timeoutMs() const { return m_timeoutMs; }

    Result read(const QString& key) const;
    Result write(const QString& key, const QString& secret) const;
    // Deleting an entry that does not exist is Ok.
    Result remove(const QString& key) const;

    // Tries a harmless read of probeKey(): "not found" or a value means the keychain works.
    static Availability probe(int timeoutMs = DefaultTimeoutMs);

    static QString serviceName() { return QStringLiteral("CollectDesk"); }
    static QString probeKey() { return QStringLiteral("availability-probe"); }
    // "<profile name>/<email>": the raw token of a remembered session.
    static QString sessionKey(const QString& profileName, const QString& email);
    // "db:<profile name>": the password of a database server profile.
    static QString databasePasswordKey(const QString& profileName);

private:
    const int m_timeoutMs;
};
