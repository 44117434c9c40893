#include "AuditLogPage.h"

#include "AuditLogDetailPane.h"
#include "AuditLogListModel.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "db/Database.h"
#include "services/WorkerConnection.h"
#include "services/AuditLogExporter.h"
#include "services/AuditLogQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <climits>

namespace {

// The date the date edits show as "any" (no bound).
QDate anyDate()
{
    return QDate(1970, 1, 1);
}

QString userData(qint64 id)
{
    return QStringLiteral("user:") + QString::number(id);
}

QString typeData(const QString& type)
{
    return QStringLiteral("type:") + type;
}

// Refills a combo with ("", anyText) and the given (data, text) items, keeping the current
// choice; a current choice that is no longer offered stays, so the bar still shows the filter.
void refill(QComboBox* combo, const QString& anyText, const QList<QPair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    const QString currentText = combo->currentText();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto& item : items)
        combo->addItem(item.second, item.first);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(currentText, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
}

} // namespace

struct AuditLogPage::Choices
{
    QStringList entityTypes;
    QStringList actions;
    QList<AuditLogQuery::Actor> actors;
    QString error;
};

struct AuditLogPage::ExportState
{
    std::atomic<qint64> rows{0};
    std::atomic<bool> cancel{false};
    AuditLogExporter::Result result;
    qint64 total = -1;
};

AuditLogPage::AuditLogPage(const Database& database, AccessContextPtr access, QWidget* parent)
    : QWidget(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
    setObjectName(QStringLiteral("auditLogPage"));
    setAccessibleName(tr("Audit log"));
    m_chooseFile = [this](const QString& suggested) {
        if (!UserMessage::isInteractive())
            return QString(); // no dialog may block an unattended run
        return QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv)"));
    };
    buildUi();
    refresh();
}

AuditLogPage::~AuditLogPage()
{
    if (m_exportState)
        m_exportState->cancel = true;
    // Workers hold nothing of the page, but the process must not end under them.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void AuditLogPage::buildUi()
{
    auto* title = new QLabel(tr("Audit log"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_entityTypeCombo = new QComboBox(this);
    m_entityTypeCombo->setObjectName(QStringLiteral("entityTypeCombo"));
    m_entityTypeCombo->setAccessibleName(tr("Entity type"));
    m_entityTypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* entityTypeLabel = new QLabel(tr("&Entity:"), this);
    entityTypeLabel->setBuddy(m_entityTypeCombo);

    m_entityIdEdit = new QLineEdit(this);
    m_entityIdEdit->setObjectName(QStringLiteral("entityIdEdit"));
    m_entityIdEdit->setAccessibleName(tr("Entity id"));
    m_entityIdEdit->setPlaceholderText(tr("any"));
    m_entityIdEdit->setClearButtonEnabled(true);
    m_entityIdEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* entityIdLabel = new QLabel(tr("&ID:"), this);
    entityIdLabel->setBuddy(m_entityIdEdit);

    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("actionCombo"));
    m_actionCombo->setAccessibleName(tr("Action"));
    m_actionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* actionLabel = new QLabel(tr("Actio&n:"), this);
    actionLabel->setBuddy(m_actionCombo);

    m_actorCombo = new QComboBox(this);
    m_actorCombo->setObjectName(QStringLiteral("actorCombo"));
    m_actorCombo->setAccessibleName(tr("Actor"));
    m_actorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* actorLabel = new QLabel(tr("Act&or:"), this);
    actorLabel->setBuddy(m_actorCombo);

    const auto makeDateEdit = [this](const QString& name, const QString& accessibleName) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(anyDate());
        edit->setSpecialValueText(tr("any"));
        edit->setDate(anyDate());
        edit->setToolTip(
            tr("A local calendar day; “any”: no limit. Press Delete or Home for “any”."));
        // Stepping out of "any" goes to today, not to 2 January 1970.
        connect(edit, &QDateEdit::dateChanged, edit, [edit](const QDate& date) {
            const QDate previous = edit->property("previousDate").toDate();
            edit->setProperty("previousDate", date);
            if ((!previous.isValid() || previous == anyDate()) && date != anyDate() && date.year() == anyDate().year())
                edit->setDate(QDate::currentDate());
        });
        return edit;
    };
    m_fromEdit = makeDateEdit(QStringLiteral("fromDateEdit"), tr("From date"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    m_toEdit = makeDateEdit(QStringLiteral("toDateEdit"), tr("To date (inclusive)"));
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_toEdit);

    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Show the entries matching the filter (Enter in the ID field)"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(tr("Reset the filter and show every entry"));
    m_exportButton = new QPushButton(tr("E&xport CSV\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));

    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setFormat(tr("%v of %m entries"));
    m_exportProgress->hide();
    m_cancelExportButton = new QPushButton(tr("&Cancel export"), this);
    m_cancelExportButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelExportButton->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Matching entries"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_model = new AuditLogListModel(m_database, m_access, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setAccessibleName(tr("Audit log entries, newest first"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(AuditLogListModel::TimeColumn, digit * 21);
    m_view->setColumnWidth(AuditLogListModel::ActorColumn, digit * 26);
    m_view->setColumnWidth(AuditLogListModel::ActionColumn, digit * 14);
    m_view->setColumnWidth(AuditLogListModel::EntityTypeColumn, digit * 20);

    m_detail = new AuditLogDetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("auditLogSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* filters = new QGridLayout;
    filters->addWidget(entityTypeLabel, 0, 0);
    filters->addWidget(m_entityTypeCombo, 0, 1);
    filters->addWidget(entityIdLabel, 0, 2);
    filters->addWidget(m_entityIdEdit, 0, 3);
    filters->addWidget(actionLabel, 0, 4);
    filters->addWidget(m_actionCombo, 0, 5);
    filters->addWidget(actorLabel, 1, 0);
    filters->addWidget(m_actorCombo, 1, 1);
    filters->addWidget(fromLabel, 1, 2);
    filters->addWidget(m_fromEdit, 1, 3);
    filters->addWidget(toLabel, 1, 4);
    filters->addWidget(m_toEdit, 1, 5);
    filters->setColumnStretch(6, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportProgress);
    buttons->addWidget(m_cancelExportButton);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLabel);

    refill(m_entityTypeCombo, tr("any"), {});
    refill(m_actionCombo, tr("any"), {});
    refill(m_actorCombo, tr("any"), {});
    m_entityIdEdit->setEnabled(false);

    connect(m_entityTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool typed = !m_entityTypeCombo->currentData().toString().isEmpty();
        m_entityIdEdit->setEnabled(typed);
        m_entityIdEdit->setToolTip(typed ? QString() : tr("Choose an entity type first"));
    });
    connect(m_entityIdEdit, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_applyButton, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(m_clearButton, &QPushButton::clicked, this, &AuditLogPage::clearFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(m_cancelExportButton, &QPushButton::clicked, this, &AuditLogPage::cancelExport);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showCurrentEntry);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showCurrentEntry);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateStatus);
    connect(m_model, &AuditLogListModel::errorOccurred, this,
            [this](const QString& message) { m_messageLabel->showMessage(message); });

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &AuditLogPage::showExportProgress);

    setFocusProxy(m_entityTypeCombo);
}

AuditLogFilter AuditLogPage::filterFromBar() const
{
    AuditLogFilter filter;
    filter.entityType = m_entityTypeCombo->currentData().toString();
    if (!filter.entityType.isEmpty())
        filter.entityId = m_entityIdEdit->text().trimmed();
    filter.action = m_actionCombo->currentData().toString();
    const QString actor = m_actorCombo->currentData().toString();
    if (actor.startsWith(QLatin1String("user:")))
        filter.actorId = actor.mid(5).toLongLong();
    else if (actor.startsWith(QLatin1String("type:")))
        filter.actorType = actor.mid(5);
    if (m_fromEdit->date() != anyDate())
        filter.from = m_fromEdit->date().startOfDay().toUTC();
    if (m_toEdit->date() != anyDate())
        filter.to = m_toEdit->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditLogPage::setReadable(bool readable)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_entityTypeCombo, m_actionCombo, m_actorCombo, m_fromEdit,
                                                           m_toEdit, m_applyButton, m_clearButton, m_view, m_detail})
        widget->setEnabled(readable);
    m_entityIdEdit->setEnabled(readable && !m_entityTypeCombo->currentData().toString().isEmpty());
}

void AuditLogPage::refresh()
{
    const AuditLogQuery query(m_database, m_access);
    m_canRead = query.canRead();
    m_canExport = m_canRead && query.canExport(); // the workers check again on their own connections
    m_messageLabel->clearMessage();
    setReadable(m_canRead);
    updateExportButton();
    if (!m_canRead) {
        m_model->clear();
        m_messageLabel->showMessage(
            m_access->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Read));
        m_count = -1;
        updateStatus();
        return;
    }
    loadChoices();
    if (m_model->setFilter(m_applied))
        m_messageLabel->clearMessage();
    startCount();
}

void AuditLogPage::applyFilter()
{
    if (!m_canRead)
        return;
    m_applied = filterFromBar();
    if (m_applied.from.isValid() && m_applied.to.isValid() && m_applied.to <= m_applied.from) {
        m_messageLabel->showMessage(
            tr("The “from” date is after the “to” date: no entry can match."));
    } else {
        m_messageLabel->clearMessage();
    }
    m_model->setFilter(m_applied);
    startCount();
}

void AuditLogPage::clearFilter()
{
    m_entityTypeCombo->setCurrentIndex(0);
    m_entityIdEdit->clear();
    m_actionCombo->setCurrentIndex(0);
    m_actorCombo->setCurrentIndex(0);
    m_fromEdit->setDate(anyDate());
    m_toEdit->setDate(anyDate());
    applyFilter();
}

template <typename Result>
void AuditLogPage::runInBackground(std::function<Result(const Database&, const AccessContextPtr&)> work,
                                   std::function<void(const Result&, const QString& error)> done, QThread** handle)
{
    auto connection = std::make_shared<WorkerConnection>(m_database, m_access);
    auto result = std::make_shared<Result>();
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([connection, work, result, error] {
        if (connection->open(error.get()))
            *result = work(connection->database(), connection->access());
        connection->close(); // on the thread that opened it
    });
    thread->setObjectName(QStringLiteral("auditLogWorker"));
    connect(thread, &QThread::finished, this, [this, thread, result, error, done] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        done(*result, *error);
    });
    m_threads << thread;
    if (handle)
        *handle = thread;
    thread->start();
}

void AuditLogPage::loadChoices()
{
    runInBackground<Choices>(
        [](const Database& database, const AccessContextPtr& access) {
            Choices choices;
            const AuditLogQuery query(database, access);
            QString error;
            choices.entityTypes = query.entityTypes(&error);
            if (error.isEmpty())
                choices.actions = query.actions(&error);
            if (error.isEmpty())
                choices.actors = query.actors(&error);
            choices.error = error;
            return choices;
        },
        [this](const Choices& choices, const QString& error) {
            if (!error.isEmpty() || !choices.error.isEmpty()) {
                m_messageLabel->showMessage(
                    tr("The filter's choices could not be read: %1").arg(error.isEmpty() ? choices.error : error));
                return;
            }
            applyChoices(choices);
            emit choicesLoaded();
        });
}

void AuditLogPage::applyChoices(const Choices& choices)
{
    QList<QPair<QString, QString>> types;
    for (const QString& type : choices.entityTypes)
        types.append({type, AuditLogListModel::entityTypeTitle(type)});
    std::sort(types.begin(), types.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    refill(m_entityTypeCombo, tr("any"), types);

    QList<QPair<QString, QString>> actions;
    for (const QString& action : choices.actions)
        actions.append({action, action});
    refill(m_actionCombo, tr("any"), actions);

    QList<QPair<QString, QString>> actors;
    bool anyUser = false;
    for (const AuditLogQuery::Actor& actor : choices.actors) {
        if (actor.userId) {
            if (!anyUser)
                actors.append({typeData(QStringLiteral("user")), tr("any user")});
            anyUser = true;
            actors.append({userData(*actor.userId), actor.label});
        } else {
            actors.append({typeData(actor.actorType), actor.label});
        }
    }
    refill(m_actorCombo, tr("any"), actors);
}

void AuditLogPage::startCount()
{
    m_count = -1;
    const quint64 generation = ++m_countGeneration;
    const AuditLogFilter filter = m_applied;
    updateStatus();
    using CountResult = QPair<qint64, QString>;
    runInBackground<CountResult>(
        [filter](const Database& database, const AccessContextPtr& access) {
            QString error;
            const qint64 count = AuditLogQuery(database, access).count(filter, &error);
            return CountResult(count, error);
        },
        [this, generation](const CountResult& result, const QString& error) {
            if (generation != m_countGeneration)
                return; // the filter changed meanwhile
            if (!error.isEmpty() || !result.second.isEmpty())
                m_messageLabel->showMessage(error.isEmpty() ? result.second : error);
            m_count = error.isEmpty() ? result.first : -1;
            updateStatus();
            emit countFinished(m_count);
        });
}

void AuditLogPage::updateStatus()
{
    if (!m_canRead) {
        m_statusLabel->clear();
        return;
    }
    const QString filtered = m_applied.isEmpty() ? QString() : tr(" (filtered)");
    if (m_count >= 0 && m_countGeneration > 0)
        m_statusLabel->setText(tr("%Ln matching entries", nullptr, int(qMin<qint64>(m_count, INT_MAX))) + filtered);
    else
        m_statusLabel->setText(tr("%Ln entries loaded; counting\u2026", nullptr, m_model->rowCount()) + filtered);
}

void AuditLogPage::showCurrentEntry()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_detail->showEntry(current.isValid() ? m_model->entry(current.row()) : nullptr);
    updateStatus();
}

void AuditLogPage::updateExportButton()
{
    m_exportButton->setEnabled(m_canExport && !isExporting());
    if (!m_canExport)
        m_exportButton->setToolTip(
            m_access->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Export));
    else
        m_exportButton->setToolTip(tr("Write the entries the list shows (the applied filter) to a CSV file"));
}

QString AuditLogPage::defaultExportPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("audit-log-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

void AuditLogPage::exportCsv()
{
    if (!m_canExport || isExporting()) {
        if (!m_canExport)
            m_messageLabel->showMessage(
                m_access->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Export));
        return;
    }
    const QString path = m_chooseFile ? m_chooseFile(defaultExportPath()) : QString();
    if (path.isEmpty())
        return;
    m_messageLabel->clearMessage();

    auto state = std::make_shared<ExportState>();
    state->total = m_count;
    m_exportState = state;
    const AuditLogFilter filter = m_applied;
    runInBackground<bool>(
        [state, filter, path](const Database& database, const AccessContextPtr& access) {
            AuditLogExporter exporter(database, access);
            CsvWriter::Options options;
            options.byteOrderMark = true; // spreadsheets read the file as UTF-8
            exporter.setCsvOptions(options);
            state->result = exporter.exportTo(filter, path, [state](qint64 rows) {
                state->rows = rows;
                return !state->cancel.load();
            });
            return true;
        },
        [this, state, path](bool, const QString& error) {
            if (!error.isEmpty())
                state->result.error = error;
            exportDone(state, path);
        },
        &m_exportThread);

    if (state->total >= 0) {
        m_exportProgress->setRange(0, int(qMin<qint64>(state->total, INT_MAX)));
        m_exportProgress->setValue(0);
    } else {
        m_exportProgress->setRange(0, 0); // unknown: busy
    }
    m_exportProgress->show();
    m_cancelExportButton->setEnabled(true);
    m_cancelExportButton->show();
    m_progressTimer->start();
    updateExportButton();
}

void AuditLogPage::showExportProgress()
{
    if (!m_exportState)
        return;
    const qint64 rows = m_exportState->rows.load();
    if (m_exportProgress->maximum() > 0)
        m_exportProgress->setValue(int(qMin<qint64>(rows, m_exportProgress->maximum())));
}

void AuditLogPage::cancelExport()
{
    if (!m_exportState)
        return;
    m_exportState->cancel = true;
    m_cancelExportButton->setEnabled(false);
}

void AuditLogPage::exportDone(const std::shared_ptr<ExportState>& state, const QString& path)
{
    m_progressTimer->stop();
    m_exportThread = nullptr;
    if (m_exportState == state)
        m_exportState.reset();
    const bool hadFocus = m_cancelExportButton->hasFocus();
    m_exportProgress->hide();
    m_cancelExportButton->hide();
    updateExportButton();
    if (hadFocus)
        m_exportButton->setFocus();

    const AuditLogExporter::Result& result = state->result;
    QString message;
    if (result.ok) {
        message = tr("Exported %Ln entries to %1.", nullptr, int(qMin<qint64>(result.rows, INT_MAX)))
                      .arg(QDir::toNativeSeparators(path));
        m_messageLabel->showMessage(message, MessageLabel::Kind::Info);
    } else if (result.cancelled) {
        message = tr("The export was cancelled; no file was written.");
        m_messageLabel->showMessage(message, MessageLabel::Kind::Info);
    } else {
        message = tr("The audit log could not be exported: %1").arg(result.error);
        m_messageLabel->showMessage(message);
    }
    emit exportFinished(result.ok, result.rows, message);
}
