#include "CustomerListExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CustomerListExportDialog::CustomerListExportDialog(const QString& order, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("customerListExportDialog"));
    setWindowTitle(tr("Export customers"));
    setAccessibleName(tr("Export customers"));

    m_summary = new QLabel(
        tr("Every customer matching the search and filters is written to a CSV file, in the list's order (%1).")
            .arg(order),
        this);
    m_summary->setObjectName(QStringLiteral("exportSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_listColumns = new QCheckBox(tr("&Include risk, holds and balances"), this);
    m_listColumns->setObjectName(QStringLiteral("includeListColumnsCheck"));
    m_listColumns->setAccessibleName(tr("Include risk, holds and balances"));
    m_listColumns->setAccessibleDescription(
        tr("Adds the risk level, do-not-contact, holds, outstanding and overdue columns; importing the file "
           "again ignores them"));
    m_listColumns->setToolTip(m_listColumns->accessibleDescription());
    m_listColumns->setChecked(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* choose = m_buttons->button(QDialogButtonBox::Ok);
    choose->setText(tr("&Choose File\u2026"));
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_listColumns);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_listColumns->setFocus(Qt::OtherFocusReason);
    resize(440, sizeHint().height());
}

bool CustomerListExportDialog::includeListColumns() const
{
    return m_listColumns->isChecked();
}

void CustomerListExportDialog::setIncludeListColumns(bool include)
{
    m_listColumns->setChecked(include);
}
