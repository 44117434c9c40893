#include "NewApiKeyDialog.h"

#include "auth/MessageLabel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NewApiKeyDialog::NewApiKeyDialog(ApiKeyService& service, QWidget* parent) : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("newApiKeyDialog"));
    setWindowTitle(tr("New API Key"));
    setAccessibleName(tr("New API key"));

    auto* intro = new QLabel(tr("An API key lets a system of the agents' platform call CollectDesk. Give it only "
                                "the scopes it needs. The key is shown once, right after it is created."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));
    m_nameEdit->setMaxLength(ApiKeyService::maxNameLength);
    m_nameEdit->setPlaceholderText(tr("e.g. Voice agent (production)"));
    m_nameEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto* scopesBox = new QGroupBox(tr("Scopes"), this);
    scopesBox->setObjectName(QStringLiteral("scopesGroup"));
    scopesBox->setAccessibleName(tr("Scopes"));
    auto* scopesLayout = new QVBoxLayout(scopesBox);
    for (const QString& scope : ApiKeyService::knownScopes()) {
        auto* box = new QCheckBox(tr("%1 — %2").arg(scope, ApiKeyService::scopeDescription(scope)), scopesBox);
        box->setObjectName(scopeObjectName(scope));
        box->setAccessibleName(scope);
        box->setAccessibleDescription(ApiKeyService::scopeDescription(scope));
        box->setProperty("scope", scope);
        scopesLayout->addWidget(box);
        m_scopeBoxes << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            m_edited = true;
            validate();
        });
    }

    m_rateLimitSpin = new QSpinBox(this);
    m_rateLimitSpin->setObjectName(QStringLiteral("rateLimitSpinBox"));
    m_rateLimitSpin->setAccessibleName(tr("Rate limit, requests per minute"));
    m_rateLimitSpin->setRange(ApiKeyService::minRateLimit, ApiKeyService::maxRateLimit);
    m_rateLimitSpin->setValue(ApiKeyService::defaultRateLimit);
    m_rateLimitSpin->setSuffix(tr(" per minute"));
    m_rateLimitSpin->setGroupSeparatorShown(true);

    m_expiresCheck = new QCheckBox(tr("E&xpires on:"), this);
    m_expiresCheck->setObjectName(QStringLiteral("expiresCheckBox"));
    m_expiresCheck->setAccessibleName(tr("The key expires"));
    m_expiresEdit = new QDateTimeEdit(QDateTime::currentDateTime().addDays(90), this);
    m_expiresEdit->setObjectName(QStringLiteral("expiresEdit"));
    m_expiresEdit->setAccessibleName(tr("Expiry date and time"));
    m_expiresEdit->setCalendarPopup(true);
    m_expiresEdit->setEnabled(false);
    connect(m_expiresCheck, &QCheckBox::toggled, m_expiresEdit, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_nameEdit);
    form->addRow(scopesBox);
    addRow(tr("&Rate limit:"), m_rateLimitSpin);
    form->addRow(m_expiresCheck, m_expiresEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create Key"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create key"));
    m_createButton->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    cancel->setIcon(QIcon());
    connect(m_createButton, &QPushButton::clicked, this, &NewApiKeyDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);

    auto edited = [this] {
        m_edited = true;
        validate();
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, edited);
    connect(m_rateLimitSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_expiresCheck, &QCheckBox::toggled, this, edited);
    connect(m_expiresEdit, &QDateTimeEdit::dateTimeChanged, this, edited);
    validate();
    m_nameEdit->setFocus();
}

QString NewApiKeyDialog::scopeObjectName(const QString& scope)
{
    QString name = scope;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("scope_") + name;
}

std::optional<ApiKeyService::CreatedKey> NewApiKeyDialog::takeCreatedKey()
{
    std::optional<ApiKeyService::CreatedKey> key = std::move(m_created);
    m_created.reset();
    return key;
}

QStringList NewApiKeyDialog::selectedScopes() const
{
    QStringList scopes;
    for (const QCheckBox* box : m_scopeBoxes) {
        if (box->isChecked())
            scopes << box->property("scope").toString();
    }
    return scopes;
}

std::optional<QDateTime> NewApiKeyDialog::expiresAtUtc() const
{
    if (!m_expiresCheck->isChecked())
        return std::nullopt;
    return m_expiresEdit->dateTime().toUTC();
}

void NewApiKeyDialog::validate()
{
    const QString problem =
        ApiKeyService::validate(m_nameEdit->text(), selectedScopes(), m_rateLimitSpin->value(), expiresAtUtc());
    m_createButton->setEnabled(problem.isEmpty());
    if (problem.isEmpty())
        m_messageLabel->clearMessage();
    else
        m_messageLabel->showMessage(problem, m_edited ? MessageLabel::Kind::Error : MessageLabel::Kind::Info);
}

void NewApiKeyDialog::create()
{
    validate(); // the expiry may have passed while the dialog was open
    if (!m_createButton->isEnabled())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ApiKeyService::CreatedKey> created =
        m_service.create(m_nameEdit->text(), selectedScopes(), m_rateLimitSpin->value(), expiresAtUtc(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        m_messageLabel->showMessage(error.isEmpty() ? tr("The API key could not be created.") : error);
        m_nameEdit->setFocus();
        return;
    }
    m_created = std::move(created);
    accept();
}
