#pragma once

#include "MessageLabel.h"
#include "services/AuthService.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// Shown instead of the login dialog while the database has no users: creates the first
// administrator (AuthService::createFirstAdministrator) with inline checks of email, password
// length and confirmation, and is accepted signed in as that administrator (ticket()).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(AuthService& auth, QWidget* parent = nullptr);

    std::optional<SessionTicket> ticket() const { return m_ticket; }

private slots:
    void validate();
    void create();

private:
    QString emailProblem() const;

    AuthService& m_auth;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_fullNameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_hintLabel = nullptr;
    QPushButton* m_createButton = nullptr;
    std::optional<SessionTicket> m_ticket;
};
