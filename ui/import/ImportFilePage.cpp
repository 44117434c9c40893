#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "auth/MessageLabel.h"
#include "services/ImportTarget.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file whose first line names the columns. Check below that the file is read as you "
                   "expect: the characters, the columns and the first records."));

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("filePathEdit"));
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setPlaceholderText(tr("Path of a .csv file"));
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_pathEdit);
    m_browseButton = new QPushButton(tr("B&rowse\u2026"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setToolTip(tr("Choose the file in a dialog"));

    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_encodingCombo->addItem(tr("Detect"), int(CsvParser::Encoding::Auto));
    m_encodingCombo->addItem(tr("UTF-8"), int(CsvParser::Encoding::Utf8));
    m_encodingCombo->addItem(tr("Latin-1 (ISO 8859-1)"), int(CsvParser::Encoding::Latin1));
    m_encodingCombo->setToolTip(tr("Detect: UTF-8 when the file has a byte order mark or reads as UTF-8, "
                                   "otherwise Latin-1"));
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);

    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("Detect"), 0);
    for (const char c : {',', ';', '\t', '|'})
        m_delimiterCombo->addItem(delimiterName(c), int(c));
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterCombo);

    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setAccessibleName(tr("What was detected"));
    m_detectedLabel->setTextFormat(Qt::PlainText);
    m_detectedLabel->setWordWrap(true);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("The first records of the file"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setTabKeyNavigation(false);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewLabel = new QLabel(tr("&Preview:"), this);
    m_previewLabel->setBuddy(m_previewTable);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setWordWrap(true);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto* grid = new QGridLayout;
    grid->addWidget(pathLabel, 0, 0);
    grid->addLayout(pathRow, 0, 1, 1, 4);
    grid->addWidget(encodingLabel, 1, 0);
    grid->addWidget(m_encodingCombo, 1, 1);
    grid->addWidget(delimiterLabel, 1, 2);
    grid->addWidget(m_delimiterCombo, 1, 3);
    grid->setColumnStretch(4, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_previewNote);

    m_inspectTimer = new QTimer(this);
    m_inspectTimer->setSingleShot(true);
    m_inspectTimer->setInterval(400);
    connect(m_inspectTimer, &QTimer::timeout, this, &ImportFilePage::inspect);
    connect(m_pathEdit, &QLineEdit::textEdited, this, &ImportFilePage::pathEdited);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &ImportFilePage::inspect);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_inspectTimer->isActive())
            inspect();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspect);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspect);

    // Asked once, on the GUI thread's connection (the worker asks again on its own).
    m_refusal = wizard->refusal(CsvImporter::Options());
    if (!m_refusal.isEmpty()) {
        m_messageLabel->showMessage(m_refusal);
        for (QWidget* widget : std::initializer_list<QWidget*>{m_pathEdit, m_browseButton, m_encodingCombo,
                                                               m_delimiterCombo, m_previewTable})
            widget->setEnabled(false);
    }
    showPreview();
    setFocusProxy(m_pathEdit);
}

QString ImportFilePage::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("Comma ( , )");
    case ';':
        return tr("Semicolon ( ; )");
    case '\t':
        return tr("Tab");
    case '|':
        return tr("Pipe ( | )");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
    }
}

QString ImportFilePage::path() const
{
    return m_pathEdit->text().trimmed();
}

CsvParser::Encoding ImportFilePage::encoding() const
{
    return CsvParser::Encoding(m_encodingCombo->currentData().toInt());
}

char ImportFilePage::delimiter() const
{
    return char(m_delimiterCombo->currentData().toInt());
}

bool ImportFilePage::isComplete() const
{
    return m_refusal.isEmpty() && !m_inspectedPath.isEmpty() && m_inspectedPath == path() && m_preview.ok() &&
           !m_preview.header.isEmpty() && !m_preview.rows.isEmpty();
}

void ImportFilePage::browse()
{
    const QString chosen = m_wizard->chooseFile();
    if (chosen.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(chosen));
    inspect();
    m_pathEdit->setFocus();
}

void ImportFilePage::pathEdited()
{
    m_inspectedPath.clear(); // stale until read again
    m_inspectTimer->start();
    emit completeChanged();
}

void ImportFilePage::inspect()
{
    m_inspectTimer->stop();
    if (!m_refusal.isEmpty())
        return;
    const QString file = path();
    m_preview = CsvImporter::Preview();
    m_inspectedPath.clear();
    if (!file.isEmpty()) {
        CsvImporter::InspectOptions options;
        options.encoding = encoding();
        options.delimiter = delimiter();
        m_preview = CsvImporter::inspect(QDir::fromNativeSeparators(file), m_wizard->target(), options);
        m_inspectedPath = file;
    }
    showPreview();
    emit completeChanged();
}

void ImportFilePage::showPreview()
{
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    m_previewNote->clear();
    if (!m_refusal.isEmpty()) {
        m_detectedLabel->clear();
        return;
    }
    if (m_inspectedPath.isEmpty()) {
        m_messageLabel->clearMessage();
        m_detectedLabel->setText(path().isEmpty()
                                     ? tr("Choose the CSV file to import into %1.").arg(m_wizard->target().title())
                                     : tr("Reading the file\u2026"));
        return;
    }
    const CsvImporter::Preview& p = m_preview;
    if (!p.ok()) {
        m_messageLabel->showMessage(p.error); // names the file and the reason
        m_detectedLabel->clear();
        return;
    }

    const bool encodingChosen = encoding() != CsvParser::Encoding::Auto;
    const bool delimiterChosen = delimiter() != 0;
    const QString encodingText =
        (encodingChosen ? tr("%1 (chosen)") : tr("%1 (detected)")).arg(CsvParser::encodingName(p.encoding)) +
        (p.byteOrderMark ? tr(", with byte order mark") : tr(", no byte order mark"));
    const QString delimiterText =
        (delimiterChosen ? tr("%1 (chosen)") : tr("%1 (detected)")).arg(delimiterName(p.delimiter));
    m_detectedLabel->setText(
        tr("Encoding: %1 \u00b7 Delimiter: %2 \u00b7 Size: %3 \u00b7 %n column(s)", nullptr, int(p.header.size()))
            .arg(encodingText, delimiterText, QLocale().formattedDataSize(p.fileSize)));
    if (p.rows.isEmpty()) {
        m_messageLabel->showMessage(tr("The file has no records after its header line: there is nothing to import."));
        return;
    }
    m_messageLabel->clearMessage();

    // Column 0: the line; then the file's columns.
    const int columns = int(p.header.size()) + 1;
    m_previewTable->setColumnCount(columns);
    QStringList labels{tr("Line")};
    for (int i = 0; i < p.header.size(); ++i)
        labels << (p.header.at(i).trimmed().isEmpty() ? tr("Column %1").arg(i + 1) : p.header.at(i));
    m_previewTable->setHorizontalHeaderLabels(labels);
    m_previewTable->setRowCount(int(p.rows.size()));
    const QColor errorColor =
        palette().color(QPalette::Text).lightness() > 128 ? QColor(255, 140, 140) : QColor(170, 0, 0);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int unreadable = 0;
    int misshapen = 0;
    for (int row = 0; row < p.rows.size(); ++row) {
        const CsvParser::Record& record = p.rows.at(row);
        auto* line = new QTableWidgetItem(QString::number(record.line));
        line->setData(Qt::UserRole, record.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previewTable->setItem(row, 0, line);
        QString problem;
        if (!record.isValid()) {
            ++unreadable;
            problem = record.error; // names the line
            auto* cell = new QTableWidgetItem(warning, problem);
            cell->setForeground(errorColor);
            cell->setToolTip(problem);
            m_previewTable->setItem(row, 1, cell);
            if (columns > 2)
                m_previewTable->setSpan(row, 1, 1, columns - 1);
        } else {
            if (record.fields.size() != p.header.size()) {
                ++misshapen;
                problem = tr("Line %1 has %2 fields but the header has %3.")
                              .arg(record.line)
                              .arg(record.fields.size())
                              .arg(p.header.size());
            }
            for (int column = 0; column < record.fields.size() && column + 1 < columns; ++column) {
                QString text = record.fields.at(column);
                text.replace(QLatin1Char('\n'), QChar(0x21b5)); // line breaks inside a field, shown as ↵
                text.replace(QLatin1Char('\r'), QString());
                auto* cell = new QTableWidgetItem(text.left(500));
                cell->setToolTip(record.fields.at(column).left(2000));
                m_previewTable->setItem(row, column + 1, cell);
            }
        }
        if (!problem.isEmpty()) {
            line->setIcon(warning);
            line->setForeground(errorColor);
            line->setToolTip(problem);
            line->setData(Qt::AccessibleTextRole, tr("%1, problem: %2").arg(record.line).arg(problem));
        }
    }
    m_previewTable->resizeColumnsToContents();
    const int maxWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 1; column < columns; ++column)
        m_previewTable->setColumnWidth(column, qMin(m_previewTable->columnWidth(column), maxWidth));

    QStringList notes;
    notes << (p.moreRows ? tr("The first %n record(s) of the file; more follow.", nullptr, int(p.rows.size()))
                         : tr("All %n record(s) of the file.", nullptr, int(p.rows.size())));
    if (unreadable > 0)
        notes << tr("%n record(s) cannot be read (marked); they will fail and go to the error file.", nullptr,
                    unreadable);
    if (misshapen > 0)
        notes << tr("%n record(s) have a different number of fields than the header (marked); they will fail.", nullptr,
                    misshapen);
    m_previewNote->setText(notes.join(QLatin1Char(' ')));
}
