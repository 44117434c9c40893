#include "ConnectionProfile.h"

#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QUrl>

ConnectionProfile::ConnectionProfile(const QString& name, const QString& url, bool transient)
    : m_name(name.trimmed()), m_url(url.trimmed()), m_transient(transient)
{
}

ConnectionProfile ConnectionProfile::embedded()
{
    return ConnectionProfile(embeddedName(), Database::defaultSqliteUrl());
}

bool ConnectionProfile::usesServerPassword() const
{
    return DatabaseUrl::parse(m_url).engine() == DatabaseUrl::Engine::Postgres;
}

QString ConnectionProfile::displayName() const
{
    if (isEmbedded())
        return tr("Embedded database (this computer)");
    if (m_transient)
        return tr("Command line: %1").arg(DatabaseUrl::parse(m_url).redacted());
    return m_name;
}

QString ConnectionProfile::validateName(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return tr("Give the connection a name.");
    if (name.compare(embeddedName(), Qt::CaseInsensitive) == 0)
        return tr("The name \"%1\" is reserved for the embedded database.").arg(name);
    // The name is part of keychain keys "<name>/<email>": a slash would make them ambiguous.
    if (name.contains(QLatin1Char('/')))
        return tr("The name must not contain a slash (/).");
    if (name.size() > 100)
        return tr("The name is longer than 100 characters.");
    return QString();
}

QString ConnectionProfile::validateUrl(const QString& url)
{
    QString error;
    const DatabaseUrl parsed = DatabaseUrl::parse(url, &error);
    if (!parsed.isValid())
        return error;
    if (!parsed.password().isEmpty())
        return tr("Leave the password out of the URL: type it in the Password field, it is kept in the keychain.");
    return QString();
}

QString ConnectionProfile::withoutPassword(const QString& url, QString* password)
{
    const QString text = url.trimmed();
    if (!text.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive))
        return text; // SQLite URLs carry no password
    QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return text;
    if (password)
        *password = parsed.password();
    parsed.setPassword(QString());
    return parsed.toString();
}
