#include "CustomerRecordValidator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QRegularExpression& emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return re;
}

const QRegularExpression& e164Pattern()
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9]\\d{1,14}$"));
    return re;
}

const QRegularExpression& languagePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return re;
}

QString phoneProblem(const QString& phone)
{
    if (phone.isEmpty() || e164Pattern().match(phone).hasMatch())
        return QString();
    const QString example = QStringLiteral("+14155550123");
    if (!phone.startsWith(QLatin1Char('+')))
        return CustomerRecordValidator::tr("Enter the phone number in international (E.164) format: + then the "
                                           "country code and the number, for example %1.")
            .arg(example);
    const QString digits = phone.mid(1);
    static const QRegularExpression nonDigit(QStringLiteral("\\D"));
    if (digits.contains(nonDigit))
        return CustomerRecordValidator::tr("After the + a phone number has digits only (for example %1).").arg(example);
    if (digits.startsWith(QLatin1Char('0')))
        return CustomerRecordValidator::tr("A country code never starts with 0: write the number with its country "
                                           "code instead of the leading 0, for example %1.")
            .arg(example);
    if (digits.size() > 15)
        return CustomerRecordValidator::tr("This number has %1 digits; an international (E.164) number has at most 15.")
            .arg(digits.size());
    return CustomerRecordValidator::tr("This number is too short: give the country code and the whole number, for "
                                       "example %1.")
        .arg(example);
}

QString timeZoneProblem(const QString& zone, bool required)
{
    if (zone.isEmpty())
        return required ? CustomerRecordValidator::tr("Choose the customer's time zone (for example Europe/Berlin).")
                        : QString();
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return CustomerRecordValidator::tr("\u201c%1\u201d is not a known IANA time zone: choose one from the list, "
                                           "for example America/New_York or Europe/Berlin.")
            .arg(zone);
    return QString();
}

QString countryProblem(const QString& code)
{
    if (code.isEmpty())
        return QString();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(code).hasMatch())
        return CustomerRecordValidator::tr("Enter the two-letter ISO 3166 country code, for example US, GB or DE.");
    if (QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
        return CustomerRecordValidator::tr("\u201c%1\u201d is not an ISO 3166 country code (for example US, GB or DE).")
            .arg(code);
    return QString();
}

} // namespace

const QStringList& CustomerRecordValidator::rulePacks()
{
    static const QStringList list = {QStringLiteral("consumer_us"), QStringLiteral("uk_fca"), QStringLiteral("b2b")};
    return list;
}

const QStringList& CustomerRecordValidator::channels()
{
    static const QStringList list = {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice"),
                                     QStringLiteral("letter")};
    return list;
}

QString CustomerRecordValidator::compactPhone(const QString& phone)
{
    QString compact = phone.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s().\\-/]"));
    compact.remove(separators);
    return compact;
}

CustomerRecord CustomerRecordValidator::normalized(const CustomerRecord& record)
{
    CustomerRecord result = record;
    for (const QString& field : CustomerRecord::fields()) {
        const QVariant value = result.value(field);
        if (value.metaType().id() == QMetaType::QString)
            result.setValue(field, value.toString().trimmed());
    }
    result.email = result.email.toLower();
    result.phone = compactPhone(result.phone);
    result.countryCode = result.countryCode.toUpper();
    return result;
}

QString CustomerRecordValidator::validateField(const CustomerRecord& record, const QString& field)
{
    const CustomerRecord r = normalized(record);
    if (field == QLatin1String("company_name"))
        return r.companyName.isEmpty() ? tr("Enter the company (or the customer's) name.") : QString();
    if (field == QLatin1String("email")) {
        if (r.email.isEmpty() || emailPattern().match(r.email).hasMatch())
            return QString();
        return tr("\u201c%1\u201d is not a valid e-mail address: write it as name@example.com.").arg(r.email);
    }
    if (field == QLatin1String("phone"))
        return phoneProblem(r.phone);
    if (field == QLatin1String("time_zone"))
        return timeZoneProblem(r.timeZone, true);
    if (field == QLatin1String("phone_time_zone"))
        return timeZoneProblem(r.phoneTimeZone, false);
    if (field == QLatin1String("country_code"))
        return countryProblem(r.countryCode);
    if (field == QLatin1String("preferred_language")) {
        if (r.preferredLanguage.isEmpty() || languagePattern().match(r.preferredLanguage).hasMatch())
            return QString();
        return tr("Enter a language code such as en, de or pt-BR.");
    }
    if (field == QLatin1String("rule_pack"))
        return rulePacks().contains(r.rulePack)
                   ? QString()
                   : tr("Choose a rule pack: %1.").arg(rulePacks().join(QStringLiteral(", ")));
    if (field == QLatin1String("preferred_channel"))
        return r.preferredChannel.isEmpty() || channels().contains(r.preferredChannel)
                   ? QString()
                   : tr("Choose a channel: %1, or none.").arg(channels().join(QStringLiteral(", ")));
    if (field == QLatin1String("do_not_contact_reason"))
        return r.doNotContact && r.doNotContactReason.isEmpty()
                   ? tr("Give the reason the customer must not be contacted.")
                   : QString();
    return QString();
}

QMap<QString, QString> CustomerRecordValidator::validate(const CustomerRecord& record)
{
    QMap<QString, QString> problems;
    for (const QString& field : CustomerRecord::fields()) {
        const QString problem = validateField(record, field);
        if (!problem.isEmpty())
            problems.insert(field, problem);
    }
    return problems;
}
