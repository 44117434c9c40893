#include "SecretRevealDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretRevealDialog::SecretRevealDialog(const QString& title, const QString& explanation, const QString& secret,
                                       QWidget* parent)
    : QDialog(parent), m_secret(secret)
{
    setObjectName(QStringLiteral("secretRevealDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    explanationLabel->setWordWrap(true);
    explanationLabel->setTextFormat(Qt::PlainText);
    explanationLabel->setAccessibleName(explanation);

    auto* onceLabel = new QLabel(tr("This is shown only once. Copy it now and keep it somewhere safe: it cannot be "
                                    "displayed again. If it is lost, issue a new one."),
                                 this);
    onceLabel->setObjectName(QStringLiteral("onceLabel"));
    onceLabel->setWordWrap(true);
    onceLabel->setAccessibleName(onceLabel->text());
    QFont bold = onceLabel->font();
    bold.setBold(true);
    onceLabel->setFont(bold);

    m_secretEdit = new QLineEdit(secret, this);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setAccessibleName(tr("Secret, shown once"));
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(secret) + 24);
    m_secretEdit->setCursorPosition(0);

    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy to the clipboard"));
    m_copyButton->setToolTip(tr("Copy to the clipboard"));
    m_copyButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &SecretRevealDialog::copySecret);

    auto* secretLabel = new QLabel(tr("&Value:"), this);
    secretLabel->setBuddy(m_secretEdit);
    auto* row = new QHBoxLayout;
    row->addWidget(m_secretEdit, 1);
    row->addWidget(m_copyButton);
    auto* form = new QFormLayout;
    form->addRow(secretLabel, row);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setText(tr("C&lose"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(explanationLabel);
    layout->addLayout(form);
    layout->addWidget(onceLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    m_secretEdit->setFocus();
    m_secretEdit->selectAll();
}

void SecretRevealDialog::copySecret()
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_secret);
    m_statusLabel->setText(tr("Copied to the clipboard."));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
}
