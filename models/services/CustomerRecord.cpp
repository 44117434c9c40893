#include "CustomerRecord.h"

#include "tables/TableCatalog.h"

namespace {

// Member of each text field, by column name.
using TextMember = QString CustomerRecord::*;

struct TextField
{
    const char* name;
    TextMember member;
};

const TextField textFields[] = {
    {"company_name", &CustomerRecord::companyName},
    {"contact_name", &CustomerRecord::contactName},
    {"email", &CustomerRecord::email},
    {"phone", &CustomerRecord::phone},
    {"address_line1", &CustomerRecord::addressLine1},
    {"address_line2", &CustomerRecord::addressLine2},
    {"city", &CustomerRecord::city},
    {"region", &CustomerRecord::region},
    {"postal_code", &CustomerRecord::postalCode},
    {"country_code", &CustomerRecord::countryCode},
    {"time_zone", &CustomerRecord::timeZone},
    {"phone_time_zone", &CustomerRecord::phoneTimeZone},
    {"preferred_language", &CustomerRecord::preferredLanguage},
    {"rule_pack", &CustomerRecord::rulePack},
    {"notes", &CustomerRecord::notes},
    {"do_not_contact_reason", &CustomerRecord::doNotContactReason},
    {"preferred_channel", &CustomerRecord::preferredChannel},
};

const QString doNotContactField = QStringLiteral("do_not_contact");

TextMember textMember(const QString& field)
{
    for (const TextField& text : textFields) {
        if (field == QLatin1String(text.name))
            return text.member;
    }
    return nullptr;
}

} // namespace

const QStringList& CustomerRecord::customerFields()
{
    static const QStringList list = {QStringLiteral("company_name"),
                                     QStringLiteral("contact_name"),
                                     QStringLiteral("email"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("address_line1"),
                                     QStringLiteral("address_line2"),
                                     QStringLiteral("city"),
                                     QStringLiteral("region"),
                                     QStringLiteral("postal_code"),
                                     QStringLiteral("country_code"),
                                     QStringLiteral("time_zone"),
                                     QStringLiteral("phone_time_zone"),
                                     QStringLiteral("preferred_language"),
                                     QStringLiteral("rule_pack"),
                                     QStringLiteral("notes")};
    return list;
}

const QStringList& CustomerRecord::profileFields()
{
    static const QStringList list = {doNotContactField, QStringLiteral("do_not_contact_reason"),
                                     QStringLiteral("preferred_channel")};
    return list;
}

const QStringList& CustomerRecord::fields()
{
    static const QStringList list = customerFields() + profileFields();
    return list;
}

bool CustomerRecord::isProfileField(const QString& field)
{
    return profileFields().contains(field);
}

QString CustomerRecord::fieldTitle(const QString& field)
{
    const TableSpec* table =
        TableCatalog::find(isProfileField(field) ? QStringLiteral("customer_profiles") : QStringLiteral("customers"));
    const ColumnSpec* column = table ? table->column(field) : nullptr;
    return column ? TableCatalog::columnHeader(*column) : field;
}

QVariant CustomerRecord::value(const QString& field) const
{
    if (field == doNotContactField)
        return doNotContact;
    if (const TextMember member = textMember(field))
        return this->*member;
    return QVariant();
}

bool CustomerRecord::setValue(const QString& field, const QVariant& value)
{
    if (field == doNotContactField) {
        doNotContact = value.toBool();
        return true;
    }
    if (const TextMember member = textMember(field)) {
        this->*member = value.toString();
        return true;
    }
    return false;
}

QString CustomerRecord::displayValue(const QString& field, const QVariant& value)
{
    if (field == doNotContactField)
        return value.toBool() ? tr("Yes") : tr("No");
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? tr("(empty)") : text;
}

bool CustomerRecord::sameValue(const QString& field, const QVariant& a, const QVariant& b)
{
    if (field == doNotContactField)
        return a.toBool() == b.toBool();
    return a.toString().trimmed() == b.toString().trimmed();
}

QStringList CustomerRecord::differingFields(const CustomerRecord& other) const
{
    QStringList differing;
    for (const QString& field : fields()) {
        if (!sameValue(field, value(field), other.value(field)))
            differing << field;
    }
    return differing;
}
