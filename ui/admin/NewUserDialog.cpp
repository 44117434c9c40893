#include "NewUserDialog.h"

#include "auth/MessageLabel.h"
#include "auth/NewPasswordCheck.h"
#include "services/AuthService.h"
#include "services/PermissionService.h"
#include "services/UserDirectory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

NewUserDialog::NewUserDialog(UserAdminService& service, QWidget* parent) : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New User"));
    setAccessibleName(tr("New user"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto lineEdit = [this](const char* name, const QString& accessibleName, int maxLength) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessibleName);
        edit->setMaxLength(maxLength);
        return edit;
    };
    auto hintLabel = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_emailEdit = lineEdit("emailEdit", tr("Email"), 254);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_emailEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_emailHintLabel = hintLabel("emailHintLabel");
    m_fullNameEdit = lineEdit("fullNameEdit", tr("Full name"), 200);

    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Role"));
    for (const QString& role : PermissionService::roles())
        m_roleCombo->addItem(PermissionService::roleTitle(role), role);
    m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(QStringLiteral("collector"))));

    m_tokenRadio = new QRadioButton(tr("Issue a one-time password &reset token (the user chooses a password)"), this);
    m_tokenRadio->setObjectName(QStringLiteral("resetTokenRadio"));
    m_tokenRadio->setAccessibleName(tr("Issue a one-time password reset token"));
    m_passwordRadio = new QRadioButton(tr("&Set an initial password now"), this);
    m_passwordRadio->setObjectName(QStringLiteral("initialPasswordRadio"));
    m_passwordRadio->setAccessibleName(tr("Set an initial password now"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_tokenRadio);
    group->addButton(m_passwordRadio);
    m_tokenRadio->setChecked(true);

    m_passwordEdit = lineEdit("passwordEdit", tr("Initial password"), 1024);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = lineEdit("confirmPasswordEdit", tr("Confirm initial password"), 1024);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_passwordHintLabel = hintLabel("passwordHintLabel");

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Email:"), m_emailEdit);
    form->addRow(QString(), m_emailHintLabel);
    addRow(tr("&Full name:"), m_fullNameEdit);
    addRow(tr("R&ole:"), m_roleCombo);
    form->addRow(QString(), m_tokenRadio);
    form->addRow(QString(), m_passwordRadio);
    addRow(tr("&Password:"), m_passwordEdit);
    addRow(tr("C&onfirm:"), m_confirmEdit);
    form->addRow(QString(), m_passwordHintLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create User"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create user"));
    m_createButton->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_createButton, &QPushButton::clicked, this, &NewUserDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_emailEdit, m_fullNameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewUserDialog::validate);
    connect(m_passwordRadio, &QRadioButton::toggled, this, &NewUserDialog::validate);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &NewUserDialog::validate);
    validate();
    m_emailEdit->setFocus();
}

QString NewUserDialog::email() const
{
    return m_emailEdit->text().trimmed().toLower();
}

void NewUserDialog::validate()
{
    const QString emailText = m_emailEdit->text().trimmed();
    const NewUser user{emailText, m_roleCombo->currentData().toString(), m_fullNameEdit->text().trimmed()};
    // The email hint waits for some input: an empty form is not an error yet.
    const QString userProblem = UserDirectory::validate(user);
    const QString shownProblem = emailText.isEmpty() ? QString() : userProblem;
    m_emailHintLabel->setText(shownProblem);
    m_emailHintLabel->setAccessibleName(shownProblem);
    m_emailHintLabel->setVisible(!shownProblem.isEmpty());

    const bool withPassword = m_passwordRadio->isChecked();
    m_passwordEdit->setEnabled(withPassword);
    m_confirmEdit->setEnabled(withPassword);
    bool passwordOk = true;
    QString passwordHint;
    if (withPassword) {
        const NewPasswordCheck::Verdict verdict =
            NewPasswordCheck::check(m_passwordEdit->text(), m_confirmEdit->text());
        passwordOk = verdict.acceptable;
        passwordHint = verdict.hint;
    } else {
        passwordHint = tr("A reset token valid for %n minute(s) will be shown once after the user is created; "
                          "give it to them through a channel you trust.",
                          nullptr, AuthService::Policy().resetTokenMinutes);
    }
    m_passwordHintLabel->setText(passwordHint);
    m_passwordHintLabel->setAccessibleName(passwordHint);
    m_createButton->setEnabled(userProblem.isEmpty() && passwordOk);
}

void NewUserDialog::create()
{
    if (!m_createButton->isEnabled())
        return;
    m_messageLabel->clearMessage();
    const std::optional<QString> password =
        m_passwordRadio->isChecked() ? std::optional<QString>(m_passwordEdit->text()) : std::nullopt;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<CreatedUser> created = m_service.createUser(
        m_emailEdit->text(), m_fullNameEdit->text(), m_roleCombo->currentData().toString(), password, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        m_messageLabel->showMessage(error.isEmpty() ? tr("The user could not be created.") : error);
        m_emailEdit->setFocus();
        return;
    }
    m_created = created;
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    accept();
}
