#include "CustomerHold.h"

QList<CustomerHoldKind> CustomerHold::kinds()
{
    return {CustomerHoldKind::Dispute,    CustomerHoldKind::CeaseAndDesist, CustomerHoldKind::Attorney,
            CustomerHoldKind::Bankruptcy, CustomerHoldKind::Deceased,       CustomerHoldKind::Hardship};
}

QString CustomerHold::key(CustomerHoldKind kind)
{
    switch (kind) {
    case CustomerHoldKind::Dispute:
        return QStringLiteral("dispute");
    case CustomerHoldKind::CeaseAndDesist:
        return QStringLiteral("cease_and_desist");
    case CustomerHoldKind::Attorney:
        return QStringLiteral("attorney");
    case CustomerHoldKind::Bankruptcy:
        return QStringLiteral("bankruptcy");
    case CustomerHoldKind::Deceased:
        return QStringLiteral("deceased");
    case CustomerHoldKind::Hardship:
        return QStringLiteral("hardship");
    }
    return QString();
}

std::optional<CustomerHoldKind> CustomerHold::fromKey(const QString& key)
{
    for (const CustomerHoldKind kind : kinds()) {
        if (CustomerHold::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QStringList CustomerHold::keys()
{
    QStringList result;
    for (const CustomerHoldKind kind : kinds())
        result << key(kind);
    return result;
}

QString CustomerHold::titleForKey(const QString& key)
{
    const std::optional<CustomerHoldKind> kind = fromKey(key);
    return kind ? title(*kind) : key;
}

QString CustomerHold::title(CustomerHoldKind kind)
{
    switch (kind) {
    case CustomerHoldKind::Dispute:
        return tr("Dispute");
    case CustomerHoldKind::CeaseAndDesist:
        return tr("Cease and desist");
    case CustomerHoldKind::Attorney:
        return tr("Attorney-represented");
    case CustomerHoldKind::Bankruptcy:
        return tr("Bankruptcy");
    case CustomerHoldKind::Deceased:
        return tr("Deceased");
    case CustomerHoldKind::Hardship:
        return tr("Hardship");
    }
    return QString();
}

QString CustomerHold::description(CustomerHoldKind kind)
{
    switch (kind) {
    case CustomerHoldKind::Dispute:
        return tr("The customer disputes the debt: collection pauses until the dispute is resolved.");
    case CustomerHoldKind::CeaseAndDesist:
        return tr("The customer asked in writing that we stop contacting them.");
    case CustomerHoldKind::Attorney:
        return tr("The customer is represented by an attorney: contact goes through the attorney only.");
    case CustomerHoldKind::Bankruptcy:
        return tr("The customer filed for bankruptcy: collection activity must stop.");
    case CustomerHoldKind::Deceased:
        return tr("The customer has died: only the estate may be contacted, under the rules that apply.");
    case CustomerHoldKind::Hardship:
        return tr("The customer is in financial hardship: collection pauses while it is assessed.");
    }
    return QString();
}
