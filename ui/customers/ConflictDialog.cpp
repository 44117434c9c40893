#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel* cell(const QString& text, QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<CustomerFieldConflict>& conflicts, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone Else Changed This Customer"));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("While you were editing, someone else saved changes to the fields below. For each one, choose whose "
           "value to keep. Your other changes are kept; the result is saved over their version."),
        this);
    explanation->setObjectName(QStringLiteral("conflictExplanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto* table = new QWidget(area);
    auto* grid = new QGridLayout(table);
    const QStringList headers = {tr("Field"), tr("When you opened it"), tr("Theirs (saved now)"), tr("Mine"),
                                 tr("Keep")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers.at(column), table);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column, 1, column == 4 ? 2 : 1);
    }
    int row = 1;
    for (const CustomerFieldConflict& conflict : conflicts) {
        const QString title = CustomerRecord::fieldTitle(conflict.field);
        grid->addWidget(cell(title, table, title), row, 0);
        grid->addWidget(cell(CustomerRecord::displayValue(conflict.field, conflict.original), table,
                             tr("%1 when you opened it").arg(title)),
                        row, 1);
        QLabel* theirs = cell(CustomerRecord::displayValue(conflict.field, conflict.theirs), table,
                              tr("%1, their value").arg(title));
        theirs->setObjectName(QStringLiteral("theirsValue_") + conflict.field);
        grid->addWidget(theirs, row, 2);
        QLabel* mine =
            cell(CustomerRecord::displayValue(conflict.field, conflict.mine), table, tr("%1, my value").arg(title));
        mine->setObjectName(QStringLiteral("mineValue_") + conflict.field);
        if (!conflict.changedByMe)
            mine->setToolTip(tr("You did not change this field: keeping yours undoes their change."));
        grid->addWidget(mine, row, 3);

        Choice choice;
        choice.theirs = new QRadioButton(tr("Theirs"), table);
        choice.theirs->setObjectName(QStringLiteral("theirsRadio_") + conflict.field);
        choice.theirs->setAccessibleName(tr("Take their %1").arg(title));
        choice.mine = new QRadioButton(tr("Mine"), table);
        choice.mine->setObjectName(QStringLiteral("mineRadio_") + conflict.field);
        choice.mine->setAccessibleName(tr("Keep my %1").arg(title));
        auto* group = new QButtonGroup(this);
        group->addButton(choice.theirs);
        group->addButton(choice.mine);
        (conflict.changedByMe ? choice.mine : choice.theirs)->setChecked(true);
        grid->addWidget(choice.theirs, row, 4);
        grid->addWidget(choice.mine, row, 5);
        m_choices.insert(conflict.field, choice);
        m_fields << conflict.field;
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    area->setWidget(table);
    layout->addWidget(area, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* merge = buttons->addButton(tr("&Save Merged"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("saveMergedButton"));
    merge->setDefault(true);
    QPushButton* theirsAll = buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ActionRole);
    theirsAll->setObjectName(QStringLiteral("takeAllTheirsButton"));
    QPushButton* mineAll = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ActionRole);
    mineAll->setObjectName(QStringLiteral("keepAllMineButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Save nothing and go back to your edits."));
    layout->addWidget(buttons);
    connect(merge, &QPushButton::clicked, this, &QDialog::accept);
    connect(theirsAll, &QPushButton::clicked, this, &ConflictDialog::takeAllTheirs);
    connect(mineAll, &QPushButton::clicked, this, &ConflictDialog::keepAllMine);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 360);
}

QSet<QString> ConflictDialog::fieldsKeepingMine() const
{
    QSet<QString> fields;
    for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it) {
        if (it.value().mine->isChecked())
            fields.insert(it.key());
    }
    return fields;
}

void ConflictDialog::setKeepMine(const QString& field, bool keepMine)
{
    const auto it = m_choices.constFind(field);
    if (it != m_choices.constEnd())
        (keepMine ? it->mine : it->theirs)->setChecked(true);
}

void ConflictDialog::takeAllTheirs()
{
    for (const QString& field : std::as_const(m_fields))
        setKeepMine(field, false);
    accept();
}

void ConflictDialog::keepAllMine()
{
    for (const QString& field : std::as_const(m_fields))
        setKeepMine(field, true);
    accept();
}
