#pragma once

#include <QString>
#include <QStringList>

// What the customer list shows: the search text and the filters, as the user set them. A plain
// value (copied to worker threads, saved per user, handed to the CSV export); CustomerListQuery
// turns it into SQL. A default filter selects every customer.
struct CustomerListFilter
{
    // A yes/no filter: either value, or only customers with (Yes) or without (No) the property.
    enum class Choice
    {
        Any,
        Yes,
        No
    };

    // Words separated by spaces; each must start a word of the company name, contact name,
    // e-mail or phone (SQLite; PostgreSQL: appear anywhere in them). Case-insensitive.
    QString search;
    QStringList riskLevels;            // customer_profiles.risk_level in these; empty: any
    Choice doNotContact = Choice::Any; // customer_profiles.do_not_contact
    Choice onHold = Choice::Any;       // any customer_profiles.*_hold_at set
    Choice overdue = Choice::Any;      // an unpaid pending/partial/overdue invoice past its due date
    QString timeZone;                  // customers.time_zone (IANA id); empty: any

    bool hasSearch() const { return !search.trimmed().isEmpty(); }
    bool hasFilters() const
    {
        return !riskLevels.isEmpty() || doNotContact != Choice::Any || onHold != Choice::Any ||
               overdue != Choice::Any || !timeZone.isEmpty();
    }
    bool isEmpty() const { return !hasSearch() && !hasFilters(); }
    bool operator==(const CustomerListFilter& other) const = default;
};
