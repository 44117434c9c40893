#include "CustomerFormDialog.h"

#include "ConflictDialog.h"
#include "CustomerCampaignsTab.h"
#include "CustomerFormHoldsTab.h"
#include "CustomerInvoicesTab.h"
#include "CustomerOptOutsTab.h"
#include "CustomerTimelineTab.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "services/CustomerRecordValidator.h"
#include "ui_CustomerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>

namespace {

QString rulePackTitle(const QString& rulePack)
{
    if (rulePack == QLatin1String("consumer_us"))
        return CustomerFormDialog::tr("Consumer (United States)");
    if (rulePack == QLatin1String("uk_fca"))
        return CustomerFormDialog::tr("Consumer (United Kingdom, FCA)");
    if (rulePack == QLatin1String("b2b"))
        return CustomerFormDialog::tr("Business to business");
    return rulePack;
}

QString channelTitle(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return CustomerFormDialog::tr("E-mail");
    if (channel == QLatin1String("sms"))
        return CustomerFormDialog::tr("SMS");
    if (channel == QLatin1String("voice"))
        return CustomerFormDialog::tr("Voice");
    if (channel == QLatin1String("letter"))
        return CustomerFormDialog::tr("Letter");
    return channel;
}

// Selects the item holding `value` as its data, adding it when the list does not know it (a value
// stored by an import): the form shows what is stored, and validation says what is wrong with it.
void selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

CustomerFormDialog::CustomerFormDialog(const Database& database, AccessContextPtr context, qint64 customerId,
                                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CustomerForm>()), m_database(database),
      m_context(context ? std::move(context) : AccessContext::nobody()), m_service(database, m_context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerFormDialog"));
    setSizeGripEnabled(true);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAutoDefault(false);
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomerFormDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setObjectName(QStringLiteral("saveShortcut"));
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });

    m_unsavedPrompt = [this]() {
        if (!UserMessage::isInteractive())
            return UnsavedChoice::Cancel; // unattended: never lose the edits, never block
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("This customer has changes that are not saved. Save them before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    m_runDialog = [](QDialog& dialog) { return UserMessage::isInteractive() ? dialog.exec() : int(QDialog::Rejected); };

    m_holdsTab = new CustomerFormHoldsTab(database, m_context, m_ui->holdsTab);
    m_holdsTab->setDialogRunner([this](QDialog& dialog) { return m_runDialog(dialog); });
    m_ui->holdsLayout->addWidget(m_holdsTab);
    connect(m_holdsTab, &CustomerFormHoldsTab::changed, this, [this] {
        refreshTabsExcept(m_holdsTab);
        emit customerChanged(this->customerId());
    });
    setUpHostedTabs();
    setUpFields();
    connect(m_ui->recalculateButton, &QPushButton::clicked, this, &CustomerFormDialog::recalculateRisk);
    m_ui->riskFactorsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->riskFactorsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    if (customerId > 0) {
        QString error;
        const auto record = m_service.load(customerId, &error);
        if (record) {
            m_original = *record;
            m_loaded = true;
            m_editable = m_service.canUpdate();
        } else {
            m_ui->messageLabel->showMessage(error);
            m_ui->tabWidget->setEnabled(false);
        }
    } else {
        m_loaded = true;
        m_editable = m_service.canCreate();
    }
    fill(m_original);
    applyEditable();
    setCustomerOnTabs();
    if (m_loaded && !m_editable)
        m_ui->messageLabel->showMessage(
            customerId > 0 ? m_context->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Update)
                           : m_context->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create),
            MessageLabel::Kind::Info);
    m_ui->tabWidget->setCurrentWidget(m_ui->detailsTab);
    m_ui->companyNameEdit->setFocus();
    resize(920, 660);
}

CustomerFormDialog::~CustomerFormDialog() = default;

void CustomerFormDialog::setDialogRunner(DialogRunner runner)
{
    m_runDialog = std::move(runner);
}

template <typename Tab> Tab* CustomerFormDialog::addHostedTab(const QString& title, const QString& objectName)
{
    auto* tab = new Tab(m_database, m_context, m_ui->tabWidget);
    if (tab->objectName().isEmpty())
        tab->setObjectName(objectName);
    m_ui->tabWidget->addTab(tab, title);
    m_hostedTabs.append({tab, [tab](qint64 id) { tab->setCustomer(id); }, [tab] { tab->refresh(); }});
    connect(tab, &Tab::changed, this, [this, tab] {
        refreshTabsExcept(tab);
        emit customerChanged(customerId());
    });
    return tab;
}

void CustomerFormDialog::setUpHostedTabs()
{
    const auto runDialog = [this](QDialog& dialog) { return m_runDialog(dialog); };
    addHostedTab<CustomerOptOutsTab>(tr("Opt-outs"), QStringLiteral("customerOptOutsTab"))->setDialogRunner(runDialog);
    addHostedTab<CustomerInvoicesTab>(tr("Invoices"), QStringLiteral("customerInvoicesTab"))
        ->setDialogRunner(runDialog);
    addHostedTab<CustomerTimelineTab>(tr("Timeline"), QStringLiteral("customerTimelineTab"));
    addHostedTab<CustomerCampaignsTab>(tr("Campaigns"), QStringLiteral("customerCampaignsTab"));
}

void CustomerFormDialog::setUpFields()
{
    Ui::CustomerForm& ui = *m_ui;
    m_fieldWidgets = {
        {QStringLiteral("company_name"), ui.companyNameEdit},
        {QStringLiteral("contact_name"), ui.contactNameEdit},
        {QStringLiteral("email"), ui.emailEdit},
        {QStringLiteral("phone"), ui.phoneEdit},
        {QStringLiteral("address_line1"), ui.addressLine1Edit},
        {QStringLiteral("address_line2"), ui.addressLine2Edit},
        {QStringLiteral("city"), ui.cityEdit},
        {QStringLiteral("region"), ui.regionEdit},
        {QStringLiteral("postal_code"), ui.postalCodeEdit},
        {QStringLiteral("country_code"), ui.countryCodeEdit},
        {QStringLiteral("time_zone"), ui.timeZoneCombo},
        {QStringLiteral("phone_time_zone"), ui.phoneTimeZoneCombo},
        {QStringLiteral("preferred_language"), ui.languageEdit},
        {QStringLiteral("rule_pack"), ui.rulePackCombo},
        {QStringLiteral("notes"), ui.notesEdit},
        {QStringLiteral("do_not_contact"), ui.doNotContactCheck},
        {QStringLiteral("do_not_contact_reason"), ui.doNotContactReasonEdit},
        {QStringLiteral("preferred_channel"), ui.preferredChannelCombo},
    };
    m_problemLabels = {
        {QStringLiteral("company_name"), ui.companyNameError},
        {QStringLiteral("email"), ui.emailError},
        {QStringLiteral("phone"), ui.phoneError},
        {QStringLiteral("country_code"), ui.countryCodeError},
        {QStringLiteral("time_zone"), ui.timeZoneError},
        {QStringLiteral("phone_time_zone"), ui.phoneTimeZoneError},
        {QStringLiteral("preferred_language"), ui.languageError},
        {QStringLiteral("rule_pack"), ui.rulePackError},
        {QStringLiteral("do_not_contact_reason"), ui.doNotContactReasonError},
    };
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it)
        it.value()->setMinimumWidth(fontMetrics().averageCharWidth() * 28);

    ui.phoneEdit->setToolTip(tr("International (E.164) format: + country code and number, for example +14155550123. "
                                "Spaces, dots, dashes and parentheses are removed when saved."));
    ui.countryCodeEdit->setToolTip(tr("Two-letter ISO 3166 country code, for example US, GB or DE."));
    ui.countryCodeEdit->setMaxLength(3);
    ui.languageEdit->setToolTip(tr("Language code, for example en, de or pt-BR."));

    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    zones.sort();
    for (QComboBox* combo : {ui.timeZoneCombo, ui.phoneTimeZoneCombo}) {
        if (combo == ui.phoneTimeZoneCombo)
            combo->addItem(QString());
        combo->addItems(zones);
        combo->setMaxVisibleItems(20);
        auto* completer = new QCompleter(zones, combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        combo->setCompleter(completer);
    }
    ui.timeZoneCombo->setToolTip(tr("The customer's IANA time zone: contact windows are counted in it."));
    ui.phoneTimeZoneCombo->setToolTip(tr("The time zone of the phone number's area, when it differs (optional)."));
    for (const QString& pack : CustomerRecordValidator::rulePacks())
        ui.rulePackCombo->addItem(rulePackTitle(pack), pack);
    ui.preferredChannelCombo->addItem(tr("No preference"), QString());
    for (const QString& channel : CustomerRecordValidator::channels())
        ui.preferredChannelCombo->addItem(channelTitle(channel), channel);

    const auto track = [this](const QString& field) { return [this, field] { edited(field); }; };
    for (const QString& field : CustomerRecord::fields()) {
        QWidget* widget = m_fieldWidgets.value(field);
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            connect(line, &QLineEdit::textChanged, this, track(field));
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            connect(text, &QPlainTextEdit::textChanged, this, track(field));
        else if (auto* check = qobject_cast<QCheckBox*>(widget))
            connect(check, &QCheckBox::toggled, this, track(field));
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            connect(combo, &QComboBox::currentTextChanged, this, track(field));
    }
}

CustomerRecord CustomerFormDialog::editedRecord() const
{
    CustomerRecord record = m_original;
    for (const QString& field : CustomerRecord::fields()) {
        QWidget* widget = m_fieldWidgets.value(field);
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            record.setValue(field, line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            record.setValue(field, text->toPlainText());
        else if (auto* check = qobject_cast<QCheckBox*>(widget))
            record.setValue(field, check->isChecked());
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            record.setValue(field, combo->isEditable() ? combo->currentText() : combo->currentData().toString());
    }
    return record;
}

void CustomerFormDialog::fill(const CustomerRecord& record)
{
    m_filling = true;
    for (const QString& field : CustomerRecord::fields()) {
        QWidget* widget = m_fieldWidgets.value(field);
        const QVariant value = record.value(field);
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            line->setText(value.toString());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            text->setPlainText(value.toString());
        else if (auto* check = qobject_cast<QCheckBox*>(widget))
            check->setChecked(value.toBool());
        else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (combo->isEditable())
                combo->setCurrentText(value.toString());
            else
                selectData(combo, value.toString());
        }
    }
    m_filling = false;
    showRisk(record);
    updateProblems();
    updateState();
}

void CustomerFormDialog::showRisk(const CustomerRecord& record)
{
    m_ui->riskLevelValue->setText(CustomerRecordRisk::levelTitle(record.riskLevel));
    m_ui->riskScoreValue->setText(tr("%1 of 100").arg(record.riskScore));
    m_ui->riskCalculatedValue->setText(
        record.riskCalculatedAt.isValid()
            ? QLocale().toString(record.riskCalculatedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Never"));
}

void CustomerFormDialog::edited(const QString& field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    if (field == QLatin1String("do_not_contact"))
        m_touched.insert(QStringLiteral("do_not_contact_reason"));
    updateProblems();
    updateState();
}

void CustomerFormDialog::updateProblems()
{
    const CustomerRecord record = editedRecord();
    const bool stored = m_original.customerId > 0;
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it) {
        const QString problem = CustomerRecordValidator::validateField(record, it.key());
        // A new form does not greet the user with "required" messages: a field speaks up once
        // it was edited, or when Save was tried.
        const bool show = !problem.isEmpty() && (stored || m_showAllProblems || m_touched.contains(it.key()));
        if (show)
            it.value()->showMessage(problem);
        else
            it.value()->clearMessage();
        if (QWidget* widget = m_fieldWidgets.value(it.key()))
            widget->setAccessibleDescription(show ? problem : QString());
    }
    m_ui->doNotContactReasonEdit->setEnabled(m_editable && m_ui->doNotContactCheck->isChecked());
}

bool CustomerFormDialog::hasUnsavedChanges() const
{
    return m_loaded && m_editable && !editedRecord().differingFields(m_original).isEmpty();
}

void CustomerFormDialog::updateState()
{
    const bool dirty = hasUnsavedChanges();
    const bool valid = CustomerRecordValidator::validate(editedRecord()).isEmpty();
    const bool isNew = m_original.customerId == 0;
    m_saveButton->setEnabled(m_loaded && m_editable && valid && (dirty || isNew));
    const QString shortcut = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    m_saveButton->setToolTip(!m_editable        ? tr("Your role may not change this customer.")
                             : !valid           ? tr("Correct the fields marked in red first.")
                             : !dirty && !isNew ? tr("Nothing to save.")
                                                : tr("Save the customer (%1)").arg(shortcut));

    const QString name = m_original.companyName.isEmpty() ? tr("New Customer") : m_original.companyName;
    m_ui->titleLabel->setText(isNew ? tr("New customer")
                                    : tr("%1 (customer #%2)").arg(name).arg(m_original.customerId));
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
    setWindowTitle((isNew ? tr("New Customer") : tr("Customer \u2014 %1").arg(name)) + QStringLiteral("[*]"));
    setWindowModified(dirty);

    const bool stored = !isNew && m_loaded;
    m_ui->recalculateButton->setEnabled(stored && m_service.canRecalculateRisk());
    m_ui->recalculateButton->setToolTip(
        !stored ? tr("Save the new customer first.")
        : m_service.canRecalculateRisk()
            ? tr("Recalculate the risk score with calculate_customer_risk_score and show what it is made of.")
            : m_context->deniedMessage(QStringLiteral("customer_profiles"), PermissionService::Action::Update));
    for (int index = 0; index < m_ui->tabWidget->count(); ++index) {
        QWidget* page = m_ui->tabWidget->widget(index);
        if (page != m_ui->detailsTab && page != m_ui->profileTab)
            m_ui->tabWidget->setTabEnabled(index, stored);
    }
}

void CustomerFormDialog::applyEditable()
{
    for (auto it = m_fieldWidgets.constBegin(); it != m_fieldWidgets.constEnd(); ++it) {
        if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            line->setReadOnly(!m_editable);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            text->setReadOnly(!m_editable);
        else
            it.value()->setEnabled(m_editable);
    }
    updateProblems();
    updateState();
}

void CustomerFormDialog::setCustomerOnTabs()
{
    const qint64 id = m_loaded ? m_original.customerId : 0;
    m_holdsTab->setCustomer(id);
    for (const HostedTab& tab : std::as_const(m_hostedTabs))
        tab.setCustomer(id);
    updateState();
}

void CustomerFormDialog::refreshTabsExcept(QWidget* source)
{
    if (source != m_holdsTab)
        m_holdsTab->refresh();
    for (const HostedTab& tab : std::as_const(m_hostedTabs)) {
        if (tab.widget != source)
            tab.refresh();
    }
}

bool CustomerFormDialog::save()
{
    if (!m_loaded || !m_editable)
        return false;
    const CustomerRecord record = editedRecord();
    const QMap<QString, QString> problems = CustomerRecordValidator::validate(record);
    if (!problems.isEmpty()) {
        m_showAllProblems = true;
        updateProblems();
        for (const QString& field : CustomerRecord::fields()) {
            if (problems.contains(field)) {
                QWidget* widget = m_fieldWidgets.value(field);
                m_ui->tabWidget->setCurrentWidget(CustomerRecord::isProfileField(field) ? m_ui->profileTab
                                                                                        : m_ui->detailsTab);
                if (widget)
                    widget->setFocus();
                break;
            }
        }
        QStringList titles;
        for (const QString& field : problems.keys())
            titles << CustomerRecord::fieldTitle(field);
        m_ui->messageLabel->showMessage(tr("Not saved: correct %1 first.").arg(titles.join(QStringLiteral(", "))));
        return false;
    }

    const bool isNew = m_original.customerId == 0;
    CustomerSaveResult result;
    if (isNew) {
        result = m_service.create(record);
    } else {
        CustomerRecord base = m_original;
        CustomerRecord mine = record;
        result = m_service.save(base, mine);
        // Each round merges against the newest version; someone may save again meanwhile.
        for (int round = 0; round < 5 && result.status == CustomerSaveResult::Status::Conflict; ++round) {
            ConflictDialog dialog(result.conflicts, this);
            if (m_runDialog(dialog) != QDialog::Accepted) {
                m_ui->messageLabel->showMessage(result.error + QLatin1Char(' ') +
                                                tr("Nothing was saved; your changes are still here."));
                return false;
            }
            const CustomerRecord theirs = result.record;
            mine = CustomerRecordService::merge(base, mine, theirs, dialog.fieldsKeepingMine());
            base = theirs;
            result = m_service.save(base, mine);
        }
    }

    switch (result.status) {
    case CustomerSaveResult::Status::Saved:
        break;
    case CustomerSaveResult::Status::Invalid:
        m_showAllProblems = true;
        updateProblems();
        m_ui->messageLabel->showMessage(result.error);
        return false;
    case CustomerSaveResult::Status::Conflict:
    case CustomerSaveResult::Status::Failed:
        m_ui->messageLabel->showMessage(result.error);
        return false;
    }

    m_original = result.record;
    m_touched.clear();
    m_showAllProblems = false;
    fill(m_original);
    if (isNew)
        setCustomerOnTabs();
    m_ui->messageLabel->showMessage(
        isNew ? tr("Customer created.")
              : tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        MessageLabel::Kind::Info);
    emit customerSaved(m_original.customerId);
    emit customerChanged(m_original.customerId);
    return true;
}

void CustomerFormDialog::recalculateRisk()
{
    if (m_original.customerId <= 0)
        return;
    QString error;
    const auto assessment = m_service.recalculateRisk(m_original.customerId, &error);
    if (!assessment) {
        m_ui->messageLabel->showMessage(error);
        return;
    }
    m_original.riskScore = assessment->score;
    m_original.riskLevel = assessment->level;
    m_original.riskCalculatedAt = assessment->calculatedAt;
    showRisk(m_original);
    QTableWidget* table = m_ui->riskFactorsTable;
    table->setRowCount(0);
    for (const CustomerRiskFactor& factor : assessment->factors) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* description = new QTableWidgetItem(factor.description);
        description->setData(Qt::UserRole, factor.key);
        table->setItem(row, 0, description);
        auto* points = new QTableWidgetItem(tr("%1 of %2").arg(factor.points).arg(factor.maximum));
        points->setData(Qt::UserRole, factor.points);
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, points);
    }
    m_ui->messageLabel->showMessage(tr("Risk recalculated: %1 of 100, %2.")
                                        .arg(assessment->score)
                                        .arg(CustomerRecordRisk::levelTitle(assessment->level)),
                                    MessageLabel::Kind::Info);
    refreshTabsExcept(nullptr);
    emit customerChanged(m_original.customerId);
}

void CustomerFormDialog::reject()
{
    if (hasUnsavedChanges()) {
        switch (m_unsavedPrompt()) {
        case UnsavedChoice::Save:
            if (!save())
                return;
            break;
        case UnsavedChoice::Discard:
            break;
        case UnsavedChoice::Cancel:
            return;
        }
    }
    QDialog::reject();
}
