#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "auth/MessageLabel.h"
#include "services/ImportTarget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString columnTitle(const QStringList& header, int column)
{
    const QString text = header.value(column).trimmed();
    return text.isEmpty() ? QCoreApplication::translate("ImportMappingPage", "Column %1").arg(column + 1) : text;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    text.remove(QLatin1Char('\r'));
    return text.left(300);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose for each column of the file the field it fills, or \u201c(ignore)\u201d. The "
                   "suggestion comes from the column names."));

    m_columnsArea = new QScrollArea(this);
    m_columnsArea->setObjectName(QStringLiteral("columnsArea"));
    m_columnsArea->setAccessibleName(tr("File columns and their fields"));
    m_columnsArea->setWidgetResizable(true);
    m_columnsArea->setFrameShape(QFrame::StyledPanel);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_mappedTable = new QTableWidget(this);
    m_mappedTable->setObjectName(QStringLiteral("mappedPreviewTable"));
    m_mappedTable->setAccessibleName(tr("Preview of the mapped values"));
    m_mappedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappedTable->setTabKeyNavigation(false);
    m_mappedTable->setWordWrap(false);
    m_mappedTable->verticalHeader()->hide();
    m_mappedTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* mappedLabel = new QLabel(tr("Preview of the &mapped values:"), this);
    mappedLabel->setBuddy(m_mappedTable);

    const ImportTarget& target = wizard->target();
    const ImportField* key = target.field(target.keyField());
    const QString keyLabel = key ? key->translatedLabel() : target.keyField();
    const bool customers = target.kind() == ImportTarget::Kind::Customers;
    m_duplicatesBox = new QGroupBox(tr("Records whose %1 is already stored").arg(keyLabel), this);
    m_duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    m_skipRadio = new QRadioButton(customers ? tr("&Skip them and keep the stored customer as it is")
                                             : tr("&Skip them and keep the stored payment record as it is"),
                                   m_duplicatesBox);
    m_skipRadio->setObjectName(QStringLiteral("skipDuplicatesRadio"));
    m_updateRadio = new QRadioButton(customers ? tr("&Update the stored customer with the record's non-empty values")
                                               : tr("&Update the stored payment record with the record's non-empty "
                                                    "values"),
                                     m_duplicatesBox);
    m_updateRadio->setObjectName(QStringLiteral("updateDuplicatesRadio"));
    m_skipRadio->setChecked(true);
    m_keyNote = new QLabel(m_duplicatesBox);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    m_keyNote->setTextFormat(Qt::PlainText);
    auto* boxLayout = new QVBoxLayout(m_duplicatesBox);
    boxLayout->addWidget(m_skipRadio);
    boxLayout->addWidget(m_updateRadio);
    boxLayout->addWidget(m_keyNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_columnsArea, 3);
    layout->addWidget(m_messageLabel);
    layout->addWidget(mappedLabel);
    layout->addWidget(m_mappedTable, 2);
    layout->addWidget(m_duplicatesBox);

    connect(m_skipRadio, &QRadioButton::toggled, this, &ImportMappingPage::updateState);
}

void ImportMappingPage::initializePage()
{
    const CsvImporter::Preview& preview = m_wizard->preview();
    if (m_combos.isEmpty() || preview.header != m_header || m_wizard->sourcePath() != m_builtForPath)
        rebuild();
    updateState();
}

void ImportMappingPage::rebuild()
{
    const CsvImporter::Preview& preview = m_wizard->preview();
    const ImportTarget& target = m_wizard->target();
    m_header = preview.header;
    m_builtForPath = m_wizard->sourcePath();
    m_combos.clear();

    // The first readable record, for a sample value per column.
    QStringList sample;
    for (const CsvParser::Record& record : preview.rows) {
        if (record.isValid()) {
            sample = record.fields;
            break;
        }
    }

    auto* columns = new QWidget;
    columns->setObjectName(QStringLiteral("columnsWidget"));
    auto* grid = new QGridLayout(columns);
    auto* fileHeading = new QLabel(tr("File column"), columns);
    auto* fieldHeading = new QLabel(tr("Imports into"), columns);
    auto* sampleHeading = new QLabel(tr("First record"), columns);
    for (QLabel* heading : {fileHeading, fieldHeading, sampleHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    grid->addWidget(fileHeading, 0, 0);
    grid->addWidget(fieldHeading, 0, 1);
    grid->addWidget(sampleHeading, 0, 2);
    const QStringList suggested = preview.suggestedMapping;
    for (int column = 0; column < m_header.size(); ++column) {
        const QString title = columnTitle(m_header, column);
        auto* combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(column));
        combo->setAccessibleName(tr("Field for column %1").arg(title));
        combo->addItem(tr("(ignore)"), QString());
        for (const ImportField& field : target.fields())
            combo->addItem(field.required ? tr("%1 (required)").arg(field.translatedLabel()) : field.translatedLabel(),
                           field.name);
        const int index = combo->findData(suggested.value(column));
        combo->setCurrentIndex(suggested.value(column).isEmpty() || index < 0 ? 0 : index);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateState);

        auto* label = new QLabel(title, columns);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(combo);
        label->setToolTip(title);
        auto* value = new QLabel(oneLine(sample.value(column)), columns);
        value->setObjectName(QStringLiteral("sampleLabel_%1").arg(column));
        value->setTextFormat(Qt::PlainText);
        value->setAccessibleName(tr("First value of column %1").arg(title));
        value->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, column + 1, 0);
        grid->addWidget(combo, column + 1, 1);
        grid->addWidget(value, column + 1, 2);
        m_combos << combo;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(m_header.size()) + 1, 1);
    m_columnsArea->setWidget(columns); // deletes the previous one
    if (!m_combos.isEmpty())
        setFocusProxy(m_combos.first());
}

QStringList ImportMappingPage::mapping() const
{
    QStringList result;
    for (const QComboBox* combo : m_combos)
        result << combo->currentData().toString();
    return result;
}

CsvImporter::OnDuplicate ImportMappingPage::onDuplicate() const
{
    return m_updateRadio->isChecked() ? CsvImporter::OnDuplicate::Update : CsvImporter::OnDuplicate::Skip;
}

bool ImportMappingPage::isComplete() const
{
    return !m_combos.isEmpty() && m_problem.isEmpty();
}

void ImportMappingPage::updateState()
{
    const ImportTarget& target = m_wizard->target();
    const QStringList current = mapping();
    m_problem = target.checkMapping(m_header, current);
    if (m_problem.isEmpty() && onDuplicate() == CsvImporter::OnDuplicate::Update) {
        CsvImporter::Options options;
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
        m_problem = m_wizard->refusal(options);
    }
    if (m_problem.isEmpty())
        m_messageLabel->clearMessage();
    else
        m_messageLabel->showMessage(m_problem);

    const ImportField* key = target.field(target.keyField());
    const QString keyLabel = key ? key->translatedLabel() : target.keyField();
    QString note = tr("Within the file, the first record with a given %1 is imported; later ones are skipped.")
                       .arg(keyLabel);
    if (!current.contains(target.keyField()))
        note = tr("No column is mapped to %1, so no record is recognised as a duplicate.").arg(keyLabel);
    m_keyNote->setText(note);

    showMappedPreview(current);
    emit completeChanged();
}

void ImportMappingPage::showMappedPreview(const QStringList& mapping)
{
    const CsvImporter::Preview& preview = m_wizard->preview();
    const ImportTarget& target = m_wizard->target();
    QList<int> columns;
    QStringList labels{tr("Line")};
    for (int column = 0; column < mapping.size(); ++column) {
        const ImportField* field = target.field(mapping.at(column));
        if (!field)
            continue;
        columns << column;
        labels << field->translatedLabel();
    }
    m_mappedTable->clear();
    m_mappedTable->setColumnCount(int(labels.size()));
    m_mappedTable->setHorizontalHeaderLabels(labels);
    m_mappedTable->setRowCount(0);
    int row = 0;
    for (const CsvParser::Record& record : preview.rows) {
        if (!record.isValid())
            continue; // marked on the file page; it fails with its reason
        m_mappedTable->insertRow(row);
        auto* line = new QTableWidgetItem(QString::number(record.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_mappedTable->setItem(row, 0, line);
        for (int i = 0; i < columns.size(); ++i) {
            const QString text = record.fields.value(columns.at(i)).trimmed();
            auto* cell = new QTableWidgetItem(oneLine(text));
            cell->setToolTip(text.left(2000));
            m_mappedTable->setItem(row, i + 1, cell);
        }
        ++row;
    }
    m_mappedTable->resizeColumnsToContents();
    const int maxWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20;
    for (int column = 1; column < m_mappedTable->columnCount(); ++column)
        m_mappedTable->setColumnWidth(column, qMin(m_mappedTable->columnWidth(column), maxWidth));
}
