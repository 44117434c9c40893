#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QString>
#include <optional>

// The connection profiles in QSettings (name and URL only, never a password), with the embedded
// database as the built-in first entry, and per profile the email last used to sign in and the
// email whose session is remembered (emails are not secrets; the session token is in the keychain).
class ConnectionProfileStore
{
public:
    ConnectionProfileStore() = default;

    // The embedded database first, then the saved profiles in their saved order.
    QList<ConnectionProfile> profiles() const;
    QList<ConnectionProfile> savedProfiles() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    // Replaces the saved list; embedded and transient entries are skipped.
    void setSavedProfiles(const QList<ConnectionProfile>& profiles);

    // The profile a database URL belongs to: the embedded one, the saved one with the same URL
    // (passwords ignored), or else a transient profile named after the URL without its password.
    ConnectionProfile profileForUrl(const QString& url) const;

    // The profile last signed in to, so the next start can open it again.
    QString lastProfileName() const;
    void setLastProfileName(const QString& profileName);

    QString lastEmail(const QString& profileName) const;
    void setLastEmail(const QString& profileName, const QString& email);
    // The email whose session token is in the keychain for this profile; empty for none.
    QString rememberedEmail(const QString& profileName) const;
    void setRememberedEmail(const QString& profileName, const QString& email);

    // Moves (or drops) the per-profile emails when a profile is renamed (or removed).
    void renameProfileSettings(const QString& oldName, const QString& newName);
    void forgetProfileSettings(const QString& profileName);

private:
    QString mapValue(const QString& key, const QString& profileName) const;
    void setMapValue(const QString& key, const QString& profileName, const QString& value);
};
