#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

// One customer as the customer form edits it: the customers row and the editable part of its
// customer_profiles row (1:1), plus what the form shows read-only (risk) and the row versions
// (updated_at of both rows, as loaded). Editable fields are named after their columns
// (fields()); value()/setValue() reach them by name so that validation, conflict detection and
// the conflict dialog can treat them uniformly. Text values are held trimmed-or-as-typed; an
// empty text is stored as NULL and a NULL is read as empty, so "" and NULL are the same value.
struct CustomerRecord
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRecord)

public:
    qint64 customerId = 0;       // 0: not stored yet
    qint64 profileId = 0;        // 0: the customer has no customer_profiles row yet
    QDateTime customerUpdatedAt; // UTC, as loaded: the customers row's version
    QDateTime profileUpdatedAt;  // UTC, as loaded: the customer_profiles row's version (invalid: none)

    // customers
    QString companyName;
    QString contactName;
    QString email;
    QString phone;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString region;
    QString postalCode;
    QString countryCode;
    QString timeZone = QStringLiteral("UTC");
    QString phoneTimeZone;
    QString preferredLanguage = QStringLiteral("en");
    QString rulePack = QStringLiteral("consumer_us");
    QString notes;
    // customer_profiles (editable)
    bool doNotContact = false;
    QString doNotContactReason;
    QString preferredChannel;
    // customer_profiles (read-only here: CustomerRecordService::recalculateRisk writes them)
    QString riskLevel = QStringLiteral("low");
    int riskScore = 0;
    QDateTime riskCalculatedAt; // UTC; invalid: never calculated

    // The editable fields by column name: the customers columns, then the profile's.
    static const QStringList& fields();
    static const QStringList& customerFields();
    static const QStringList& profileFields();
    static bool isProfileField(const QString& field);
    // The column's translated header ("Company Name").
    static QString fieldTitle(const QString& field);
    // The field's value: QString, or bool for do_not_contact. Invalid QVariant for an unknown name.
    QVariant value(const QString& field) const;
    // false for an unknown field name.
    bool setValue(const QString& field, const QVariant& value);
    // The value as the user reads it (booleans "Yes"/"No", empty as "(empty)"), translated.
    static QString displayValue(const QString& field, const QVariant& value);
    // Whether two values of a field are the same stored value (texts compared trimmed).
    static bool sameValue(const QString& field, const QVariant& a, const QVariant& b);

    // The editable fields whose values differ from `other`'s, in fields() order.
    QStringList differingFields(const CustomerRecord& other) const;
};
