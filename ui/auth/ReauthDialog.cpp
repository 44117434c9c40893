#include "ReauthDialog.h"

#include "ClientInfo.h"
#include "LoginDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReauthDialog::ReauthDialog(AuthService& auth, const UserIdentity& user, const QString& reason, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_user(user)
{
    setObjectName(QStringLiteral("reauthDialog"));
    setWindowTitle(tr("Sign In Again"));
    setAccessibleName(tr("Sign in again"));
    setWindowModality(Qt::ApplicationModal);

    const QString who = user.fullName.trimmed().isEmpty() ? user.email : tr("%1 (%2)").arg(user.fullName, user.email);
    auto* intro = new QLabel(tr("%1 Enter the password of %2 to carry on where you left off.").arg(reason, who), this);
    intro->setObjectName(QStringLiteral("reasonLabel"));
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());
    intro->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* emailLabel = new QLabel(user.email, this);
    emailLabel->setObjectName(QStringLiteral("emailLabel"));
    emailLabel->setAccessibleName(tr("Email: %1").arg(user.email));
    emailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(1024);

    auto* form = new QFormLayout;
    form->addRow(tr("Email:"), emailLabel);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);

    auto* buttons = new QDialogButtonBox(this);
    m_continueButton = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setDefault(true);
    m_continueButton->setEnabled(false);
    m_signOutButton = buttons->addButton(tr("Sign &Out"), QDialogButtonBox::DestructiveRole);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setAutoDefault(false);
    connect(m_continueButton, &QPushButton::clicked, this, &ReauthDialog::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &ReauthDialog::signOut);
    connect(m_passwordEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_continueButton->setEnabled(!text.isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_passwordEdit->setFocus();
}

void ReauthDialog::reject()
{
    // Escape and the window's close button keep the dialog: the user chooses Continue or Sign Out.
}

void ReauthDialog::signOut()
{
    m_ticket.reset();
    done(QDialog::Rejected);
}

void ReauthDialog::signIn()
{
    const QString password = m_passwordEdit->text();
    if (password.isEmpty())
        return;
    m_messageLabel->clearMessage();
    QApplication::setOverrideCursor(Qt::WaitCursor); // password hashing takes a moment on purpose
    const AuthService::SignInResult result = m_auth.signIn(m_user.email, password, false, ClientInfo::describe());
    QApplication::restoreOverrideCursor();
    m_passwordEdit->clear();

    switch (result.outcome) {
    case AuthService::Outcome::SignedIn:
        if (result.ticket.user.id != m_user.id) { // the email now belongs to another account
            m_auth.signOut(result.ticket);
            m_messageLabel->showMessage(tr("This account is no longer the one that was signed in. Sign out and "
                                           "sign in again."));
            break;
        }
        m_ticket = result.ticket;
        done(QDialog::Accepted);
        return;
    case AuthService::Outcome::LockedOut:
        m_messageLabel->showMessage(LoginDialog::lockMessage(result.lockedUntil));
        break;
    case AuthService::Outcome::InvalidCredentials:
        m_messageLabel->showMessage(tr("The password is not correct."));
        break;
    case AuthService::Outcome::Inactive:
    case AuthService::Outcome::Error:
        m_messageLabel->showMessage(result.message.isEmpty() ? tr("Signing in failed.") : result.message);
        break;
    }
    m_passwordEdit->setFocus();
}
