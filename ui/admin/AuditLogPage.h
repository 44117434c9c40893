#pragma once

#include "services/AccessContext.h"
#include "services/AuditLogFilter.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class AuditLogDetailPane;
class AuditLogListModel;
class Database;
class MessageLabel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QThread;
class QTimer;

// The audit log viewer (admin area): a filter bar (entity type, entity id, action, actor, from
// and to dates), the matching entries newest first in a list that reads pages as it scrolls
// (AuditLogListModel), a status line with how many entries match, and, beside the list, the
// selected entry's fields with old and new values side by side (AuditLogDetailPane).
// "Export CSV…" writes the filtered entries to a file on a worker thread (AuditLogExporter over
// an WorkerConnection), with a progress bar and Cancel; it is enabled only with the export
// right. Errors appear in the message line.
//
// Opening is instant on a large log: only the first page is read on the GUI thread; the count
// and the filter's choices (which may read the whole log) are read on worker threads with their
// own connections and fill in when ready.
//
// Dates are local calendar days: "from" includes its whole day, "to" too (up to the next
// midnight, local time); the earliest date shows "any" and means no bound.
//
// Test seam: setSaveFileChooser() replaces the file dialog (unattended runs have no dialog).
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    // Returns the chosen path, or an empty string to cancel. Gets a suggested path.
    using SaveFileChooser = std::function<QString(const QString& suggestedPath)>;

    // `database` must outlive the page. A null `access` means AccessContext::nobody().
    AuditLogPage(const Database& database, AccessContextPtr access, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    // The filter the bar describes, and the one the list shows (set by Apply).
    AuditLogFilter filterFromBar() const;
    const AuditLogFilter& appliedFilter() const { return m_applied; }
    // The number of entries matching the applied filter; -1 while it is being counted.
    qint64 matchingCount() const { return m_count; }
    bool isExporting() const { return m_exportThread != nullptr; }

public slots:
    // Re-reads the choices, the list (keeping the applied filter) and the count.
    void refresh();
    void applyFilter();
    void clearFilter();
    void exportCsv();
    void cancelExport();

signals:
    // After an export ended: ok, the entries written, and the message shown.
    void exportFinished(bool ok, qint64 rows, const QString& message);
    // After the count of the applied filter arrived (-1: it failed).
    void countFinished(qint64 count);
    // After the filter's choices were (re)loaded.
    void choicesLoaded();

private:
    struct Choices;
    struct ExportState;

    void buildUi();
    void setReadable(bool readable);
    void loadChoices();
    void applyChoices(const Choices& choices);
    void startCount();
    void showCurrentEntry();
    void updateStatus();
    void updateExportButton();
    void exportDone(const std::shared_ptr<ExportState>& state, const QString& path);
    void showExportProgress();
    QString defaultExportPath() const;
    // Runs `work` on a worker thread over its own connection; `done` runs on this thread after,
    // unless the page is gone.
    template <typename Result>
    void runInBackground(std::function<Result(const Database&, const AccessContextPtr&)> work,
                         std::function<void(const Result&, const QString& error)> done, QThread** handle = nullptr);

    const Database& m_database;
    AccessContextPtr m_access;
    SaveFileChooser m_chooseFile;
    AuditLogFilter m_applied;
    qint64 m_count = -1;
    quint64 m_countGeneration = 0;
    bool m_canRead = false;
    bool m_canExport = false;

    QComboBox* m_entityTypeCombo = nullptr;
    QLineEdit* m_entityIdEdit = nullptr;
    QComboBox* m_actionCombo = nullptr;
    QComboBox* m_actorCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelExportButton = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QLabel* m_statusLabel = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    AuditLogListModel* m_model = nullptr;
    AuditLogDetailPane* m_detail = nullptr;
    QTimer* m_progressTimer = nullptr;

    QList<QThread*> m_threads; // running workers, waited for on destruction
    QThread* m_exportThread = nullptr;
    std::shared_ptr<ExportState> m_exportState;
};
