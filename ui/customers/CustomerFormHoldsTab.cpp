#include "CustomerFormHoldsTab.h"

#include "CustomerFormHoldDialog.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* valueLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CustomerFormHoldsTab::CustomerFormHoldsTab(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_service(database, context), m_context(context ? std::move(context) : AccessContext::nobody())
{
    setObjectName(QStringLiteral("customerHoldsTab"));
    setAccessibleName(tr("Holds"));
    m_runDialog = [](QDialog& dialog) { return UserMessage::isInteractive() ? dialog.exec() : int(QDialog::Rejected); };

    auto* layout = new QVBoxLayout(this);
    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("holdsMessageLabel"));
    layout->addWidget(m_messageLabel);

    auto* grid = new QGridLayout();
    const QStringList headers = {tr("Hold"), tr("Status"), tr("Since"), tr("Reason"), tr("Set by")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers.at(column), this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    int rowIndex = 1;
    for (const CustomerHoldKind kind : CustomerHold::kinds()) {
        const QString key = CustomerHold::key(kind);
        const QString title = CustomerHold::title(kind);
        Row row;
        auto* name = new QLabel(title, this);
        name->setObjectName(QStringLiteral("holdTitle_") + key);
        name->setToolTip(CustomerHold::description(kind));
        row.status = valueLabel(this, QStringLiteral("holdStatus_") + key, tr("%1 hold status").arg(title));
        row.since = valueLabel(this, QStringLiteral("holdSince_") + key, tr("%1 hold since").arg(title));
        row.reason = valueLabel(this, QStringLiteral("holdReason_") + key, tr("%1 hold reason").arg(title));
        row.by = valueLabel(this, QStringLiteral("holdBy_") + key, tr("%1 hold set by").arg(title));
        row.set = new QPushButton(tr("Set\u2026"), this);
        row.set->setObjectName(QStringLiteral("setHoldButton_") + key);
        row.set->setAccessibleName(tr("Set %1 hold").arg(title));
        row.release = new QPushButton(tr("Release\u2026"), this);
        row.release->setObjectName(QStringLiteral("releaseHoldButton_") + key);
        row.release->setAccessibleName(tr("Release %1 hold").arg(title));
        connect(row.set, &QPushButton::clicked, this, [this, kind] { setHold(kind); });
        connect(row.release, &QPushButton::clicked, this, [this, kind] { releaseHold(kind); });

        grid->addWidget(name, rowIndex, 0);
        grid->addWidget(row.status, rowIndex, 1);
        grid->addWidget(row.since, rowIndex, 2);
        grid->addWidget(row.reason, rowIndex, 3);
        grid->addWidget(row.by, rowIndex, 4);
        grid->addWidget(row.set, rowIndex, 5);
        grid->addWidget(row.release, rowIndex, 6);
        m_rows.insert(int(kind), row);
        ++rowIndex;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    refresh();
}

void CustomerFormHoldsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_messageLabel->clearMessage();
    refresh();
}

void CustomerFormHoldsTab::refresh()
{
    std::optional<QList<CustomerHoldState>> states;
    if (m_customerId > 0) {
        QString error;
        states = m_service.holds(m_customerId, &error);
        if (!states)
            m_messageLabel->showMessage(error);
    }
    const QLocale locale;
    for (const CustomerHoldKind kind : CustomerHold::kinds()) {
        Row& row = m_rows[int(kind)];
        CustomerHoldState state;
        if (states) {
            for (const CustomerHoldState& candidate : std::as_const(*states)) {
                if (candidate.kind == kind)
                    state = candidate;
            }
        }
        row.active = state.active;
        row.status->setText(state.active ? tr("On hold") : tr("No hold"));
        row.since->setText(state.active ? locale.toString(state.since.toLocalTime(), QLocale::ShortFormat) : QString());
        row.reason->setText(state.active ? state.reason : QString());
        QString by;
        if (state.active)
            by = !state.setByEmail.isEmpty() ? state.setByEmail
                 : state.setById > 0         ? tr("user #%1").arg(state.setById)
                                             : tr("system");
        row.by->setText(by);
    }
    updateButtons();
}

void CustomerFormHoldsTab::updateButtons()
{
    const QString setDenied = m_service.setHoldDeniedReason();
    const QString releaseDenied = m_service.releaseDeniedReason();
    const bool stored = m_customerId > 0;
    for (const CustomerHoldKind kind : CustomerHold::kinds()) {
        Row& row = m_rows[int(kind)];
        const QString title = CustomerHold::title(kind);
        row.set->setEnabled(stored && !row.active && setDenied.isEmpty());
        row.set->setToolTip(!stored                ? tr("Save the new customer first.")
                            : !setDenied.isEmpty() ? setDenied
                            : row.active           ? tr("The %1 hold is already set.").arg(title)
                                                   : tr("Set a %1 hold: cancels pending tasks and pauses active "
                                                                  "campaigns.")
                                               .arg(title));
        row.release->setEnabled(stored && row.active && releaseDenied.isEmpty());
        row.release->setToolTip(!stored                    ? tr("Save the new customer first.")
                                : !releaseDenied.isEmpty() ? releaseDenied
                                : !row.active              ? tr("There is no %1 hold to release.").arg(title)
                                                           : tr("Release the %1 hold.").arg(title));
        row.release->setAccessibleDescription(row.release->toolTip());
        row.set->setAccessibleDescription(row.set->toolTip());
    }
}

void CustomerFormHoldsTab::setHold(CustomerHoldKind kind)
{
    if (m_customerId <= 0)
        return;
    CustomerFormHoldDialog dialog(kind, CustomerFormHoldDialog::Mode::Set, this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    QString error;
    const auto effects = m_service.setHold(m_customerId, kind, dialog.reason(), &error);
    refresh();
    if (!effects) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->showMessage(
        tr("%1 hold set.").arg(CustomerHold::title(kind)) + QLatin1Char(' ') +
            tr("%n pending task(s) cancelled", nullptr, int(effects->cancelledTaskIds.size())) + QStringLiteral(", ") +
            tr("%n active campaign(s) paused.", nullptr, int(effects->pausedCampaignIds.size())),
        MessageLabel::Kind::Info);
    emit changed();
}

void CustomerFormHoldsTab::releaseHold(CustomerHoldKind kind)
{
    if (m_customerId <= 0)
        return;
    CustomerFormHoldDialog dialog(kind, CustomerFormHoldDialog::Mode::Release, this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    QString error;
    const bool released = m_service.releaseHold(m_customerId, kind, dialog.reason(), &error);
    refresh();
    if (!released) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->showMessage(tr("%1 hold released.").arg(CustomerHold::title(kind)), MessageLabel::Kind::Info);
    emit changed();
}
