#pragma once

#include "services/UserAdminService.h"

#include <QDialog>
#include <optional>

class MessageLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Asks for a new user's email, full name and role, and whether to set an initial password now or
// to issue a one-time password reset token; checks the input as it is typed (Create stays
// disabled while it is invalid) and creates the user through UserAdminService. A refusal
// (duplicate email, permission) is shown inline and the dialog stays open; on success it is
// accepted and created() holds the result, including the reset token to show once.
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewUserDialog(UserAdminService& service, QWidget* parent = nullptr);

    std::optional<CreatedUser> created() const { return m_created; }
    // The normalised email of the created user (as stored).
    QString email() const;

private slots:
    void validate();
    void create();

private:
    UserAdminService& m_service;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLabel* m_emailHintLabel = nullptr;
    QLineEdit* m_fullNameEdit = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QRadioButton* m_passwordRadio = nullptr;
    QRadioButton* m_tokenRadio = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_passwordHintLabel = nullptr;
    QPushButton* m_createButton = nullptr;
    std::optional<CreatedUser> m_created;
};
