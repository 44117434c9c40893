#include "ResetPasswordDialog.h"

#include "NewPasswordCheck.h"
#include "services/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResetPasswordDialog::ResetPasswordDialog(AuthService& auth, QWidget* parent) : QDialog(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    setAccessibleName(tr("Reset password"));

    auto* intro = new QLabel(
        tr("Enter the reset token an administrator gave you and choose a new password. A token works once."), this);
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Reset token"));
    m_tokenEdit->setMaxLength(200);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("newPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("New password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(1024);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirmEdit->setAccessibleName(tr("Confirm new password"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setMaxLength(1024);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("passwordHintLabel"));
    m_hintLabel->setWordWrap(true);

    // The layout fixes the minimum size (SetMinimumSize): a wide field makes the dialog wide.
    m_tokenEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Token:"), m_tokenEdit);
    addRow(tr("&New password:"), m_passwordEdit);
    addRow(tr("&Confirm:"), m_confirmEdit);
    form->addRow(QString(), m_hintLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resetButton = buttons->addButton(tr("&Set Password"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setAccessibleName(tr("Set password"));
    m_resetButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());
    connect(m_resetButton, &QPushButton::clicked, this, &ResetPasswordDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_tokenEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    validate();
    m_tokenEdit->setFocus();
}

void ResetPasswordDialog::validate()
{
    const NewPasswordCheck::Verdict verdict = NewPasswordCheck::check(m_passwordEdit->text(), m_confirmEdit->text());
    m_hintLabel->setText(verdict.hint);
    m_hintLabel->setAccessibleName(verdict.hint);
    m_resetButton->setEnabled(verdict.acceptable && !m_tokenEdit->text().trimmed().isEmpty());
}

void ResetPasswordDialog::reset()
{
    if (!m_resetButton->isEnabled())
        return;
    m_messageLabel->clearMessage();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_auth.resetPassword(m_tokenEdit->text().trimmed(), m_passwordEdit->text(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (ok) {
        m_passwordEdit->clear();
        m_confirmEdit->clear();
        accept();
        return;
    }
    m_messageLabel->showMessage(error.isEmpty() ? tr("The password was not changed: the token is not valid, was "
                                                     "already used or has expired.")
                                                : tr("The password was not changed: %1").arg(error));
    m_tokenEdit->setFocus();
}
