#pragma once

#include "services/CustomerRecordService.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

namespace Ui {
class CustomerForm;
}
class CustomerFormHoldsTab;
class Database;
class MessageLabel;
class QPushButton;

// The customer form (CustomerForm.ui): one customer, opened by id, or a new one (id 0). Tabs:
// Details (company, contact, e-mail, E.164 phone, address, IANA time zones, language, rule pack,
// notes), Profile (risk level and score with Recalculate showing the factors; preferred channel;
// do-not-contact with its required reason), Holds (CustomerFormHoldsTab), then Opt-outs,
// Invoices, Timeline and Campaigns (hosted tabs with setCustomer / refresh / changed()).
//
// Details and Profile are saved together by Save (Ctrl+S): each field is checked as it is typed
// (CustomerRecordValidator) with the problem shown next to it, and Save is disabled while a field
// is invalid or nothing changed. If someone else saved the customer since it was opened, a
// ConflictDialog shows their, my and the original values; the merge is then saved against their
// version (CustomerRecordService::merge / save). Closing with unsaved changes asks whether to save,
// discard or stay. A role that may not update customers gets a read-only form.
//
// Seams for tests (and unattended runs, where nothing modal opens): setUnsavedChangesPrompt
// (default: a question box; unattended: Cancel, the form stays open) and setDialogRunner (runs the
// ConflictDialog and the hold dialogs; default exec(), unattended: rejected).
class CustomerFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class UnsavedChoice
    {
        Save,
        Discard,
        Cancel
    };
    using UnsavedChangesPrompt = std::function<UnsavedChoice()>;
    using DialogRunner = std::function<int(QDialog& dialog)>;

    CustomerFormDialog(const Database& database, AccessContextPtr context, qint64 customerId,
                       QWidget* parent = nullptr);
    ~CustomerFormDialog() override;

    // 0 until a new customer is saved.
    qint64 customerId() const { return m_original.customerId; }
    // The customer as stored when loaded or last saved.
    const CustomerRecord& storedRecord() const { return m_original; }
    // The customer as the widgets hold it now.
    CustomerRecord editedRecord() const;
    bool hasUnsavedChanges() const;
    bool isEditable() const { return m_editable; }

    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    // Runs the conflict dialog and the dialogs of the Holds, Opt-outs and Invoices tabs.
    void setDialogRunner(DialogRunner runner);

signals:
    // The customer was created or its details saved.
    void customerSaved(qint64 customerId);
    // Something of the customer was written (details, risk, a hold, or a hosted tab's change).
    void customerChanged(qint64 customerId);

public slots:
    // Validates and saves; false when nothing was saved (invalid, refused, conflict cancelled).
    bool save();
    void recalculateRisk();
    // Close: asks about unsaved changes first.
    void reject() override;

private:
    struct HostedTab
    {
        QWidget* widget = nullptr;
        std::function<void(qint64)> setCustomer;
        std::function<void()> refresh;
    };
    template <typename Tab> Tab* addHostedTab(const QString& title, const QString& objectName);

    void setUpFields();
    void setUpHostedTabs();
    void fill(const CustomerRecord& record);
    void showRisk(const CustomerRecord& record);
    void edited(const QString& field);
    void updateProblems();
    void updateState();
    void applyEditable();
    void setCustomerOnTabs();
    void refreshTabsExcept(QWidget* source);

    std::unique_ptr<Ui::CustomerForm> m_ui;
    const Database& m_database;
    AccessContextPtr m_context;
    CustomerRecordService m_service;
    CustomerRecord m_original;
    bool m_loaded = false;
    bool m_editable = false;
    bool m_filling = false;
    bool m_showAllProblems = false;
    QSet<QString> m_touched;
    QHash<QString, QWidget*> m_fieldWidgets;
    QHash<QString, MessageLabel*> m_problemLabels;
    QPushButton* m_saveButton = nullptr;
    CustomerFormHoldsTab* m_holdsTab = nullptr;
    QList<HostedTab> m_hostedTabs;
    UnsavedChangesPrompt m_unsavedPrompt;
    DialogRunner m_runDialog;
};
