#pragma once

#include "services/CsvImporter.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QScrollArea;
class QTableWidget;

// The import wizard's second page: one combo per file column (the target's fields or "(ignore)",
// prefilled with ImportTarget::suggestMapping), checked as it changes (ImportTarget::checkMapping:
// a required field missing, a field mapped twice, no customer reference) with the reason in the
// message line and Next disabled while it is wrong; a preview of the mapped values; and what to do
// with records whose duplicate key (email, invoice number) is already stored: skip or update.
// The choices are kept while the file's header stays the same.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Also when next() is called directly (not through the disabled button).
    bool validatePage() override { return isComplete(); }

    // One field name per file column; empty: ignored.
    QStringList mapping() const;
    CsvImporter::OnDuplicate onDuplicate() const;
    // The combo of file column `column` (objectName "mappingCombo_<column>").
    QComboBox* comboForColumn(int column) const { return m_combos.value(column); }

private:
    void rebuild();
    void updateState();
    void showMappedPreview(const QStringList& mapping);

    ImportWizard* m_wizard = nullptr;
    QStringList m_header;
    QString m_builtForPath;
    QList<QComboBox*> m_combos;
    QString m_problem;
    QScrollArea* m_columnsArea = nullptr;
    QTableWidget* m_mappedTable = nullptr;
    QGroupBox* m_duplicatesBox = nullptr;
    QRadioButton* m_skipRadio = nullptr;
    QRadioButton* m_updateRadio = nullptr;
    QLabel* m_keyNote = nullptr;
    MessageLabel* m_messageLabel = nullptr;
};
