#include "OptOutDialog.h"

#include "auth/MessageLabel.h"
#include "services/OptOutService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OptOutDialog::OptOutDialog(SubmitFunction submit, QWidget* parent) : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("optOutDialog"));
    setWindowTitle(tr("Record Opt-out"));
    setAccessibleName(tr("Record opt-out"));

    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    for (const QString& channel : OptOutService::recordableChannels())
        m_channelCombo->addItem(OptOutService::channelTitle(channel), channel);
    m_channelCombo->setAccessibleName(tr("Channel"));

    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    for (const QString& source : OptOutService::sources())
        m_sourceCombo->addItem(OptOutService::sourceTitle(source), source);
    m_sourceCombo->setAccessibleName(tr("Source"));

    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setPlaceholderText(tr("Optional, e.g. “asked on the phone on 3 May”"));
    m_reasonEdit->setMaxLength(500);

    auto* form = new QFormLayout;
    auto* channelLabel = new QLabel(tr("&Channel:"), this);
    channelLabel->setBuddy(m_channelCombo);
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_sourceCombo);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);
    form->addRow(channelLabel, m_channelCombo);
    form->addRow(sourceLabel, m_sourceCombo);
    form->addRow(reasonLabel, m_reasonEdit);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_recordButton = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &OptOutDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    m_channelCombo->setFocus();
}

QString OptOutDialog::channel() const
{
    return m_channelCombo->currentData().toString();
}

QString OptOutDialog::source() const
{
    return m_sourceCombo->currentData().toString();
}

QString OptOutDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void OptOutDialog::submit()
{
    QString error;
    if (m_submit && !m_submit(channel(), source(), reason(), &error)) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->clearMessage();
    accept();
}
