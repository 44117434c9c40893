#include "CustomerTimelineTab.h"

#include "auth/MessageLabel.h"
#include "services/CustomerTimelineQuery.h"
#include "services/OptOutService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum Column
{
    TimeColumn,
    KindColumn,
    ChannelColumn,
    ActorColumn,
    SummaryColumn,
    ColumnCount
};

constexpr int LinkIdRole = Qt::UserRole + 1;
constexpr int LinkTableRole = Qt::UserRole + 2;

// A small round badge with the channel's initial, drawn so no image file is needed.
QIcon channelIcon(const QString& channel)
{
    static QHash<QString, QIcon> cache;
    const auto cached = cache.constFind(channel);
    if (cached != cache.constEnd())
        return *cached;
    QColor color(0x6b, 0x72, 0x80);
    QString letter = QStringLiteral("\u2022");
    if (channel == QLatin1String("email")) {
        color = QColor(0x25, 0x63, 0xeb);
        letter = QStringLiteral("@");
    } else if (channel == QLatin1String("sms")) {
        color = QColor(0x05, 0x96, 0x69);
        letter = QStringLiteral("S");
    } else if (channel == QLatin1String("voice")) {
        color = QColor(0xd9, 0x77, 0x06);
        letter = QStringLiteral("V");
    } else if (channel == QLatin1String("letter")) {
        color = QColor(0x7c, 0x3a, 0xed);
        letter = QStringLiteral("L");
    }
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = painter.font();
        font.setPixelSize(size * 10 / 16);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(channel, icon);
    return icon;
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

struct CustomerTimelineTab::Cursor
{
    CustomerTimelineCursor value;
};

CustomerTimelineTab::CustomerTimelineTab(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_query(std::make_unique<CustomerTimelineQuery>(database, std::move(context))),
      m_cursor(std::make_unique<Cursor>())
{
    setObjectName(QStringLiteral("customerTimelineTab"));
    setAccessibleName(tr("Timeline"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kindFilter->setAccessibleName(tr("Show"));
    using K = TimelineKind;
    const QList<std::pair<QString, QList<TimelineKind>>> filters = {
        {tr("Everything"), {}},
        {tr("Contact attempts"), {K::ContactAttempt}},
        {tr("Emails, opens, clicks and bounces"), {K::EmailSent, K::EmailOpen, K::EmailClick, K::Bounce}},
        {tr("Tasks"), {K::Task}},
        {tr("Invoices and payments"), {K::Invoice, K::Payment}},
        {tr("Audit entries"), {K::Audit}},
    };
    for (const auto& [title, kinds] : filters) {
        QVariantList values;
        for (TimelineKind kind : kinds)
            values << int(kind);
        m_kindFilter->addItem(title, values);
    }
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_kindFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CustomerTimelineTab::refresh);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("What"), tr("Channel"), tr("By"), tr("Summary")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineTable"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Older entries are fetched when the user scrolls to the end.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_hasMore && value > 0 && value == m_view->verticalScrollBar()->maximum())
            loadMore();
    });

    m_loadMoreButton = new QPushButton(tr("&Load More"), this);
    m_loadMoreButton->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMoreButton->setAccessibleName(tr("Load older entries"));
    connect(m_loadMoreButton, &QPushButton::clicked, this, &CustomerTimelineTab::loadMore);

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_kindFilter);
    top->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loadMoreButton, 0, Qt::AlignLeft);
    updateLoadMore();
}

CustomerTimelineTab::~CustomerTimelineTab() = default;

int CustomerTimelineTab::rowCount() const
{
    return m_model->rowCount();
}

void CustomerTimelineTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void CustomerTimelineTab::refresh()
{
    m_messageLabel->clearMessage();
    m_model->removeRows(0, m_model->rowCount());
    m_cursor->value = CustomerTimelineCursor();
    m_hasMore = m_customerId > 0;
    if (m_hasMore)
        loadMore();
    updateLoadMore();
}

void CustomerTimelineTab::loadMore()
{
    if (m_customerId <= 0 || !m_hasMore)
        return;
    QSet<TimelineKind> kinds;
    for (const QVariant& kind : m_kindFilter->currentData().toList())
        kinds.insert(TimelineKind(kind.toInt()));
    QString error;
    const auto page = m_query->fetch(m_customerId, m_cursor->value, m_pageSize, kinds, &error);
    if (!page) {
        m_messageLabel->showMessage(error);
        m_hasMore = false;
        updateLoadMore();
        return;
    }
    const QLocale locale;
    for (const CustomerTimelineItem& item : page->items) {
        auto* time = cell(locale.toString(item.time.toLocalTime(), QLocale::ShortFormat));
        time->setIcon(channelIcon(item.channel));
        time->setToolTip(item.time.toLocalTime().toString(Qt::ISODateWithMs));
        time->setData(item.linkId, LinkIdRole);
        time->setData(item.linkTable, LinkTableRole);
        QList<QStandardItem*> row{
            time,
            cell(CustomerTimelineQuery::kindTitle(item.kind)),
            cell(item.channel.isEmpty() ? QString() : OptOutService::channelTitle(item.channel)),
            cell(item.actor),
            cell(item.summary),
        };
        row.last()->setToolTip(item.summary);
        m_model->appendRow(row);
    }
    m_cursor->value = page->next;
    m_hasMore = page->hasMore;
    if (m_model->rowCount() == 0)
        m_messageLabel->showMessage(tr("Nothing has happened with this customer yet."), MessageLabel::Kind::Info);
    m_view->resizeColumnToContents(TimeColumn);
    m_view->resizeColumnToContents(KindColumn);
    m_view->resizeColumnToContents(ChannelColumn);
    m_view->resizeColumnToContents(ActorColumn);
    updateLoadMore();
}

void CustomerTimelineTab::updateLoadMore()
{
    m_loadMoreButton->setEnabled(m_hasMore);
    m_loadMoreButton->setText(m_hasMore ? tr("&Load More") : tr("No older entries"));
}
