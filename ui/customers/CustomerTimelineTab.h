#pragma once

#include "services/AccessContext.h"

#include <QWidget>
#include <memory>

class CustomerTimelineQuery;
class Database;
class MessageLabel;
class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The Timeline tab of the customer form: everything that happened to the customer, newest first
// (contact attempts, e-mail deliveries with their opens, clicks and bounces, tasks, payments and
// audit entries), each with a channel icon, local time, actor and summary. Pages of
// CustomerTimelineQuery are appended by "Load More" or when the view is scrolled to the end;
// an optional filter limits the list to one kind. Read-only: it never emits changed() itself,
// the signal exists so every tab of the form has the same interface.
class CustomerTimelineTab : public QWidget
{
    Q_OBJECT

public:
    CustomerTimelineTab(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~CustomerTimelineTab() override;

    // Shows that customer's timeline from the newest entry (0: none, the list is empty).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reloads from the newest entry (the first page).
    void refresh();

    // Rows shown so far and whether older entries remain.
    int rowCount() const;
    bool hasMore() const { return m_hasMore; }

    // Entries per page (default 50); takes effect on the next refresh.
    void setPageSize(int pageSize) { m_pageSize = pageSize > 0 ? pageSize : 50; }

signals:
    // Part of the form's tab interface; this tab writes nothing.
    void changed();

public slots:
    // Appends the next (older) page.
    void loadMore();

private:
    void updateLoadMore();

    std::unique_ptr<CustomerTimelineQuery> m_query;
    qint64 m_customerId = 0;
    int m_pageSize = 50;
    bool m_hasMore = false;
    struct Cursor;
    std::unique_ptr<Cursor> m_cursor;
    MessageLabel* m_messageLabel = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_loadMoreButton = nullptr;
};
