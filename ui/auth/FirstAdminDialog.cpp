#include "FirstAdminDialog.h"

#include "ClientInfo.h"
#include "NewPasswordCheck.h"
#include "services/UserDirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(AuthService& auth, QWidget* parent) : QDialog(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the First Administrator"));
    setAccessibleName(tr("Create the first administrator"));

    auto* intro = new QLabel(tr("This database has no users yet. Create the first administrator: this account can "
                                "then add everyone else."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto lineEdit = [this](const char* name, const QString& accessibleName, int maxLength) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessibleName);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_emailEdit = lineEdit("emailEdit", tr("Email"), 254);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_fullNameEdit = lineEdit("fullNameEdit", tr("Full name"), 200);
    m_passwordEdit = lineEdit("passwordEdit", tr("Password"), 1024);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = lineEdit("confirmPasswordEdit", tr("Confirm password"), 1024);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("passwordHintLabel"));
    m_hintLabel->setWordWrap(true);

    // The layout fixes the minimum size (SetMinimumSize): a wide field makes the dialog wide.
    m_emailEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Email:"), m_emailEdit);
    addRow(tr("&Full name:"), m_fullNameEdit);
    addRow(tr("&Password:"), m_passwordEdit);
    addRow(tr("C&onfirm:"), m_confirmEdit);
    form->addRow(QString(), m_hintLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create Administrator"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create administrator"));
    m_createButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());
    connect(m_createButton, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_emailEdit, m_fullNameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::validate);
    validate();
    m_emailEdit->setFocus();
}

QString FirstAdminDialog::emailProblem() const
{
    const NewUser user{m_emailEdit->text().trimmed(), QStringLiteral("admin"), m_fullNameEdit->text().trimmed()};
    return UserDirectory::validate(user);
}

void FirstAdminDialog::validate()
{
    const NewPasswordCheck::Verdict verdict = NewPasswordCheck::check(m_passwordEdit->text(), m_confirmEdit->text());
    m_hintLabel->setText(verdict.hint);
    m_hintLabel->setAccessibleName(verdict.hint);
    m_createButton->setEnabled(verdict.acceptable && !m_emailEdit->text().trimmed().isEmpty());
}

void FirstAdminDialog::create()
{
    if (!m_createButton->isEnabled())
        return;
    const QString problem = emailProblem();
    if (!problem.isEmpty()) {
        m_messageLabel->showMessage(problem);
        m_emailEdit->setFocus();
        return;
    }
    m_messageLabel->clearMessage();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const AuthService::SignInResult result =
        m_auth.createFirstAdministrator(m_emailEdit->text().trimmed(), m_fullNameEdit->text().trimmed(),
                                        m_passwordEdit->text(), ClientInfo::describe());
    QGuiApplication::restoreOverrideCursor();
    if (result.outcome == AuthService::Outcome::SignedIn) {
        m_ticket = result.ticket;
        m_passwordEdit->clear();
        m_confirmEdit->clear();
        accept();
        return;
    }
    m_messageLabel->showMessage(result.message.isEmpty() ? tr("The administrator could not be created.")
                                                         : result.message);
}
