#pragma once

#include "tables/TableCatalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One field a CSV import can fill (see ImportTarget): a column of the target table, or a
// reference that is resolved into one (payment records: the customer's email, turned into
// customer_id). Carries what the mapping page shows (label, required) and what validation needs
// (the column's type, a length limit, the value an empty cell stores).
struct ImportField
{
    QString name;                // the table column, or a reference such as "customer_email"
    const char* label = nullptr; // QT_TRANSLATE_NOOP("ImportField", ...); see translatedLabel()
    ColumnSpec column;           // type (and enum values) for ValueValidator
    bool required = false;       // the record fails when the cell is empty
    bool stored = true;          // false: not a column of the table (resolved before writing)
    int maxLength = 0;           // characters after trimming; 0: no limit of its own
    QString defaultText;         // an empty cell stores this on create (NOT NULL columns with a default)
    QStringList aliases;         // further header names that map to this field (any case and punctuation)

    QString translatedLabel() const { return label ? QCoreApplication::translate("ImportField", label) : name; }
};
