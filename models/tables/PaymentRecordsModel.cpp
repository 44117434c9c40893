#include "PaymentRecordsModel.h"

PaymentRecordsModel::PaymentRecordsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("payment_records"), parent)
{
}

QString PaymentRecordsModel::validateRow(int row) const
{
    const Money amount = moneyValue(row, QStringLiteral("amount"));
    const Money paid = moneyValue(row, QStringLiteral("amount_paid")); // NULL: the default 0
    if (amount.minorUnits() < 0)
        return tr("%1 cannot be negative.").arg(columnTitle(QStringLiteral("amount")));
    if (paid.minorUnits() < 0)
        return tr("%1 cannot be negative.").arg(columnTitle(QStringLiteral("amount_paid")));
    if (paid.minorUnits() > amount.minorUnits()) {
        return tr("%1 (%2) cannot be more than %3 (%4).")
            .arg(columnTitle(QStringLiteral("amount_paid")), paid.toDecimalString(),
                 columnTitle(QStringLiteral("amount")), amount.toDecimalString());
    }
    if (storedValue(row, QStringLiteral("status")).toString() == QLatin1String("paid") &&
        paid.minorUnits() != amount.minorUnits()) {
        return tr("A paid invoice must have %1 equal to %2.")
            .arg(columnTitle(QStringLiteral("amount_paid")), columnTitle(QStringLiteral("amount")));
    }
    return QString();
}
