#pragma once

#include "io/CsvParser.h"
#include "services/CsvImporter.h"

#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// The import wizard's first page: the file (typed or chosen with Browse…), its encoding (detect,
// UTF-8, Latin-1) and delimiter (detect , ; Tab |), what was detected (encoding, byte order mark,
// delimiter, size) and the first records (CsvImporter::inspect), where a record that cannot be
// read is marked with its reason. A file that cannot be read, or a role that may not import,
// is explained in the message line and keeps Next disabled.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    bool isComplete() const override;
    // Also when next() is called directly (not through the disabled button).
    bool validatePage() override { return isComplete(); }

    // The path as typed (trimmed) and the choices of the combos (Auto / 0: detect).
    QString path() const;
    CsvParser::Encoding encoding() const;
    char delimiter() const;
    // What the last inspection of path() found.
    const CsvImporter::Preview& preview() const { return m_preview; }

    // Reads the file again now (also done shortly after typing and at once on Enter).
    void inspect();

    static QString delimiterName(char delimiter);

private:
    void browse();
    void pathEdited();
    void showPreview();

    ImportWizard* m_wizard = nullptr;
    QString m_refusal;
    CsvImporter::Preview m_preview;
    QString m_inspectedPath; // empty: m_preview is not for the current path and choices
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_detectedLabel = nullptr;
    QLabel* m_previewLabel = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QLabel* m_previewNote = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QTimer* m_inspectTimer = nullptr;
};
