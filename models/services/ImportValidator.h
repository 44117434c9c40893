#pragma once

#include "ImportRow.h"
#include "ImportTarget.h"
#include "io/CsvParser.h"
#include "tables/ValueValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

class Dialect;

// Checks one CSV record against an ImportTarget and a column mapping, without touching the
// database, and turns its cells into the values to store on this engine (ValueValidator's
// conversions plus the import's own rules: length limits, ISO country codes, language tags,
// non-negative amounts). A record that cannot be imported gets one message naming its line and
// every bad column, e.g.
//   Line 17, column Phone: "+1 555" is not a phone number in international format (...)
// where the column is named as in the file's header.
//
// Cells are trimmed. A cell that starts with an apostrophe followed by = + - @ tab or CR is
// taken without the apostrophe: that is how CsvWriter (our exports and error files) protects
// such values from spreadsheets, so an exported or error file imports back to the same values.
// Enumerations (status, rule pack) are accepted in any case.
//
// Cheap to build; keeps a cache of checked time zones, so use one instance per import (one
// thread).
class ImportValidator
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    // `mapping`: one entry per header column, the field name or empty (ImportTarget::checkMapping
    // should have accepted it).
    ImportValidator(const ImportTarget& target, const Dialect& dialect, const QStringList& header,
                    const QStringList& mapping);

    const ImportTarget& target() const { return *m_target; }
    // The file column mapped to a field (by ImportTarget index), or -1.
    int columnOf(int fieldIndex) const { return m_columnOf.value(fieldIndex, -1); }
    bool isMapped(int fieldIndex) const { return columnOf(fieldIndex) >= 0; }
    // How messages name a field: its column's header in the file, or the field's label.
    QString columnName(int fieldIndex) const;

    // A record as read by CsvParser: Failed with the reason, or Pending with its values.
    ImportRow validate(const CsvParser::Record& record) const;

    // One cell of a field: the value to store, a null QVariant for an empty optional cell, or
    // nullopt with *reason (translated, without line or column). `currency` is the record's.
    std::optional<QVariant> convert(const ImportField& field, const QString& cell, const QString& currency,
                                    QString* reason) const;
    // What an empty cell of a field stores on create: its default, or a null QVariant.
    const QVariant& defaultValue(int fieldIndex) const { return m_defaults.at(fieldIndex); }

    // "'=SUM(A1)" -> "=SUM(A1)"; anything else unchanged.
    static QString undoFormulaNeutralization(const QString& cell);

private:
    bool isTimeZone(const QString& id) const;
    bool isCountry(const QString& code) const;

    const ImportTarget* m_target;
    const Dialect* m_dialect;
    ValueValidator m_values;
    QStringList m_header;
    QList<int> m_columnOf;   // per field
    QVariantList m_defaults; // per field
    int m_currencyField = -1;
    mutable QHash<QString, bool> m_timeZones;
    mutable QHash<QString, bool> m_countries;
};
