#pragma once

#include "ConnectionProfile.h"
#include "KeychainStore.h"

#include <QDialog>
#include <QList>

class MessageLabel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Lists, adds, edits and removes the saved connection profiles (name + URL, checked with
// DatabaseUrl::parse). A server password goes to the keychain under "db:<name>", never into the
// settings; the dialog says whether one is stored and can forget it. The embedded database is
// shown first and cannot be changed. Every change is saved at once (ConnectionProfileStore).
class ConnectionProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionProfilesDialog(const KeychainStore& keychain, const KeychainStore::Availability& availability,
                             QWidget* parent = nullptr);

    // Selects the profile with this name (for the caller and for tests).
    void selectProfile(const QString& name);

private slots:
    void showSelected();
    void addProfile();
    void removeProfile();
    void saveProfile();
    void forgetPassword();
    void updateFormState();

private:
    void reload(const QString& selectName);
    int selectedRow() const;
    bool isDraftSelected() const;
    void readKeychainStatus();
    bool moveSecret(const QString& fromKey, const QString& toKey);

    KeychainStore m_keychain;
    KeychainStore::Availability m_availability;
    QList<ConnectionProfile> m_profiles; // the embedded profile first, then the saved ones
    bool m_hasDraft = false;             // the last row is a profile being added, not yet saved
    QString m_storedStatus;              // what the keychain said about the selected profile's password
    bool m_passwordStored = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_keychainStatusLabel = nullptr;
    QPushButton* m_forgetPasswordButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};
