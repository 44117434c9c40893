#pragma once

#include "TableCatalog.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QVariant>
#include <optional>

class Dialect;

// Turns a stored column value into what a view shows (DisplayRole), edits (EditRole) and ticks
// (CheckStateRole), the same way for SqlTableModel and PagedTableModel. Read side only: the
// write side (user input -> stored value) is ValueValidator. Holds no model state, so a
// worker thread may use its own copy.
class ValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormatter)

public:
    // The stored value exactly as the database returned it.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ValueFormatter(const Dialect& dialect);

    // `currency` is the row's currency for Money/MicroMoney columns (empty: the schema default).
    QVariant data(const ColumnSpec& column, const QVariant& raw, const QString& currency, int role) const;
    QString displayText(const ColumnSpec& column, const QVariant& raw, const QString& currency) const;
    QVariant editValue(const ColumnSpec& column, const QVariant& raw, const QString& currency) const;

    Money money(const QVariant& raw, const QString& currency) const;
    // Micro money (LLM costs) as integer millionths, from either engine's storage.
    std::optional<qint64> micros(const QVariant& raw) const;

    // The currency the schema applies when a row has none yet.
    static QString defaultCurrency();
    // "0.001234" <-> 1234 millionths; parse accepts up to 6 decimals.
    static QString timestampFormat();

private:
    const Dialect* m_dialect;
};
