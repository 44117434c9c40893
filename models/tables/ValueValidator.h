#pragma once

#include "TableCatalog.h"

#include <QCoreApplication>
#include <QVariant>
#include <optional>

class Dialect;

// The write side of a column: checks what a user typed (or a program set) against the
// column's type and turns it into the value to store on this engine (money in minor units or
// exact decimal text, UTC timestamps, JSON text, text arrays...). Returns the reason when the
// input is rejected; the caller names the column in its message. ValueFormatter is the
// reverse direction.
class ValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(ValueValidator)

public:
    explicit ValueValidator(const Dialect& dialect);

    // `currency` is the row's currency (Money/MicroMoney); `notNull` whether the column refuses
    // NULL (required, or NOT NULL with a default). Empty input stores NULL when allowed.
    std::optional<QVariant> toStored(const ColumnSpec& column, const QVariant& input, const QString& currency,
                                     bool notNull, QString* reason) const;

    // A stored money value re-expressed in another currency (the same decimal amount), for a
    // change of the row's currency; nullopt when the amount has more decimals than `to` allows.
    std::optional<QVariant> convertMoney(const QVariant& stored, const QString& from, const QString& to) const;

    static bool isEmptyInput(const QVariant& input);

private:
    std::optional<QVariant> convert(const ColumnSpec& column, const QVariant& input, const QString& currency,
                                    QString* reason) const;
    std::optional<QVariant> toBoolean(const QVariant& input, QString* reason) const;
    std::optional<QVariant> toTimestamp(const QVariant& input, QString* reason) const;
    std::optional<QVariant> toJson(const QVariant& input, QString* reason) const;
    std::optional<QVariant> toTextArray(const QVariant& input) const;

    const Dialect* m_dialect;
};
