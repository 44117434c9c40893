// Data: the importable fields of customers and payment_records with their header aliases.
#include "ImportTarget.h"

#include <QHash>
#include <QSet>

namespace {

constexpr int NameLength = 200;
constexpr int ShortLength = 100;
constexpr int LongTextLength = 65536;

ImportField field(const QString& table, const char* name, const char* label, int maxLength, QStringList aliases,
                  bool required = false, const char* defaultText = nullptr)
{
    ImportField result;
    result.name = QString::fromLatin1(name);
    result.label = label;
    const TableSpec* spec = TableCatalog::find(table);
    const ColumnSpec* column = spec ? spec->column(result.name) : nullptr;
    Q_ASSERT(column);
    if (column)
        result.column = *column;
    result.required = required;
    result.maxLength = maxLength;
    result.defaultText = defaultText ? QString::fromLatin1(defaultText) : QString();
    result.aliases = std::move(aliases);
    return result;
}

QList<ImportField> customerFields()
{
    const QString t = QStringLiteral("customers");
    return {
        field(t, "company_name", QT_TRANSLATE_NOOP("ImportField", "Company"), NameLength,
              {"company", "company name", "companyname", "organisation", "organization", "business", "account",
               "account name", "customer", "customer name", "firma", "firmenname", "unternehmen", "kunde"},
              true),
        field(t, "contact_name", QT_TRANSLATE_NOOP("ImportField", "Contact name"), NameLength,
              {"contact", "contact person", "name", "full name", "person", "ansprechpartner", "kontakt",
               "kontaktperson"}),
        field(t, "email", QT_TRANSLATE_NOOP("ImportField", "Email"), 254,
              {"e-mail", "email address", "e-mail address", "mail", "emailadresse", "e-mail-adresse"}),
        field(t, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone"), 0,
              {"phone number", "telephone", "tel", "mobile", "cell", "telefon", "telefonnummer", "handy"}),
        field(t, "address_line1", QT_TRANSLATE_NOOP("ImportField", "Address line 1"), NameLength,
              {"address", "address 1", "street", "street address", "adresse", "strasse", "straße"}),
        field(t, "address_line2", QT_TRANSLATE_NOOP("ImportField", "Address line 2"), NameLength,
              {"address 2", "address2", "adresszusatz"}),
        field(t, "city", QT_TRANSLATE_NOOP("ImportField", "City"), ShortLength, {"town", "stadt", "ort"}),
        field(t, "region", QT_TRANSLATE_NOOP("ImportField", "Region"), ShortLength,
              {"state", "province", "county", "bundesland"}),
        field(t, "postal_code", QT_TRANSLATE_NOOP("ImportField", "Postal code"), 20,
              {"zip", "zip code", "zipcode", "postcode", "post code", "plz", "postleitzahl"}),
        field(t, "country_code", QT_TRANSLATE_NOOP("ImportField", "Country (ISO code)"), 2,
              {"country", "country code", "land", "länderkennzeichen"}),
        field(t, "time_zone", QT_TRANSLATE_NOOP("ImportField", "Time zone"), ShortLength,
              {"timezone", "tz", "zeitzone"}, false, "UTC"),
        field(t, "phone_time_zone", QT_TRANSLATE_NOOP("ImportField", "Phone time zone"), ShortLength,
              {"phone timezone", "phone tz"}),
        field(t, "preferred_language", QT_TRANSLATE_NOOP("ImportField", "Preferred language"), 35,
              {"language", "lang", "locale", "sprache"}, false, "en"),
        field(t, "rule_pack", QT_TRANSLATE_NOOP("ImportField", "Rule pack"), 0, {"rules", "regime"}, false,
              "consumer_us"),
        field(t, "notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), LongTextLength,
              {"note", "comment", "comments", "remarks", "notizen", "bemerkung", "bemerkungen"}),
    };
}

QList<ImportField> paymentFields()
{
    const QString t = QStringLiteral("payment_records");
    ImportField customerEmail;
    customerEmail.name = ImportTarget::customerEmailField();
    customerEmail.label = QT_TRANSLATE_NOOP("ImportField", "Customer email");
    customerEmail.column.name = customerEmail.name;
    customerEmail.column.type = ColumnType::Email;
    customerEmail.stored = false;
    customerEmail.maxLength = 254;
    customerEmail.aliases =
        QStringList{"customer e-mail", "email", "e-mail", "customer mail", "kunden-e-mail", "kundenemail"};
    return {
        field(t, "customer_id", QT_TRANSLATE_NOOP("ImportField", "Customer ID"), 0,
              {"customer id", "customer", "customer no", "customer number", "kunden id", "kundennummer", "kunden-nr"}),
        customerEmail,
        field(t, "invoice_number", QT_TRANSLATE_NOOP("ImportField", "Invoice number"), ShortLength,
              {"invoice", "invoice no", "invoice #", "invoice id", "number", "rechnungsnummer", "rechnung",
               "rechnungs-nr"},
              true),
        field(t, "amount", QT_TRANSLATE_NOOP("ImportField", "Amount"), 0,
              {"total", "amount due", "invoice amount", "betrag", "summe"}, true),
        field(t, "amount_paid", QT_TRANSLATE_NOOP("ImportField", "Amount paid"), 0,
              {"paid", "paid amount", "payments", "bezahlt"}, false, "0"),
        field(t, "currency", QT_TRANSLATE_NOOP("ImportField", "Currency"), 0, {"curr", "währung", "waehrung"}, false,
              "USD"),
        field(t, "issued_date", QT_TRANSLATE_NOOP("ImportField", "Issued date"), 0,
              {"issued", "issue date", "invoice date", "date", "rechnungsdatum"}),
        field(t, "due_date", QT_TRANSLATE_NOOP("ImportField", "Due date"), 0,
              {"due", "due on", "fälligkeit", "faelligkeit", "fällig am"}, true),
        field(t, "paid_at", QT_TRANSLATE_NOOP("ImportField", "Paid at"), 0, {"paid on", "payment date", "bezahlt am"}),
        field(t, "status", QT_TRANSLATE_NOOP("ImportField", "Status"), 0, {"state", "invoice status"}, false,
              "pending"),
        field(t, "rule_pack", QT_TRANSLATE_NOOP("ImportField", "Rule pack"), 0, {"rules", "regime"}),
        field(t, "description", QT_TRANSLATE_NOOP("ImportField", "Description"), LongTextLength,
              {"memo", "note", "notes", "beschreibung"}),
    };
}

} // namespace

ImportTarget::ImportTarget(Kind kind, const QString& table, const QString& keyField, QList<ImportField> fields)
    : m_kind(kind), m_table(table), m_keyField(keyField), m_fields(std::move(fields))
{
}

const ImportTarget& ImportTarget::customers()
{
    static const ImportTarget target(Kind::Customers, QStringLiteral("customers"), QStringLiteral("email"),
                                     customerFields());
    return target;
}

const ImportTarget& ImportTarget::paymentRecords()
{
    static const ImportTarget target(Kind::PaymentRecords, QStringLiteral("payment_records"),
                                     QStringLiteral("invoice_number"), paymentFields());
    return target;
}

const ImportTarget& ImportTarget::target(Kind kind)
{
    return kind == Kind::Customers ? customers() : paymentRecords();
}

const ImportTarget* ImportTarget::fromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("customers"))
        return &customers();
    if (lower == QLatin1String("payments") || lower == QLatin1String("payment_records"))
        return &paymentRecords();
    return nullptr;
}

QString ImportTarget::title() const
{
    const TableSpec* spec = TableCatalog::find(m_table);
    return spec ? spec->translatedTitle() : m_table;
}

const ImportField* ImportTarget::field(const QString& name) const
{
    const int index = indexOf(name);
    return index >= 0 ? &m_fields.at(index) : nullptr;
}

int ImportTarget::indexOf(const QString& name) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).name == name)
            return i;
    }
    return -1;
}

QString ImportTarget::normalizedHeader(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

QStringList ImportTarget::suggestMapping(const QStringList& header) const
{
    // Names and labels first, aliases second: "Email" in a payments file is the customer's email
    // only when no column is literally the field's name.
    QHash<QString, QString> exact;
    QHash<QString, QString> alias;
    for (const ImportField& f : m_fields) {
        exact.insert(normalizedHeader(f.name), f.name);
        exact.insert(normalizedHeader(QString::fromUtf8(f.label)), f.name);
        exact.insert(normalizedHeader(f.translatedLabel()), f.name);
        if (f.column.header && f.stored) {
            exact.insert(normalizedHeader(QString::fromUtf8(f.column.header)), f.name);
            exact.insert(normalizedHeader(TableCatalog::columnHeader(f.column)), f.name);
        }
        for (const QString& a : f.aliases)
            alias.insert(normalizedHeader(a), f.name);
    }
    QStringList mapping(header.size());
    QSet<QString> used;
    for (const auto* table : {&exact, &alias}) {
        for (int i = 0; i < header.size(); ++i) {
            if (!mapping.at(i).isEmpty())
                continue;
            const QString name = table->value(normalizedHeader(header.at(i)));
            if (!name.isEmpty() && !used.contains(name)) {
                mapping[i] = name;
                used.insert(name);
            }
        }
    }
    return mapping;
}

QString ImportTarget::checkMapping(const QStringList& header, const QStringList& mapping) const
{
    if (mapping.size() != header.size())
        return tr("The mapping has %1 entries but the file has %2 columns.").arg(mapping.size()).arg(header.size());
    QHash<QString, int> columnOf;
    for (int i = 0; i < mapping.size(); ++i) {
        const QString& name = mapping.at(i);
        if (name.isEmpty())
            continue;
        const ImportField* f = field(name);
        if (!f)
            return tr("Column %1 is mapped to \"%2\", which %3 do not have.").arg(header.at(i), name, title());
        if (columnOf.contains(name))
            return tr("%1 is mapped from two columns: %2 and %3.")
                .arg(f->translatedLabel(), header.at(columnOf.value(name)), header.at(i));
        columnOf.insert(name, i);
    }
    for (const ImportField& f : m_fields) {
        if (f.required && !columnOf.contains(f.name))
            return tr("No column is mapped to %1, which is required.").arg(f.translatedLabel());
    }
    if (m_kind == Kind::PaymentRecords && !columnOf.contains(customerIdField()) &&
        !columnOf.contains(customerEmailField()))
        return tr("Map a column to %1 or to %2 so each payment record names its customer.")
            .arg(field(customerIdField())->translatedLabel(), field(customerEmailField())->translatedLabel());
    return QString();
}
