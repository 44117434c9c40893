#pragma once

#include "CustomerRecord.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Checks a CustomerRecord before it is stored and brings it into stored form. The same rules run
// in the form (inline messages as the user types) and in CustomerRecordService (which refuses an
// invalid record whatever the caller). Messages are translated full sentences that say how to
// fix the value.
//
// Rules: company name required; email in the WHATWG "valid e-mail address" form; phone E.164
// (+, a country code not starting with 0, at most 15 digits in all: "+[1-9]\d{1,14}") after
// removing spaces, dots, dashes and parentheses; time zone required and an IANA id this system
// knows (QTimeZone::isTimeZoneIdAvailable), phone time zone optional and the same; country an
// ISO 3166-1 alpha-2 code Qt knows; preferred language a BCP 47-like tag ("en", "pt-BR");
// rule pack and preferred channel from their lists; do-not-contact needs a reason.
class CustomerRecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRecordValidator)

public:
    // The record as it is stored: texts trimmed, email lower-case, phone without separators,
    // country code upper-case.
    static CustomerRecord normalized(const CustomerRecord& record);
    // The problems of the (normalized) record, field name -> message; empty when valid.
    static QMap<QString, QString> validate(const CustomerRecord& record);
    // One field's problem, or an empty string.
    static QString validateField(const CustomerRecord& record, const QString& field);

    // "+1 (415) 555-0123" -> "+14155550123": the separators people type removed.
    static QString compactPhone(const QString& phone);
    static const QStringList& rulePacks();
    static const QStringList& channels();
};
