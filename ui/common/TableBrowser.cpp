#include "TableBrowser.h"

#include "db/Database.h"
#include "tables/PagedTableModel.h"
#include "tables/SqlTableModel.h"
#include "tables/TableCatalog.h"
#include "tables/TableModelFactory.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSqlRecord>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

namespace {
constexpr int MaximumInitialColumnWidth = 320;
}

TableBrowser::TableBrowser(const Database& database, AccessContextPtr access, const QString& table, QWidget* parent)
    : QWidget(parent), m_database(database), m_access(std::move(access)), m_table(table),
      m_spec(TableCatalog::find(table))
{
    setObjectName(QStringLiteral("tableBrowser_") + table);
    const QString title = m_spec ? m_spec->translatedTitle() : table;
    setAccessibleName(tr("%1 browser").arg(title));

    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAccessibleName(tr("Table title"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_rowCountLabel = new QLabel(this);
    m_rowCountLabel->setObjectName(QStringLiteral("rowCountLabel"));
    m_rowCountLabel->setAccessibleName(tr("Row count"));
    m_rowCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->hide();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText); // driver messages may contain '<'
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_errorLabel->setFrameShape(QFrame::StyledPanel);
    m_errorLabel->setMargin(12);
    m_errorLabel->hide();

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("tableView"));
    m_tableView->setAccessibleName(tr("%1 table").arg(title));
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the window
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_titleLabel->setBuddy(m_tableView);
    setFocusProxy(m_tableView);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addStretch(1);
    header->addWidget(m_rowCountLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tableView, 1);

    loadModel();
    if (m_model) {
        // Ascending by the first column (the id) until the user clicks a header: the model sorts itself.
        m_tableView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        m_tableView->setSortingEnabled(true);
        fitColumns();
    }
    // After the view's own connection, which asks the model to sort.
    connect(m_tableView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section) { checkSortColumn(section); });
}

PagedTableModel* TableBrowser::pagedModel() const
{
    return qobject_cast<PagedTableModel*>(m_model);
}

void TableBrowser::loadModel()
{
    QString error;
    QAbstractItemModel* model = TableModelFactory::createBrowseModel(m_database, m_access, m_table, this, &error);
    if (!model) {
        m_tableView->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
        showError(error.isEmpty() ? tr("The table could not be read.") : error);
        return;
    }
    m_errorText.clear();
    m_errorLabel->hide();
    m_tableView->show();

    QAbstractItemModel* old = m_model;
    m_model = model;
    m_tableView->setModel(m_model);
    delete old;

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TableBrowser::updateRowCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TableBrowser::updateRowCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TableBrowser::updateRowCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        hideSecretColumns();
        updateRowCount();
    });
    if (PagedTableModel* paged = pagedModel()) {
        connect(paged, &PagedTableModel::totalCountChanged, this, &TableBrowser::updateRowCount);
        connect(paged, &PagedTableModel::errorOccurred, this, [this](const QString& message) {
            m_hintLabel->setText(message);
            m_hintLabel->show();
        });
    }
    hideSecretColumns();
    updateRowCount();
}

void TableBrowser::showError(const QString& message)
{
    const QString title = m_spec ? m_spec->translatedTitle() : m_table;
    m_errorText = message;
    m_errorLabel->setText(tr("%1 cannot be shown.\n\n%2").arg(title, message));
    m_errorLabel->show();
    m_hintLabel->hide();
    m_tableView->hide();
    m_rowCountLabel->clear();
    setFocusProxy(nullptr);
}

void TableBrowser::refresh()
{
    QHeaderView* header = m_tableView->horizontalHeader();
    const int section = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    loadModel();
    if (!m_model)
        return;
    setFocusProxy(m_tableView);
    const int column = section >= 0 && section < m_model->columnCount() ? section : 0;
    if (m_tableView->isSortingEnabled()) {
        m_tableView->sortByColumn(column, order);
    } else { // the table could not be read before: first successful load
        header->setSortIndicator(column, order);
        m_tableView->setSortingEnabled(true);
        fitColumns();
    }
}

const ColumnSpec* TableBrowser::columnSpec(int section) const
{
    if (const PagedTableModel* paged = pagedModel())
        return paged->columnSpec(section);
    if (const auto* sqlModel = qobject_cast<const SqlTableModel*>(m_model))
        return sqlModel->columnSpec(section);
    if (!m_spec)
        return nullptr;
    if (const auto* queryModel = qobject_cast<const QSqlQueryModel*>(m_model))
        return m_spec->column(queryModel->record().fieldName(section));
    // Any other model presents the catalog's columns in catalog order.
    return section >= 0 && section < m_spec->columns.size() ? &m_spec->columns.at(section) : nullptr;
}

QString TableBrowser::columnTitle(int section) const
{
    return m_model ? m_model->headerData(section, Qt::Horizontal).toString() : QString();
}

void TableBrowser::hideSecretColumns()
{
    if (!m_model)
        return;
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const ColumnSpec* column = columnSpec(section);
        m_tableView->setColumnHidden(section, column && column->type == ColumnType::Secret);
    }
}

void TableBrowser::checkSortColumn(int section)
{
    PagedTableModel* paged = pagedModel();
    if (!paged || paged->isSortable(section)) {
        m_hintLabel->hide();
        return;
    }
    // The model kept its order: show the order it really has, and why.
    int actual = paged->sortColumn();
    if (actual < 0) {
        for (int column = 0; column < paged->columnCount(); ++column) {
            if (paged->columnSpec(column) && paged->columnSpec(column)->type == ColumnType::Id)
                actual = column;
        }
    }
    {
        const QSignalBlocker blocker(m_tableView->horizontalHeader());
        m_tableView->horizontalHeader()->setSortIndicator(qMax(actual, 0), paged->sortOrder());
    }
    m_tableView->horizontalHeader()->viewport()->update();

    QStringList sortable;
    for (int column = 0; column < paged->columnCount(); ++column) {
        if (paged->isSortable(column) && !m_tableView->isColumnHidden(column))
            sortable << columnTitle(column);
    }
    const QString title = m_spec ? m_spec->translatedTitle() : m_table;
    m_hintLabel->setText(tr("%1 is a large table: it can be sorted by %2, but not by %3.")
                             .arg(title, QLocale().createSeparatedList(sortable), columnTitle(section)));
    m_hintLabel->show();
}

void TableBrowser::updateRowCount()
{
    if (!m_model)
        return;
    const int loaded = m_model->rowCount();
    const PagedTableModel* paged = pagedModel();
    if (paged && paged->totalCount() >= 0)
        m_rowCountLabel->setText(
            tr("%Ln row(s)", nullptr, static_cast<int>(qMin<qint64>(paged->totalCount(), INT_MAX))));
    else if (m_model->canFetchMore(QModelIndex()))
        m_rowCountLabel->setText(tr("%Ln row(s) loaded, scroll for more", nullptr, loaded));
    else
        m_rowCountLabel->setText(tr("%Ln row(s)", nullptr, loaded));
}

void TableBrowser::fitColumns()
{
    m_tableView->resizeColumnsToContents();
    QHeaderView* header = m_tableView->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionSize(section) > MaximumInitialColumnWidth)
            header->resizeSection(section, MaximumInitialColumnWidth);
    }
}
