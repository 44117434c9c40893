#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

// One customer as the customer list shows it: the customers columns, the profile's risk level,
// do-not-contact flag and active holds, and the unpaid balances computed from payment_records
// (one Money per currency, sorted by currency; empty: nothing outstanding).
struct CustomerListRow
{
    qint64 id = 0;
    QString companyName;
    QString contactName;
    QString email;
    QString phone;
    QString timeZone;
    QString riskLevel; // empty: the customer has no profile
    bool doNotContact = false;
    QStringList holds; // active hold kinds (CustomerListQuery::holdKinds order)
    QList<Money> outstanding;
    QList<Money> overdue;
};
