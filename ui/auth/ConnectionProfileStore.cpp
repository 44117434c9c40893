#include "ConnectionProfileStore.h"

#include "db/DatabaseUrl.h"

#include <QSettings>
#include <QVariantMap>

namespace {
const QString ProfilesKey = QStringLiteral("connections/profiles");
const QString LastProfileKey = QStringLiteral("signIn/lastProfile");
const QString LastEmailKey = QStringLiteral("signIn/lastEmail");
const QString RememberedEmailKey = QStringLiteral("signIn/rememberedEmail");

// URLs compare without their passwords and surrounding spaces.
QString comparable(const QString& url)
{
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    return parsed.isValid() ? parsed.redacted() : url.trimmed();
}
} // namespace

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> result{ConnectionProfile::embedded()};
    result.append(savedProfiles());
    return result;
}

QList<ConnectionProfile> ConnectionProfileStore::savedProfiles() const
{
    QSettings settings;
    QList<ConnectionProfile> result;
    const int count = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const ConnectionProfile profile(settings.value(QStringLiteral("name")).toString(),
                                        settings.value(QStringLiteral("url")).toString());
        if (profile.isValid() && !profile.isEmbedded())
            result.append(profile);
    }
    settings.endArray();
    return result;
}

std::optional<ConnectionProfile> ConnectionProfileStore::find(const QString& name) const
{
    for (const ConnectionProfile& profile : profiles()) {
        if (profile.name() == name)
            return profile;
    }
    return std::nullopt;
}

void ConnectionProfileStore::setSavedProfiles(const QList<ConnectionProfile>& profiles)
{
    QSettings settings;
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey);
    int index = 0;
    for (const ConnectionProfile& profile : profiles) {
        if (profile.isEmbedded() || profile.isTransient() || !profile.isValid())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("name"), profile.name());
        // Defence in depth: the dialogs never pass a password, and none is ever written here.
        settings.setValue(QStringLiteral("url"), ConnectionProfile::withoutPassword(profile.url()));
    }
    settings.endArray();
}

ConnectionProfile ConnectionProfileStore::profileForUrl(const QString& url) const
{
    const QString wanted = comparable(url);
    for (const ConnectionProfile& profile : profiles()) {
        if (comparable(profile.url()) == wanted)
            return profile;
    }
    return ConnectionProfile(wanted, ConnectionProfile::withoutPassword(url), true);
}

QString ConnectionProfileStore::mapValue(const QString& key, const QString& profileName) const
{
    return QSettings().value(key).toMap().value(profileName).toString();
}

void ConnectionProfileStore::setMapValue(const QString& key, const QString& profileName, const QString& value)
{
    QSettings settings;
    QVariantMap map = settings.value(key).toMap();
    if (value.isEmpty())
        map.remove(profileName);
    else
        map.insert(profileName, value);
    settings.setValue(key, map);
}

QString ConnectionProfileStore::lastProfileName() const
{
    return QSettings().value(LastProfileKey).toString();
}

void ConnectionProfileStore::setLastProfileName(const QString& profileName)
{
    QSettings().setValue(LastProfileKey, profileName);
}

QString ConnectionProfileStore::lastEmail(const QString& profileName) const
{
    return mapValue(LastEmailKey, profileName);
}

void ConnectionProfileStore::setLastEmail(const QString& profileName, const QString& email)
{
    setMapValue(LastEmailKey, profileName, email.trimmed().toLower());
}

QString ConnectionProfileStore::rememberedEmail(const QString& profileName) const
{
    return mapValue(RememberedEmailKey, profileName);
}

void ConnectionProfileStore::setRememberedEmail(const QString& profileName, const QString& email)
{
    setMapValue(RememberedEmailKey, profileName, email.trimmed().toLower());
}

void ConnectionProfileStore::renameProfileSettings(const QString& oldName, const QString& newName)
{
    if (oldName == newName)
        return;
    if (lastProfileName() == oldName)
        setLastProfileName(newName);
    setLastEmail(newName, lastEmail(oldName));
    setRememberedEmail(newName, rememberedEmail(oldName));
    forgetProfileSettings(oldName);
}

void ConnectionProfileStore::forgetProfileSettings(const QString& profileName)
{
    setMapValue(LastEmailKey, profileName, QString());
    setMapValue(RememberedEmailKey, profileName, QString());
}
