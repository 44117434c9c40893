#include "ConnectionProfilesDialog.h"

#include "ConnectionProfileStore.h"
#include "MessageLabel.h"
#include "db/DatabaseUrl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionProfilesDialog::ConnectionProfilesDialog(const KeychainStore& keychain,
                                                   const KeychainStore::Availability& availability, QWidget* parent)
    : QDialog(parent), m_keychain(keychain), m_availability(availability)
{
    setObjectName(QStringLiteral("connectionProfilesDialog"));
    setWindowTitle(tr("Connections"));
    setAccessibleName(tr("Connections"));
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 22);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved connections"));
    auto* listLabel = new QLabel(tr("C&onnections:"), this);
    listLabel->setBuddy(m_list);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add connection"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove connection"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Connection name"));
    m_nameEdit->setMaxLength(100);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setAccessibleName(tr("Database URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/collectdesk"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Server password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_keychainStatusLabel = new QLabel(this);
    m_keychainStatusLabel->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainStatusLabel->setWordWrap(true);
    m_forgetPasswordButton = new QPushButton(tr("&Forget Password"), this);
    m_forgetPasswordButton->setObjectName(QStringLiteral("forgetPasswordButton"));
    m_forgetPasswordButton->setAccessibleName(tr("Forget the stored password"));
    m_forgetPasswordButton->setAutoDefault(false);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save connection"));
    m_saveButton->setDefault(true); // Enter in the form saves
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_nameEdit);
    addRow(tr("&URL:"), m_urlEdit);
    addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_keychainStatusLabel);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_forgetPasswordButton);
    formButtons->addWidget(m_saveButton);
    auto* group = new QGroupBox(tr("Connection"), this);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_messageLabel);
    groupLayout->addLayout(form);
    groupLayout->addStretch();
    groupLayout->addLayout(formButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(group, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setIcon(QIcon());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionProfilesDialog::showSelected);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::removeProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::saveProfile);
    connect(m_forgetPasswordButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::forgetPassword);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectionProfilesDialog::updateFormState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(ConnectionProfile::embeddedName());
}

void ConnectionProfilesDialog::reload(const QString& selectName)
{
    m_profiles = ConnectionProfileStore().profiles();
    m_hasDraft = false;
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile& profile : m_profiles)
        m_list->addItem(profile.displayName());
    blocker.unblock();
    selectProfile(selectName);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void ConnectionProfilesDialog::selectProfile(const QString& name)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

int ConnectionProfilesDialog::selectedRow() const
{
    return m_list->currentRow();
}

bool ConnectionProfilesDialog::isDraftSelected() const
{
    return m_hasDraft && selectedRow() == m_profiles.size();
}

void ConnectionProfilesDialog::showSelected()
{
    // Leaving an unsaved new profile discards it.
    if (m_hasDraft && selectedRow() != m_profiles.size()) {
        m_hasDraft = false;
        delete m_list->takeItem(m_profiles.size());
    }
    m_messageLabel->clearMessage();
    m_passwordEdit->clear();
    const int row = selectedRow();
    if (isDraftSelected()) {
        m_nameEdit->clear();
        m_urlEdit->clear();
    } else if (row >= 0 && row < m_profiles.size()) {
        const ConnectionProfile& profile = m_profiles.at(row);
        m_nameEdit->setText(profile.isEmbedded() ? profile.displayName() : profile.name());
        m_urlEdit->setText(profile.url());
    }
    readKeychainStatus();
    updateFormState();
}

void ConnectionProfilesDialog::updateFormState()
{
    const int row = selectedRow();
    const bool embedded = row == 0 && !isDraftSelected();
    const bool editable = row >= 0 && !embedded;
    m_nameEdit->setReadOnly(!editable);
    m_urlEdit->setReadOnly(!editable);
    m_removeButton->setEnabled(editable && !isDraftSelected());
    m_saveButton->setEnabled(editable);
    m_addButton->setEnabled(!m_hasDraft);

    const bool server = DatabaseUrl::parse(m_urlEdit->text()).engine() == DatabaseUrl::Engine::Postgres;
    const bool canStore = editable && server && m_availability.isAvailable();
    m_passwordEdit->setEnabled(canStore);
    m_passwordEdit->setPlaceholderText(canStore ? tr("Leave empty to keep the stored password") : QString());
    if (embedded) {
        m_keychainStatusLabel->setText(tr("The embedded database is a file on this computer and needs no password."));
        m_forgetPasswordButton->setEnabled(false);
    } else if (!server) {
        m_keychainStatusLabel->setText(tr("Only a database server (postgresql://) uses a password."));
        m_forgetPasswordButton->setEnabled(false);
    } else if (!m_availability.isAvailable()) {
        m_keychainStatusLabel->setText(
            tr("A password cannot be stored. %1 It will be asked for when connecting.").arg(m_availability.reason));
        m_forgetPasswordButton->setEnabled(false);
    } else if (isDraftSelected()) {
        m_keychainStatusLabel->setText(tr("A password you enter is kept in the system keychain."));
        m_forgetPasswordButton->setEnabled(false);
    } else {
        m_keychainStatusLabel->setText(
            m_storedStatus.isEmpty() ? tr("A password you enter is kept in the system keychain.") : m_storedStatus);
        m_forgetPasswordButton->setEnabled(m_passwordStored);
    }
    m_keychainStatusLabel->setAccessibleName(m_keychainStatusLabel->text());
}

void ConnectionProfilesDialog::readKeychainStatus()
{
    // Read once per selection (not per keystroke): each read may wait for the keychain.
    m_storedStatus.clear();
    m_passwordStored = false;
    const int row = selectedRow();
    if (row <= 0 || row >= m_profiles.size() || isDraftSelected() || !m_availability.isAvailable() ||
        !m_profiles.at(row).usesServerPassword())
        return;
    const KeychainStore::Result stored = m_keychain.read(KeychainStore::databasePasswordKey(m_profiles.at(row).name()));
    m_passwordStored = stored.ok();
    if (stored.ok())
        m_storedStatus = tr("A password for this connection is stored in the system keychain.");
    else if (stored.status == KeychainStore::Status::NotFound)
        m_storedStatus = tr("No password is stored; one you enter is kept in the system keychain.");
    else
        m_storedStatus = tr("The keychain cannot be read. %1").arg(stored.message);
}

void ConnectionProfilesDialog::addProfile()
{
    if (m_hasDraft)
        return;
    m_hasDraft = true;
    m_list->addItem(tr("New connection"));
    m_list->setCurrentRow(m_profiles.size());
    m_nameEdit->setFocus();
}

bool ConnectionProfilesDialog::moveSecret(const QString& fromKey, const QString& toKey)
{
    const KeychainStore::Result old = m_keychain.read(fromKey);
    if (old.status == KeychainStore::Status::NotFound)
        return true;
    if (!old.ok() || !m_keychain.write(toKey, old.secret).ok())
        return false;
    return m_keychain.remove(fromKey).ok();
}

void ConnectionProfilesDialog::saveProfile()
{
    const int row = selectedRow();
    if (row <= 0)
        return;
    const bool draft = isDraftSelected();
    const QString originalName = draft ? QString() : m_profiles.at(row).name();
    const QString name = m_nameEdit->text().trimmed();
    QString urlPassword;
    const QString url = ConnectionProfile::withoutPassword(m_urlEdit->text(), &urlPassword);
    const QString password = m_passwordEdit->text().isEmpty() ? urlPassword : m_passwordEdit->text();

    QString problem = ConnectionProfile::validateName(name);
    if (problem.isEmpty())
        problem = ConnectionProfile::validateUrl(url);
    for (int i = 0; problem.isEmpty() && i < m_profiles.size(); ++i) {
        if (i != row && m_profiles.at(i).name().compare(name, Qt::CaseInsensitive) == 0)
            problem = tr("A connection named \"%1\" already exists.").arg(name);
    }
    if (problem.isEmpty() && !password.isEmpty() && !m_availability.isAvailable())
        problem = tr("The password cannot be stored. %1").arg(m_availability.reason);
    if (!problem.isEmpty()) {
        m_messageLabel->showMessage(problem);
        return;
    }

    ConnectionProfileStore store;
    QStringList warnings;
    if (!draft && originalName != name && m_availability.isAvailable()) {
        if (!moveSecret(KeychainStore::databasePasswordKey(originalName), KeychainStore::databasePasswordKey(name)))
            warnings << tr("The stored password could not be moved to the new name.");
        const QString remembered = store.rememberedEmail(originalName);
        if (!remembered.isEmpty() && !moveSecret(KeychainStore::sessionKey(originalName, remembered),
                                                 KeychainStore::sessionKey(name, remembered)))
            store.setRememberedEmail(originalName, QString()); // sign in again rather than keep a stray entry
    }
    if (!draft)
        store.renameProfileSettings(originalName, name);

    QList<ConnectionProfile> saved = m_profiles.mid(1);
    const ConnectionProfile profile(name, url);
    if (draft)
        saved.append(profile);
    else
        saved[row - 1] = profile;
    store.setSavedProfiles(saved);

    if (!password.isEmpty()) {
        const KeychainStore::Result written = m_keychain.write(KeychainStore::databasePasswordKey(name), password);
        if (!written.ok())
            warnings << tr("The password was not stored. %1").arg(written.message);
    }
    reload(name);
    if (warnings.isEmpty())
        m_messageLabel->showMessage(tr("Saved."), MessageLabel::Kind::Info);
    else
        m_messageLabel->showMessage(tr("The connection is saved, but: %1").arg(warnings.join(QLatin1Char(' '))));
}

void ConnectionProfilesDialog::removeProfile()
{
    const int row = selectedRow();
    if (row <= 0 || isDraftSelected())
        return;
    const ConnectionProfile removed = m_profiles.at(row);
    ConnectionProfileStore store;
    if (m_availability.isAvailable()) {
        m_keychain.remove(KeychainStore::databasePasswordKey(removed.name()));
        const QString remembered = store.rememberedEmail(removed.name());
        if (!remembered.isEmpty())
            m_keychain.remove(KeychainStore::sessionKey(removed.name(), remembered));
    }
    store.forgetProfileSettings(removed.name());
    QList<ConnectionProfile> saved = m_profiles.mid(1);
    saved.removeAt(row - 1);
    store.setSavedProfiles(saved);
    reload(m_profiles.value(row - 1).name());
}

void ConnectionProfilesDialog::forgetPassword()
{
    const int row = selectedRow();
    if (row <= 0 || isDraftSelected())
        return;
    const KeychainStore::Result removed =
        m_keychain.remove(KeychainStore::databasePasswordKey(m_profiles.at(row).name()));
    if (!removed.ok())
        m_messageLabel->showMessage(tr("The password could not be removed. %1").arg(removed.message));
    readKeychainStatus();
    updateFormState();
}
