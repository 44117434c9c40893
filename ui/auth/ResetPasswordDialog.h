#pragma once

#include "MessageLabel.h"

#include <QDialog>

class AuthService;
class QLabel;
class QLineEdit;
class QPushButton;

// Sets a new password with a one-time reset token an administrator issued
// (AuthService::resetPassword). Checks length and confirmation while the user types; accepted once
// the password is changed, otherwise it says why and stays open.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResetPasswordDialog(AuthService& auth, QWidget* parent = nullptr);

private slots:
    void validate();
    void reset();

private:
    AuthService& m_auth;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_hintLabel = nullptr;
    QPushButton* m_resetButton = nullptr;
};
