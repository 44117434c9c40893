#include "CustomerListPage.h"

#include "CustomerFormDialog.h"
#include "CustomerListExportDialog.h"
#include "CustomerListExportJob.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "services/CustomerListExport.h"
#include "services/CustomerListQuery.h"
#include "services/CustomerRecordService.h"
#include "tables/CustomerListModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace {

const char* const HeaderKey = "header";
const char* const SortColumnKey = "sortColumn";
const char* const SortOrderKey = "sortOrder";
const char* const RiskKey = "filters/riskLevel";
const char* const DoNotContactKey = "filters/doNotContact";
const char* const HoldKey = "filters/onHold";
const char* const OverdueKey = "filters/overdue";
const char* const TimeZoneKey = "filters/timeZone";
const char* const ExportListColumnsKey = "export/includeListColumns";

QComboBox* choiceCombo(QWidget* parent, const QString& any, const QString& yes, const QString& no)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(any, int(CustomerListFilter::Choice::Any));
    combo->addItem(yes, int(CustomerListFilter::Choice::Yes));
    combo->addItem(no, int(CustomerListFilter::Choice::No));
    return combo;
}

CustomerListFilter::Choice choiceOf(const QComboBox* combo)
{
    return CustomerListFilter::Choice(combo->currentData().toInt());
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

CustomerListPage::CustomerListPage(const Database& database, AccessContextPtr access, QWidget* parent)
    : QWidget(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
    setObjectName(QStringLiteral("customerListPage"));
    setAccessibleName(tr("Customer list"));
    m_formOpener = [this](qint64 customerId) { return new CustomerFormDialog(m_database, m_access, customerId, this); };
    m_chooseFile = [this](const QString& suggested) {
        if (!UserMessage::isInteractive())
            return QString(); // no dialog may block an unattended run
        return QFileDialog::getSaveFileName(this, tr("Export customers"), suggested, tr("CSV files (*.csv)"));
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Company, contact, e-mail or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Number of customers"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    buildButtons();
    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addSpacing(12);
    top->addWidget(m_newButton);
    top->addWidget(m_importButton);
    top->addWidget(m_exportProgress);
    top->addWidget(m_cancelExportButton);
    top->addWidget(m_exportButton);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("errorLabel"));
    m_message->setAccessibleName(tr("Error"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    m_model = new CustomerListModel(database, m_access, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("customerTableHeader"));
    header->setAccessibleName(tr("Column headers"));
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[CustomerListModel::ColumnCount] = {220, 160, 220, 130, 150, 80, 130, 130, 110, 160};
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyButton = new QPushButton(this);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_emptyState->hide();

    auto* filters = new QHBoxLayout;
    filters->setSpacing(4); // label to combo; 10 between filters (the row fits 1280 pixels with the navigation)
    buildFilters();
    auto addFilter = [this, filters](const QString& text, QComboBox* combo) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        filters->addSpacing(6);
    };
    addFilter(tr("&Risk:"), m_risk);
    addFilter(tr("&Do not contact:"), m_doNotContact);
    addFilter(tr("&Holds:"), m_hold);
    addFilter(tr("O&verdue:"), m_overdue);
    addFilter(tr("&Time zone:"), m_timeZone);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyState, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomerListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
    });
    for (QComboBox* combo : {m_risk, m_doNotContact, m_hold, m_overdue, m_timeZone})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListPage::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, &CustomerListPage::clearFilters);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (currentFilter().hasSearch())
            clearSearch();
        else
            clearFilters();
    });

    connect(m_newButton, &QPushButton::clicked, this, &CustomerListPage::newCustomer);
    connect(m_importButton, &QPushButton::clicked, this, &CustomerListPage::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomerListPage::exportCsv);
    connect(m_cancelExportButton, &QPushButton::clicked, this, &CustomerListPage::cancelExport);
    m_exportJob = new CustomerListExportJob(database, m_access, this);
    connect(m_exportJob, &CustomerListExportJob::progressed, this, [this](qint64 rows) {
        if (m_exportProgress->maximum() > 0)
            m_exportProgress->setValue(int(std::min<qint64>(rows, m_exportProgress->maximum())));
    });
    connect(m_exportJob, &CustomerListExportJob::finished, this, &CustomerListPage::exportDone);

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setObjectName(QStringLiteral("newCustomerShortcut"));
    // Window-wide: only the page on show takes them, also while the navigation has the focus.
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (m_newButton->isEnabled())
            newCustomer();
    });

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_table, &QAbstractItemView::activated, this, [this] { activateCurrent(); });
    connect(this, &CustomerListPage::customerActivated, this, &CustomerListPage::openCustomer);
    connect(m_model, &CustomerListModel::totalCountChanged, this, [this] {
        updateStatus();
        goToLastRowIfPending();
        restoreCurrentCustomer();
    });
    connect(m_model, &CustomerListModel::loadingChanged, this, [this] {
        updateStatus();
        updateEmptyState();
        goToLastRowIfPending();
        restoreCurrentCustomer();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        goToLastRowIfPending();
    });
    connect(m_model, &CustomerListModel::rowsLoaded, this, [this] { restoreCurrentCustomer(); });
    connect(m_model, &CustomerListModel::customerLocated, this, [this](qint64 id, int row) {
        if (id != m_keepId || m_keepLocating != Locating::Asked)
            return;
        m_keepLocating = Locating::Answered;
        if (row < 0) {
            m_keepId = -1; // the saved customer no longer matches the search or filters
            emit currentCustomerRestored(false);
            return;
        }
        m_keepRow = row; // the search around it starts there; done once its page is in
        restoreCurrentCustomer();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &CustomerListModel::errorOccurred, this,
            [this](const QString& message) { m_message->showMessage(message); });

    // Reading order: the search, the filters, the buttons, then the table.
    const QList<QWidget*> tabOrder = {
        m_search,    m_risk,         m_doNotContact,       m_hold,         m_overdue, m_timeZone,   m_clearFilters,
        m_newButton, m_importButton, m_cancelExportButton, m_exportButton, m_table,   m_emptyButton};
    for (int i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    restoreSettings();
    updateButtons();
    m_table->setSortingEnabled(true); // sorts the model by the restored indicator
    // After the view's own connection, which asks the model to sort.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListPage::onSortIndicatorChanged);
    setFocusProxy(m_search);
    updateStatus();
}

CustomerListPage::~CustomerListPage()
{
    saveSettings();
}

void CustomerListPage::buildButtons()
{
    m_newButton = new QPushButton(tr("&New Customer"), this);
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_importButton = new QPushButton(tr("&Import\u2026"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton = new QPushButton(tr("E&xport\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelExportButton = new QPushButton(tr("&Cancel export"), this);
    m_cancelExportButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelExportButton->setToolTip(tr("Stop the export; no file is written"));
    m_cancelExportButton->hide();
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setFormat(tr("%v of %m customers"));
    m_exportProgress->setMaximumWidth(260);
    m_exportProgress->hide();
}

void CustomerListPage::updateButtons()
{
    // Checked again by the services when the action runs.
    m_canCreate = CustomerRecordService(m_database, m_access).canCreate();
    m_canImport = m_access->can(QStringLiteral("customers"), PermissionService::Action::Create);
    m_exportRefusal = CustomerListExport(m_database, m_access).refusal();
    m_newButton->setEnabled(m_canCreate);
    m_newButton->setToolTip(
        m_canCreate ? tr("Open the form for a new customer (Ctrl+N)")
                    : m_access->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create));
    m_importButton->setEnabled(m_canImport);
    m_importButton->setToolTip(
        m_canImport ? tr("Import customers from a CSV file")
                    : m_access->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create));
    const bool exporting = isExporting();
    m_exportButton->setEnabled(canExport() && !exporting);
    if (!canExport())
        m_exportButton->setToolTip(m_exportRefusal);
    else if (exporting)
        m_exportButton->setToolTip(tr("An export is running"));
    else
        m_exportButton->setToolTip(
            tr("Write every customer matching the search and filters (not only the rows shown) to a CSV file"));
}

void CustomerListPage::buildFilters()
{
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_risk->setAccessibleName(tr("Risk level"));
    m_risk->addItem(tr("Any"), QString());
    for (const QString& level : CustomerListQuery::riskLevels())
        m_risk->addItem(CustomerListQuery::riskLevelTitle(level), level);

    m_doNotContact = choiceCombo(this, tr("Any"), tr("Do not contact"), tr("May contact"));
    m_doNotContact->setObjectName(QStringLiteral("doNotContactFilter"));
    m_doNotContact->setAccessibleName(tr("Do not contact"));

    m_hold = choiceCombo(this, tr("Any"), tr("On hold"), tr("No hold"));
    m_hold->setObjectName(QStringLiteral("holdFilter"));
    m_hold->setAccessibleName(tr("Holds"));

    m_overdue = choiceCombo(this, tr("Any"), tr("Overdue balance"), tr("Nothing overdue"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setAccessibleName(tr("Overdue balance"));

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneFilter"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    // As wide as a usual zone id, not the longest of the hundreds listed: the filter row then
    // leaves the navigation its width on a 1280-pixel screen (the list shows whole ids).
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(14);
    m_timeZone->addItem(tr("Any"), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));

    m_clearFilters = new QPushButton(tr("C&lear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
}

CustomerListSort CustomerListPage::currentSort() const
{
    CustomerListSort sort;
    const int column = m_model->sortColumn();
    sort.column = column >= 0 ? CustomerListModel::columnName(column) : QStringLiteral("id");
    sort.order = column >= 0 ? m_model->sortOrder() : Qt::AscendingOrder;
    return sort;
}

QString CustomerListPage::sortDescription() const
{
    const int column = m_model->sortColumn();
    if (column < 0)
        return tr("by ID");
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    return m_model->sortOrder() == Qt::AscendingOrder ? tr("%1, ascending").arg(title)
                                                      : tr("%1, descending").arg(title);
}

CustomerListFilter CustomerListPage::currentFilter() const
{
    CustomerListFilter filter;
    filter.search = m_search->text().trimmed();
    const QString risk = m_risk->currentData().toString();
    if (!risk.isEmpty())
        filter.riskLevels = {risk};
    filter.doNotContact = choiceOf(m_doNotContact);
    filter.onHold = choiceOf(m_hold);
    filter.overdue = choiceOf(m_overdue);
    filter.timeZone = m_timeZone->currentData().toString();
    return filter;
}

QString CustomerListPage::settingsGroup(qint64 userId)
{
    return QStringLiteral("customerList/user%1").arg(userId);
}

void CustomerListPage::applyFilter()
{
    if (m_restoring)
        return;
    m_debounce->stop();
    const CustomerListFilter filter = currentFilter();
    m_clearFilters->setEnabled(filter.hasFilters());
    if (filter == m_model->filter())
        return;
    m_message->clearMessage();
    m_model->setFilter(filter);
    saveFilterSettings();
    updateStatus();
}

void CustomerListPage::refresh()
{
    keepCurrentCustomer();
    m_keepLocating = Locating::No; // a new generation: where the customer stands is asked again
    updateButtons();               // the role's rights may have changed
    m_message->clearMessage();
    m_refreshing = true; // the model signals the new generation before it is loading it
    m_model->refresh();
    m_refreshing = false;
    m_keepGeneration = m_model->generation();
    updateStatus();
    restoreCurrentCustomer();
}

void CustomerListPage::keepCurrentCustomer()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_keepId >= 0)
        return; // still looking for the customer of an earlier refresh
    m_keepId = current.isValid() ? m_model->customerId(current.row()) : -1;
    m_keepRow = current.isValid() ? current.row() : -1;
    m_keepLocating = Locating::No;
    m_keepColumn = current.isValid() ? current.column() : 0;
}

void CustomerListPage::restoreCurrentCustomer()
{
    if (m_keepId < 0 || m_refreshing || m_model->isLoading())
        return;
    if (m_model->generation() != m_keepGeneration) {
        m_keepId = -1; // the filter or the order changed since: the rows are others
        return;
    }
    if (m_keepLocating == Locating::Asked)
        return; // customerLocated continues
    // Rows move when a customer is renamed or others are added: look within a page of the old
    // row, nearest first; failing that, ask the model where the customer stands now (a count
    // of the customers before it) and look there.
    const int last = m_model->rowCount() - 1;
    bool complete = true;
    for (int distance = 0; distance <= CustomerListModel::PageSize; ++distance) {
        for (const int sign : {-1, 1}) {
            const int row = m_keepRow + sign * distance;
            if ((distance == 0 && sign > 0) || row < 0 || row > last)
                continue;
            if (!m_model->isRowLoaded(row)) {
                complete = false;
                continue;
            }
            if (m_model->customerId(row) != m_keepId)
                continue;
            m_keepId = -1;
            const QModelIndex target = m_model->index(row, std::clamp(m_keepColumn, 0, m_model->columnCount() - 1));
            m_table->setCurrentIndex(target);
            m_table->scrollTo(target);
            emit currentCustomerRestored(true);
            return;
        }
    }
    if (complete && m_model->isRowCountFinal()) {
        if (m_keepLocating == Locating::No) {
            m_keepLocating = Locating::Asked;
            m_model->locateCustomer(m_keepId); // answered by customerLocated
            return;
        }
        m_keepId = -1; // not in the list any more
        emit currentCustomerRestored(false);
        return;
    }
    m_model->loadRows(m_keepRow - CustomerListModel::PageSize, m_keepRow + CustomerListModel::PageSize);
}

void CustomerListPage::clearSearch()
{
    m_search->clear();
    applyFilter();
    m_search->setFocus(Qt::OtherFocusReason);
}

void CustomerListPage::clearFilters()
{
    {
        const QSignalBlocker risk(m_risk), dnc(m_doNotContact), hold(m_hold), overdue(m_overdue), zone(m_timeZone);
        for (QComboBox* combo : {m_risk, m_doNotContact, m_hold, m_overdue, m_timeZone})
            combo->setCurrentIndex(0);
    }
    applyFilter();
}

void CustomerListPage::activateCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->customerId(current.row());
    if (id >= 0)
        emit customerActivated(id);
}

void CustomerListPage::openCustomer(qint64 customerId)
{
    if (m_form) { // one form at a time
        m_form->raise();
        m_form->activateWindow();
        return;
    }
    if (customerId <= 0 && !m_canCreate) {
        m_message->showMessage(m_access->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create));
        return;
    }
    CustomerFormDialog* form = m_formOpener ? m_formOpener(qMax<qint64>(customerId, 0)) : nullptr;
    if (!form)
        return;
    m_form = form;
    auto changed = std::make_shared<bool>(false);
    connect(form, &CustomerFormDialog::customerChanged, this, [changed] { *changed = true; });
    connect(form, &QDialog::finished, this, [this, form, changed] { formClosed(form, *changed); });
    form->setWindowModality(Qt::WindowModal);
    form->open();
}

void CustomerListPage::newCustomer()
{
    openCustomer(0);
}

void CustomerListPage::formClosed(CustomerFormDialog* form, bool changed)
{
    form->deleteLater();
    if (m_form == form)
        m_form = nullptr;
    if (changed)
        refresh(); // keeps the current customer selected
    if (m_table->isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
}

CustomerFormDialog* CustomerListPage::openForm() const
{
    return m_form.data();
}

bool CustomerListPage::isExporting() const
{
    return m_exportJob->isRunning();
}

QString CustomerListPage::defaultExportPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("customers-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

void CustomerListPage::exportCsv()
{
    updateButtons();
    if (!canExport()) {
        m_message->showMessage(m_exportRefusal);
        return;
    }
    if (isExporting())
        return;
    if (m_debounce->isActive())
        applyFilter(); // export what the search box says, as the list is about to show
    QSettings settings;
    settings.beginGroup(settingsGroup(m_access->userId()));
    const bool remembered = settings.value(QLatin1String(ExportListColumnsKey), true).toBool();
    settings.endGroup();
    if (m_chooseOptions) {
        if (const std::optional<bool> include = m_chooseOptions(remembered))
            exportWithOptions(*include);
        return;
    }
    if (!UserMessage::isInteractive()) {
        exportWithOptions(remembered); // no dialog may block an unattended run
        return;
    }
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto* dialog = new CustomerListExportDialog(sortDescription(), this);
    m_exportDialog = dialog;
    dialog->setIncludeListColumns(remembered);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { exportWithOptions(dialog->includeListColumns()); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void CustomerListPage::exportWithOptions(bool includeListColumns)
{
    if (isExporting() || !canExport())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_access->userId()));
    settings.setValue(QLatin1String(ExportListColumnsKey), includeListColumns);
    settings.endGroup();
    const QString path = m_chooseFile ? m_chooseFile(defaultExportPath()) : QString();
    if (path.isEmpty())
        return;
    m_message->clearMessage();
    const CustomerListFilter filter = m_model->filter();
    m_exportJob->setSort(currentSort());
    m_exportJob->setIncludeListColumns(includeListColumns);
    if (!m_exportJob->start(filter, path))
        return;
    const qint64 total = m_model->totalCount();
    if (total >= 0) {
        m_exportProgress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_exportProgress->setValue(0);
    } else {
        m_exportProgress->setRange(0, 0); // not counted yet: busy
    }
    m_exportProgress->show();
    m_cancelExportButton->setEnabled(true);
    m_cancelExportButton->show();
    updateButtons();
}

void CustomerListPage::cancelExport()
{
    if (!isExporting())
        return;
    m_exportJob->cancel();
    m_cancelExportButton->setEnabled(false);
}

void CustomerListPage::exportDone(bool ok, bool cancelled, qint64 rows, const QString& error)
{
    const bool hadFocus = m_cancelExportButton->hasFocus();
    m_exportProgress->hide();
    m_cancelExportButton->hide();
    updateButtons();
    if (hadFocus)
        m_exportButton->setFocus(Qt::OtherFocusReason);
    QString message;
    if (ok) {
        message = tr("Exported %Ln customers to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                      .arg(QDir::toNativeSeparators(m_exportJob->path()));
        m_message->showMessage(message, MessageLabel::Kind::Info);
    } else if (cancelled) {
        message = tr("The export was cancelled; no file was written.");
        m_message->showMessage(message, MessageLabel::Kind::Info);
    } else {
        message = tr("The customers could not be exported: %1").arg(error);
        m_message->showMessage(message);
    }
    emit exportFinished(ok, rows, message);
}

void CustomerListPage::jumpToEnd()
{
    m_pendingEnd = true;
    m_model->loadLastRows();
    goToLastRowIfPending();
}

void CustomerListPage::goToLastRowIfPending()
{
    if (!m_pendingEnd || m_model->isLoading() || !m_model->isRowCountFinal())
        return;
    m_pendingEnd = false;
    const int last = m_model->rowCount() - 1;
    if (last < 0)
        return;
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
    const QModelIndex target = m_model->index(last, column);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtBottom);
}

bool CustomerListPage::eventFilter(QObject* watched, QEvent* event)
{
    // The user chose a row while the list was being read again: keep theirs.
    if ((watched == m_table && event->type() == QEvent::KeyPress) ||
        (watched == m_table->viewport() && event->type() == QEvent::MouseButtonPress))
        m_keepId = -1;
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && key->key() == Qt::Key_Down && m_table->isVisible()) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_table) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCurrent();
            return true;
        }
        if (key->key() == Qt::Key_End &&
            (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ControlModifier)) {
            jumpToEnd();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPage::updateStatus()
{
    const qint64 count = m_model->totalCount() >= 0   ? m_model->totalCount()
                         : m_model->isRowCountFinal() ? m_model->rowCount()
                                                      : -1;
    if (count >= 0)
        m_status->setText(count == 1 ? tr("1 customer") : tr("%1 customers").arg(QLocale().toString(count)));
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        m_status->setText(tr("Loading…"));
    else
        m_status->setText(tr("counting…"));
}

void CustomerListPage::updateEmptyState()
{
    const bool empty = !m_model->isLoading() && m_model->rowCount() == 0 && m_model->isRowCountFinal() &&
                       m_model->lastError().isEmpty();
    if (empty) {
        const CustomerListFilter filter = m_model->filter();
        if (filter.hasSearch()) {
            m_emptyLabel->setText(tr("No customers match '%1'.").arg(filter.search));
            m_emptyButton->setText(tr("Clear the search"));
            m_emptyButton->show();
        } else if (filter.hasFilters()) {
            m_emptyLabel->setText(tr("No customers match these filters."));
            m_emptyButton->setText(tr("Clear the filters"));
            m_emptyButton->show();
        } else {
            m_emptyLabel->setText(tr("There are no customers yet."));
            m_emptyButton->hide();
        }
    }
    m_emptyState->setVisible(empty);
    m_table->setVisible(!empty);
}

void CustomerListPage::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    Q_UNUSED(order)
    QHeaderView* header = m_table->horizontalHeader();
    if (section >= 0 && !m_model->isSortable(section)) {
        QStringList sortable;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->isSortable(column))
                sortable << m_model->headerData(column, Qt::Horizontal).toString();
        }
        m_hint->setText(
            tr("The list cannot be sorted by %1: a million customers can only be sorted by a column the "
               "database keeps an index for (%2).")
                .arg(m_model->headerData(section, Qt::Horizontal).toString(), sortable.join(QStringLiteral(", "))));
        m_hint->show();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
        return;
    }
    m_hint->hide();
    saveSettings();
}

void CustomerListPage::restoreSettings()
{
    const QSignalBlocker risk(m_risk), dnc(m_doNotContact), hold(m_hold), overdue(m_overdue), zone(m_timeZone);
    QSettings settings;
    settings.beginGroup(settingsGroup(m_access->userId()));
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = settings.value(QLatin1String(HeaderKey)).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    int sortColumn = settings.value(QLatin1String(SortColumnKey), int(CustomerListModel::CompanyColumn)).toInt();
    const auto sortOrder = Qt::SortOrder(settings.value(QLatin1String(SortOrderKey), int(Qt::AscendingOrder)).toInt());
    if (sortColumn >= 0 && !m_model->isSortable(sortColumn))
        sortColumn = m_model->isSortable(CustomerListModel::CompanyColumn) ? int(CustomerListModel::CompanyColumn) : -1;
    header->setSortIndicator(sortColumn, sortOrder);

    selectData(m_risk, settings.value(QLatin1String(RiskKey), QString()).toString());
    selectData(m_doNotContact, settings.value(QLatin1String(DoNotContactKey), 0).toInt());
    selectData(m_hold, settings.value(QLatin1String(HoldKey), 0).toInt());
    selectData(m_overdue, settings.value(QLatin1String(OverdueKey), 0).toInt());
    const QString zoneId = settings.value(QLatin1String(TimeZoneKey), QString()).toString();
    if (!zoneId.isEmpty() && m_timeZone->findData(zoneId) < 0)
        m_timeZone->addItem(zoneId, zoneId);
    selectData(m_timeZone, zoneId);
    settings.endGroup();

    const CustomerListFilter filter = currentFilter();
    m_clearFilters->setEnabled(filter.hasFilters());
    m_model->setFilter(filter);
}

void CustomerListPage::saveFilterSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_access->userId()));
    settings.setValue(QLatin1String(RiskKey), m_risk->currentData().toString());
    settings.setValue(QLatin1String(DoNotContactKey), m_doNotContact->currentData().toInt());
    settings.setValue(QLatin1String(HoldKey), m_hold->currentData().toInt());
    settings.setValue(QLatin1String(OverdueKey), m_overdue->currentData().toInt());
    settings.setValue(QLatin1String(TimeZoneKey), m_timeZone->currentData().toString());
    settings.endGroup();
}

void CustomerListPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_access->userId()));
    settings.setValue(QLatin1String(HeaderKey), m_table->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(SortColumnKey), m_model->sortColumn());
    settings.setValue(QLatin1String(SortOrderKey), int(m_model->sortOrder()));
    settings.endGroup();
    saveFilterSettings();
}
