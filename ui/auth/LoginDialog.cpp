#include "LoginDialog.h"

#include "ClientInfo.h"
#include "ConnectionProfileStore.h"
#include "ConnectionProfilesDialog.h"
#include "ResetPasswordDialog.h"
#include "db/Database.h"
#include "services/PermissionService.h"
#include "ui_LoginDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

LoginDialog::LoginDialog(AuthService& auth, const Database& database, const ConnectionProfile& profile, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_auth(&auth), m_database(&database),
      m_profile(profile)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->demoAccountsLabel->setVisible(false);
    // The layout sets the dialog's minimum size (it grows when a message appears): widen it via a field.
    m_ui->emailEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    setupButtons();

    m_keychain.reason = tr("The keychain has not been checked yet.");
    setKeychainAvailability(m_keychain);

    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &LoginDialog::updateSignInEnabled);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateSignInEnabled);
    // Enter in the email field with no password yet moves on instead of doing nothing.
    connect(m_ui->emailEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setFocus();
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this, &LoginDialog::onProfileActivated);
    connect(m_ui->editProfilesButton, &QPushButton::clicked, this, &LoginDialog::openProfilesDialog);
    connect(m_ui->demoAccountsLabel, &QLabel::linkActivated, this, &LoginDialog::fillDemoAccount);

    reloadProfiles();
    updateDemoAccounts();
    updateSignInEnabled();
    m_ui->emailEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setupButtons()
{
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_resetTokenButton = m_ui->resetTokenButton;
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    cancel->setIcon(QIcon()); // plain text like the other buttons, whatever the style adds

    // The button box's own accepted() would close the dialog: signing in decides that.
    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_resetTokenButton, &QPushButton::clicked, this, &LoginDialog::openResetDialog);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_ui->editProfilesButton, m_signInButton);
    setTabOrder(m_signInButton, cancel);
    setTabOrder(cancel, m_resetTokenButton);
    setTabOrder(m_resetTokenButton, m_ui->demoAccountsLabel);
}

void LoginDialog::setKeychainAvailability(const KeychainStore::Availability& availability)
{
    m_keychain = availability;
    QCheckBox* box = m_ui->rememberCheckBox;
    if (availability.isAvailable()) {
        box->setEnabled(!m_busy);
        box->setToolTip(tr("Keeps you signed in on this computer for up to %n day(s). The session key is kept in "
                           "the system keychain.",
                           nullptr, m_auth->policy().rememberDays));
        box->setAccessibleDescription(box->toolTip());
    } else {
        box->setChecked(false);
        box->setEnabled(false);
        box->setToolTip(tr("Remember me is not available. %1").arg(availability.reason));
        box->setAccessibleDescription(box->toolTip());
    }
}

void LoginDialog::setBackend(AuthService& auth, const Database& database, const ConnectionProfile& profile)
{
    m_auth = &auth;
    m_database = &database;
    m_profile = profile;
    m_ui->messageLabel->clearMessage();
    reloadProfiles(); // drops an entry for a connection that was renamed meanwhile
    setKeychainAvailability(m_keychain); // the remember lifetime may differ
    updateDemoAccounts();
}

void LoginDialog::rejectProfileChange(const QString& message)
{
    selectProfile(m_profile.name());
    showMessage(message);
}

void LoginDialog::setEmail(const QString& email)
{
    m_ui->emailEdit->setText(email);
    if (!email.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString LoginDialog::email() const
{
    return m_ui->emailEdit->text().trimmed().toLower();
}

void LoginDialog::showMessage(const QString& text, MessageLabel::Kind kind)
{
    m_ui->messageLabel->showMessage(text, kind);
}

QString LoginDialog::lockMessage(const QDateTime& lockedUntilUtc)
{
    if (!lockedUntilUtc.isValid())
        return tr("This account is locked after too many failed sign-ins. Try again later.");
    // Rounded up: "after 14:36" must never be a moment when the lock still holds.
    QDateTime end = lockedUntilUtc.toLocalTime().addSecs(59);
    end.setTime(QTime(end.time().hour(), end.time().minute()));
    const QLocale locale;
    const QString when = end.date() == QDate::currentDate() ? locale.toString(end.time(), QLocale::ShortFormat)
                                                            : locale.toString(end, QLocale::ShortFormat);
    return tr("This account is locked after too many failed sign-ins. Try again after %1.").arg(when);
}

void LoginDialog::updateSignInEnabled()
{
    m_signInButton->setEnabled(!m_busy && !m_ui->emailEdit->text().trimmed().isEmpty() &&
                               !m_ui->passwordEdit->text().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->emailEdit, m_ui->passwordEdit, m_ui->profileCombo,
                                                           m_ui->editProfilesButton, m_resetTokenButton})
        widget->setEnabled(!busy);
    m_ui->rememberCheckBox->setEnabled(!busy && m_keychain.isAvailable());
    updateSignInEnabled();
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void LoginDialog::signIn()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (m_busy || email.isEmpty() || password.isEmpty())
        return;
    const bool remember = m_ui->rememberCheckBox->isEnabled() && m_ui->rememberCheckBox->isChecked();
    m_ui->messageLabel->clearMessage();

    setBusy(true); // password hashing takes a moment on purpose
    const AuthService::SignInResult result = m_auth->signIn(email, password, remember, ClientInfo::describe());
    setBusy(false);

    switch (result.outcome) {
    case AuthService::Outcome::SignedIn:
        m_ticket = result.ticket;
        m_rememberRequested = remember;
        accept();
        return;
    case AuthService::Outcome::InvalidCredentials:
        showMessage(result.message.isEmpty() ? tr("The email address or the password is not correct.")
                                             : result.message);
        break;
    case AuthService::Outcome::LockedOut:
        showMessage(lockMessage(result.lockedUntil));
        break;
    case AuthService::Outcome::Inactive:
        showMessage(result.message.isEmpty()
                        ? tr("This account has been deactivated. Ask an administrator to reactivate it.")
                        : result.message);
        break;
    case AuthService::Outcome::Error:
        showMessage(result.message.isEmpty() ? tr("Signing in failed because of a database error.") : result.message);
        break;
    }
    // The email stays for the next try; the password never lingers in the field.
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::reloadProfiles()
{
    QComboBox* combo = m_ui->profileCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    bool currentListed = false;
    for (const ConnectionProfile& profile : ConnectionProfileStore().profiles()) {
        combo->addItem(profile.displayName(), profile.name());
        combo->setItemData(combo->count() - 1, profile.url(), Qt::ToolTipRole);
        currentListed = currentListed || profile.name() == m_profile.name();
    }
    // The open database stays selectable even when it is not (or no longer) a saved profile.
    if (!currentListed && m_profile.isValid()) {
        combo->addItem(m_profile.displayName(), m_profile.name());
        combo->setItemData(combo->count() - 1, ConnectionProfile::withoutPassword(m_profile.url()), Qt::ToolTipRole);
    }
    selectProfile(m_profile.name());
}

void LoginDialog::selectProfile(const QString& name)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    const int index = m_ui->profileCombo->findData(name);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
}

void LoginDialog::onProfileActivated(int index)
{
    const QString name = m_ui->profileCombo->itemData(index).toString();
    if (name == m_profile.name())
        return;
    const std::optional<ConnectionProfile> chosen = ConnectionProfileStore().find(name);
    if (!chosen) { // removed meanwhile
        selectProfile(m_profile.name());
        return;
    }
    emit profileChanged(*chosen);
}

void LoginDialog::openProfilesDialog()
{
    auto* dialog = new ConnectionProfilesDialog(KeychainStore(m_keychainTimeoutMs), m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        const ConnectionProfile previous = m_profile;
        reloadProfiles();
        const ConnectionProfileStore store;
        std::optional<ConnectionProfile> updated = store.find(previous.name());
        if (!updated && !previous.isTransient()) {
            // Renamed: the saved profile with the same URL is the open connection under its new name.
            for (const ConnectionProfile& profile : store.savedProfiles()) {
                if (profile.url() == previous.url())
                    updated = profile;
            }
        }
        // The open connection was edited: carry on under its new name or URL.
        if (updated && !(*updated == previous))
            emit profileChanged(*updated);
    });
    dialog->open();
}

void LoginDialog::openResetDialog()
{
    auto* dialog = new ResetPasswordDialog(*m_auth, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("Your password has been changed. Sign in with the new password."), MessageLabel::Kind::Info);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
    });
    dialog->open();
}

void LoginDialog::updateDemoAccounts()
{
    m_demoAccounts.clear();
    QLabel* label = m_ui->demoAccountsLabel;
    // Only the database's own demo marker shows accounts: never guessed, never on a real database.
    if (!DemoSeeder::isDemoDatabase(*m_database)) {
        label->clear();
        label->setVisible(false);
        return;
    }
    const std::optional<quint64> seed = DemoSeeder::demoSeed(*m_database);
    if (seed)
        m_demoAccounts = DemoSeeder::demoAccounts(*seed);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("This is a demo database.").toHtmlEscaped());
    if (!m_demoAccounts.isEmpty()) {
        html += QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(tr("Sign in with one of its accounts (choose one to fill in the fields):").toHtmlEscaped());
        for (int i = 0; i < m_demoAccounts.size(); ++i) {
            const DemoSeeder::Account& account = m_demoAccounts.at(i);
            html += QStringLiteral("<tr><td nowrap><a href=\"demo:%1\">%2</a></td><td nowrap>&nbsp;&nbsp;%3</td>"
                                   "<td nowrap>&nbsp;&nbsp;<code>%4</code></td></tr>")
                        .arg(QString::number(i), account.email.toHtmlEscaped(), PermissionService::roleTitle(account.role).toHtmlEscaped(),
                             account.password.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    label->setText(html);
    label->setVisible(true);
}

void LoginDialog::fillDemoAccount(const QString& link)
{
    if (!link.startsWith(QLatin1String("demo:")))
        return;
    bool ok = false;
    const int index = link.mid(5).toInt(&ok);
    if (!ok || index < 0 || index >= m_demoAccounts.size())
        return;
    m_ui->emailEdit->setText(m_demoAccounts.at(index).email);
    m_ui->passwordEdit->setText(m_demoAccounts.at(index).password);
    m_signInButton->setFocus();
}
