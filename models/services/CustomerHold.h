#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The six kinds of hold a customer account can carry (customer_profiles: <key>_hold_at,
// <key>_hold_reason, <key>_hold_by; a hold is active while <key>_hold_at is set): their keys,
// translated titles and column names. CustomerHoldState is one hold as the Holds tab shows it.
enum class CustomerHoldKind
{
    Dispute,
    CeaseAndDesist,
    Attorney,
    Bankruptcy,
    Deceased,
    Hardship
};

struct CustomerHoldState
{
    CustomerHoldKind kind = CustomerHoldKind::Dispute;
    bool active = false;
    QDateTime since; // UTC; invalid while not active
    QString reason;
    qint64 setById = 0; // 0: unknown (system, or the user was deleted)
    QString setByEmail; // empty when the reader may not read users (see CustomerHoldService::holds)
};

class CustomerHold
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHold)

public:
    // In the order the Holds tab lists them.
    static QList<CustomerHoldKind> kinds();
    // "dispute", "cease_and_desist", "attorney", "bankruptcy", "deceased", "hardship".
    static QString key(CustomerHoldKind kind);
    static std::optional<CustomerHoldKind> fromKey(const QString& key);
    // Every kind's key, in the order of kinds().
    static QStringList keys();
    // The translated title of the kind with this key; the key itself when it names no kind.
    static QString titleForKey(const QString& key);
    // "Dispute", "Cease and desist", "Attorney-represented", ... (translated).
    static QString title(CustomerHoldKind kind);
    // One sentence on what the hold means, for tooltips (translated).
    static QString description(CustomerHoldKind kind);

    // "<key>_hold_at", "<key>_hold_reason", "<key>_hold_by".
    static QString atColumn(CustomerHoldKind kind) { return key(kind) + QStringLiteral("_hold_at"); }
    static QString reasonColumn(CustomerHoldKind kind) { return key(kind) + QStringLiteral("_hold_reason"); }
    static QString byColumn(CustomerHoldKind kind) { return key(kind) + QStringLiteral("_hold_by"); }
};
