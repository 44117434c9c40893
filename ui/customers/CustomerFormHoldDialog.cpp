#include "CustomerFormHoldDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CustomerFormHoldDialog::CustomerFormHoldDialog(CustomerHoldKind kind, Mode mode, QWidget* parent) : QDialog(parent)
{
    const QString title = CustomerHold::title(kind);
    const bool set = mode == Mode::Set;
    setObjectName(QStringLiteral("customerFormHoldDialog"));
    setWindowTitle(set ? tr("Set %1 Hold").arg(title) : tr("Release %1 Hold").arg(title));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        set ? tr("%1 %2\n\nSetting the hold cancels the customer's pending tasks and pauses its active campaigns.")
                  .arg(title + QLatin1Char(':'), CustomerHold::description(kind))
            : tr("Releasing the %1 hold does not resume cancelled tasks or paused campaigns: restart them "
                 "yourself when collection may continue.")
                  .arg(title),
        this);
    explanation->setObjectName(QStringLiteral("holdExplanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("holdReasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(set ? tr("What happened, and where it is documented")
                                         : tr("Why the hold no longer applies"));
    reasonLabel->setBuddy(m_reasonEdit);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("holdOkButton"));
    ok->setText(set ? tr("&Set Hold") : tr("Re&lease Hold"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &CustomerFormHoldDialog::updateOk);
    updateOk();
    m_reasonEdit->setFocus();
}

QString CustomerFormHoldDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void CustomerFormHoldDialog::setReason(const QString& reason)
{
    m_reasonEdit->setPlainText(reason);
}

void CustomerFormHoldDialog::updateOk()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!reason().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Type a reason first."));
}
