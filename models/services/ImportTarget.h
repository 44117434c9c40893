#pragma once

#include "ImportField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a CSV file can be imported into: the customers table or the payment_records table. Each
// target lists its importable fields (ImportField: name, translated label, required, type,
// length limit, header aliases for the automatic mapping), its duplicate key and how the mapping
// of file columns to fields is suggested and checked.
//
// Customers
//   fields: company_name (required), contact_name, email, phone (E.164; spaces, dots, dashes and
//   brackets are removed first), address_line1/2, city, region, postal_code, country_code (ISO
//   3166-1 alpha-2, any case), time_zone and phone_time_zone (IANA ids; time_zone defaults to UTC),
//   preferred_language (BCP 47 such as "en" or "pt-BR"; default en), rule_pack (default
//   consumer_us), notes.
//   duplicate key: email, case-insensitive: stored lower-case, compared with the stored (lower-
//   case) emails. A record without an email is never a duplicate.
// Payment records
//   fields: customer_id, customer_email, invoice_number (required), amount (required, >= 0),
//   amount_paid (>= 0, default 0), currency (default USD; the amounts are read in it), issued_date,
//   due_date (required; dates as YYYY-MM-DD), paid_at (date and time; without an offset it is
//   local time), status (default pending), rule_pack, description.
//   The customer: map customer_id (the customers.id) or customer_email (a customer's email) or
//   both. A record names its customer by id when its customer_id cell is set, otherwise by email;
//   an email that matches no customer, or more than one, fails the record.
//   duplicate key: invoice_number, exact (it is UNIQUE in the schema).
//
// Text limits (the schema has none; these keep junk out): names, address lines and similar 200
// characters, city and region 100, postal code 20, email 254, invoice number 100, notes and
// description 65,536. A longer value fails its record with the column's name, so a 10 MB cell
// never reaches the database.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)

public:
    enum class Kind
    {
        Customers,
        PaymentRecords
    };

    static const ImportTarget& customers();
    static const ImportTarget& paymentRecords();
    static const ImportTarget& target(Kind kind);
    // "customers", "payments" or "payment_records"; nullptr for anything else.
    static const ImportTarget* fromName(const QString& name);

    Kind kind() const { return m_kind; }
    // The table written ("customers", "payment_records").
    QString table() const { return m_table; }
    // The table's translated title ("Customers", "Payment Records").
    QString title() const;
    const QList<ImportField>& fields() const { return m_fields; }
    const ImportField* field(const QString& name) const;
    int indexOf(const QString& name) const;

    // The field whose value identifies a duplicate: "email" or "invoice_number".
    QString keyField() const { return m_keyField; }
    // Payment records: the two fields that name the customer.
    static QString customerIdField() { return QStringLiteral("customer_id"); }
    static QString customerEmailField() { return QStringLiteral("customer_email"); }

    // A mapping has one entry per file column: the field it fills, or an empty string (ignored).
    // The suggestion matches each header against the fields' names, labels (English and
    // translated) and aliases, ignoring case, spaces and punctuation; each field is used once.
    QStringList suggestMapping(const QStringList& header) const;
    // Why the mapping cannot be imported (a required field missing, a field used twice, an
    // unknown field, no customer reference); empty when it can. `header` names the columns.
    QString checkMapping(const QStringList& header, const QStringList& mapping) const;

    // Lower case, letters and digits only: "E-Mail Address" -> "emailaddress".
    static QString normalizedHeader(const QString& text);

private:
    ImportTarget(Kind kind, const QString& table, const QString& keyField, QList<ImportField> fields);

    Kind m_kind;
    QString m_table;
    QString m_keyField;
    QList<ImportField> m_fields;
};
