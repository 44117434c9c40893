#pragma once

#include <QCoreApplication>
#include <QString>

// A database the user can sign in to: a name and a URL that never carries a password (a server
// password lives in the OS keychain under "db:<name>"). The embedded SQLite database of this
// computer is the built-in profile, always present and never stored. A profile for a URL given on
// the command line that matches no saved profile is "transient": usable, not saved.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    ConnectionProfile() = default;
    ConnectionProfile(const QString& name, const QString& url, bool transient = false);

    static ConnectionProfile embedded();
    // The stable name of the built-in profile (keychain keys use names, so it is not translated).
    static QString embeddedName() { return QStringLiteral("embedded"); }

    QString name() const { return m_name; }
    QString url() const { return m_url; }
    bool isEmbedded() const { return m_name == embeddedName(); }
    bool isTransient() const { return m_transient; }
    bool isValid() const { return !m_name.isEmpty() && !m_url.isEmpty(); }
    // True for a server (PostgreSQL) URL, whose password may be kept in the keychain.
    bool usesServerPassword() const;

    // What the user sees in lists: "Embedded database (this computer)" or the name.
    QString displayName() const;

    // Empty when the name can be used for a saved profile, otherwise why not.
    static QString validateName(const QString& name);
    // Empty when the URL parses and carries no password, otherwise why not.
    static QString validateUrl(const QString& url);
    // The URL text without its password (query options kept); *password receives the password.
    static QString withoutPassword(const QString& url, QString* password = nullptr);

    bool operator==(const ConnectionProfile& other) const
    {
        return m_name == other.m_name && m_url == other.m_url && m_transient == other.m_transient;
    }

private:
    QString m_name;
    QString m_url;
    bool m_transient = false;
};
