#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.m_engine = Engine::Sqlite;
    url.m_path = path;
    return url;
}

DatabaseUrl DatabaseUrl::parse(const QString& rawText, QString* error)
{
    const QString text = rawText.trimmed();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return DatabaseUrl();
    };
    if (text.isEmpty())
        return fail(tr("The database URL is empty."));

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        // Accept sqlite:/abs/path, sqlite:///abs/path, sqlite:relative/path and sqlite::memory:
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        else if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return fail(tr("The SQLite URL names no file. Use sqlite:/path/to/file.db."));
        return sqliteFile(path);
    }

    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("The PostgreSQL URL is not valid: %1").arg(url.errorString()));
        DatabaseUrl result;
        result.m_engine = Engine::Postgres;
        result.m_host = url.host();
        result.m_port = url.port(0);
        result.m_user = url.userName();
        result.m_password = url.password();
        result.m_database = url.path().mid(1);
        QStringList options;
        const QUrlQuery query(url);
        for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == QLatin1String("host"))
                result.m_host = item.second; // a socket directory, as libpq allows
            else if (item.first == QLatin1String("port"))
                result.m_port = item.second.toInt();
            else
                options << item.first + QLatin1Char('=') + item.second;
        }
        result.m_options = options.join(QLatin1Char(';'));
        if (result.m_database.isEmpty())
            return fail(tr("The PostgreSQL URL names no database. Use postgresql://user@host:5432/dbname."));
        if (result.m_port < 0 || result.m_port > 65535)
            return fail(tr("The port %1 is out of range.").arg(result.m_port));
        return result;
    }

    return fail(tr("Unknown database URL \"%1\": it must start with sqlite: or postgresql://.").arg(text));
}

QString DatabaseUrl::redacted() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QLatin1String("sqlite:") + m_path;
    case Engine::Postgres: {
        QString text = QLatin1String("postgresql://");
        if (!m_user.isEmpty())
            text += m_user + QLatin1Char('@');
        const bool socket = m_host.startsWith(QLatin1Char('/'));
        if (!socket)
            text += m_host;
        if (m_port > 0 && !socket)
            text += QLatin1Char(':') + QString::number(m_port);
        text += QLatin1Char('/') + m_database;
        QStringList query;
        if (socket) {
            query << QLatin1String("host=") + m_host;
            if (m_port > 0)
                query << QLatin1String("port=") + QString::number(m_port);
        }
        if (!query.isEmpty())
            text += QLatin1Char('?') + query.join(QLatin1Char('&'));
        return text;
    }
    case Engine::Invalid:
        break;
    }
    return QString();
}
