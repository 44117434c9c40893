#include "ImportValidator.h"

#include "core/Money.h"
#include "db/Dialect.h"
#include "io/CsvWriter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <cstring>

namespace {

const QRegularExpression& languagePattern()
{
    // BCP 47 as people write it: a 2-3 letter language, optional subtags ("pt-BR", "zh-Hant-TW").
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return re;
}

// E.164 after removing spaces, dots, dashes and brackets (ValueValidator's rule, without building
// a regular expression per value): "+", a digit 1-9, then 6 to 14 more digits.
std::optional<QString> e164(const QString& text)
{
    QString phone;
    phone.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
            c == QLatin1Char(')') || c == QLatin1Char('\t'))
            continue;
        phone += c;
    }
    if (phone.size() < 8 || phone.size() > 16 || phone.at(0) != QLatin1Char('+') || phone.at(1) < QLatin1Char('1') ||
        phone.at(1) > QLatin1Char('9'))
        return std::nullopt;
    for (qsizetype i = 2; i < phone.size(); ++i) {
        if (phone.at(i) < QLatin1Char('0') || phone.at(i) > QLatin1Char('9'))
            return std::nullopt;
    }
    return phone;
}

// ValueValidator's email rule (WHATWG "valid email address") for the common case, without a
// regular expression: ASCII, a local part of letters, digits and .!#$%&'*+/=?^_`{|}~-, an "@",
// then two or more dot-separated labels of letters, digits and inner hyphens (at most 63 each).
// Returns the address in lower case; nullopt means "not sure": ValueValidator decides (and words
// the refusal), so this never accepts what ValueValidator would refuse.
std::optional<QString> plainEmail(const QString& text)
{
    static constexpr char LocalSpecials[] = ".!#$%&'*+/=?^_`{|}~-";
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 1 || at + 1 >= text.size())
        return std::nullopt;
    QString email(text.size(), Qt::Uninitialized);
    QChar* out = email.data();
    auto alnum = [](char16_t c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    for (qsizetype i = 0; i < at; ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if (!alnum(c) && (c >= 0x80 || c == 0 || !std::strchr(LocalSpecials, char(c))))
            return std::nullopt;
        out[i] = QChar(c);
    }
    out[at] = QLatin1Char('@');
    int labels = 0;
    qsizetype labelStart = at + 1;
    for (qsizetype i = at + 1; i <= text.size(); ++i) {
        char16_t c = i < text.size() ? text.at(i).unicode() : u'.';
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if (c == '.') {
            const qsizetype length = i - labelStart;
            if (length < 1 || length > 63 || out[labelStart] == QLatin1Char('-') || out[i - 1] == QLatin1Char('-'))
                return std::nullopt;
            ++labels;
            labelStart = i + 1;
            if (i < text.size())
                out[i] = QLatin1Char('.');
            continue;
        }
        if (!alnum(c) && c != '-')
            return std::nullopt;
        out[i] = QChar(c);
    }
    if (labels < 2)
        return std::nullopt;
    return email;
}

} // namespace

ImportValidator::ImportValidator(const ImportTarget& target, const Dialect& dialect, const QStringList& header,
                                 const QStringList& mapping)
    : m_target(&target), m_dialect(&dialect), m_values(dialect), m_header(header)
{
    const QList<ImportField>& fields = target.fields();
    m_columnOf.fill(-1, fields.size());
    for (int column = 0; column < mapping.size(); ++column) {
        const int index = target.indexOf(mapping.at(column));
        if (index >= 0)
            m_columnOf[index] = column;
    }
    m_currencyField = target.indexOf(QStringLiteral("currency"));
    const QString defaultCurrency = m_currencyField >= 0 ? fields.at(m_currencyField).defaultText : QString();
    for (const ImportField& field : fields) {
        QVariant value;
        if (!field.defaultText.isEmpty()) {
            QString reason;
            value = convert(field, field.defaultText, defaultCurrency, &reason).value_or(QVariant());
        }
        m_defaults << value;
    }
}

QString ImportValidator::undoFormulaNeutralization(const QString& cell)
{
    if (cell.size() > 1 && cell.at(0) == QLatin1Char('\'') && CsvWriter::looksLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString ImportValidator::columnName(int fieldIndex) const
{
    const int column = columnOf(fieldIndex);
    if (column >= 0 && column < m_header.size() && !m_header.at(column).trimmed().isEmpty())
        return m_header.at(column).trimmed();
    return m_target->fields().at(fieldIndex).translatedLabel();
}

bool ImportValidator::isCountry(const QString& code) const
{
    const auto found = m_countries.constFind(code);
    if (found != m_countries.constEnd())
        return found.value();
    const bool known = QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
    m_countries.insert(code, known); // at most 26 * 26 entries
    return known;
}

bool ImportValidator::isTimeZone(const QString& id) const
{
    const auto found = m_timeZones.constFind(id);
    if (found != m_timeZones.constEnd())
        return found.value();
    const bool known = QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
    if (m_timeZones.size() < 10000)
        m_timeZones.insert(id, known);
    return known;
}

std::optional<QVariant> ImportValidator::convert(const ImportField& field, const QString& cell, const QString& currency,
                                                 QString* reason) const
{
    const QString text = undoFormulaNeutralization(cell).trimmed();
    if (text.isEmpty()) {
        if (field.required) {
            *reason = tr("a value is required");
            return std::nullopt;
        }
        return QVariant();
    }
    if (field.maxLength > 0 && text.size() > field.maxLength) {
        *reason = tr("the value is %1 characters long; at most %2 are allowed").arg(text.size()).arg(field.maxLength);
        return std::nullopt;
    }
    if (field.name == QLatin1String("country_code")) {
        const QString code = text.toUpper();
        const bool letters = code.size() == 2 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z') &&
                             code.at(1) >= QLatin1Char('A') && code.at(1) <= QLatin1Char('Z');
        if (!letters || !isCountry(code)) {
            *reason = tr("\"%1\" is not an ISO 3166 country code (two letters, such as DE or US)").arg(text);
            return std::nullopt;
        }
        return code;
    }
    if (field.name == QLatin1String("preferred_language")) {
        QString tag = text;
        tag.replace(QLatin1Char('_'), QLatin1Char('-'));
        const qsizetype dash = tag.indexOf(QLatin1Char('-'));
        tag = dash < 0 ? tag.toLower() : tag.left(dash).toLower() + tag.mid(dash);
        if (!languagePattern().match(tag).hasMatch()) {
            *reason = tr("\"%1\" is not a language code (such as en, de or pt-BR)").arg(text);
            return std::nullopt;
        }
        return tag;
    }
    switch (field.column.type) {
    case ColumnType::Text:
        return text;
    case ColumnType::Phone:
        if (const auto phone = e164(text))
            return *phone;
        break; // ValueValidator words the refusal
    case ColumnType::Email:
        if (const auto email = plainEmail(text))
            return *email;
        break; // ValueValidator decides
    case ColumnType::TimeZone:
        if (!isTimeZone(text)) {
            *reason = tr("\"%1\" is not a known time zone (use an IANA name such as Europe/Berlin)").arg(text);
            return std::nullopt;
        }
        return text;
    case ColumnType::Enum: {
        const QString lower = text.toLower();
        if (!field.column.enumValues.contains(lower)) {
            *reason = tr("\"%1\" is not one of: %2").arg(text, field.column.enumValues.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return lower;
    }
    case ColumnType::Money: {
        const auto money = Money::parse(text, currency);
        if (money && money->minorUnits() < 0) {
            *reason = tr("%1 is negative; amounts must be 0 or more").arg(text);
            return std::nullopt;
        }
        break;
    }
    case ColumnType::ForeignKey: {
        bool ok = false;
        const qlonglong id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            *reason = tr("\"%1\" is not an id (a whole number above 0)").arg(text);
            return std::nullopt;
        }
        return id;
    }
    default:
        break;
    }
    QString why;
    const auto stored = m_values.toStored(field.column, text, currency, field.required, &why);
    if (!stored) {
        *reason = why;
        return std::nullopt;
    }
    return *stored;
}

ImportRow ImportValidator::validate(const CsvParser::Record& record) const
{
    ImportRow row;
    row.line = record.line;
    row.raw = record.raw;
    if (!record.isValid()) {
        row.fail(record.error);
        return row;
    }
    row.fields = record.fields;
    if (record.fields.size() != m_header.size()) {
        row.fail(tr("Line %1 has %n field(s) but the header has %2; a delimiter or a quote is probably missing.",
                    nullptr, int(record.fields.size()))
                     .arg(record.line)
                     .arg(m_header.size()));
        return row;
    }

    const QList<ImportField>& fields = m_target->fields();
    QStringList problems;
    auto cellOf = [&](int fieldIndex) {
        const int column = columnOf(fieldIndex);
        return column >= 0 ? record.fields.at(column) : QString();
    };
    auto problem = [&](int fieldIndex, const QString& reason) {
        problems << tr("column %1: %2").arg(columnName(fieldIndex), reason);
    };

    // The currency first: the amounts are read in it.
    QString currency = m_currencyField >= 0 ? fields.at(m_currencyField).defaultText : QString();
    row.values.reserve(fields.size());
    for (int i = 0; i < fields.size(); ++i)
        row.values << QVariant();
    if (m_currencyField >= 0 && isMapped(m_currencyField)) {
        QString reason;
        const auto value = convert(fields.at(m_currencyField), cellOf(m_currencyField), currency, &reason);
        if (!value)
            problem(m_currencyField, reason);
        else if (!value->isNull())
            currency = value->toString();
        if (value)
            row.values[m_currencyField] = *value;
    }
    for (int i = 0; i < fields.size(); ++i) {
        if (i == m_currencyField)
            continue;
        const ImportField& field = fields.at(i);
        if (!isMapped(i))
            continue;
        QString reason;
        const auto value = convert(field, cellOf(i), currency, &reason);
        if (!value) {
            // An amount is only meaningful in a valid currency: say so once, under the currency.
            if (!(field.column.type == ColumnType::Money && !Money::isValidCurrency(currency)))
                problem(i, reason);
            continue;
        }
        row.values[i] = *value;
    }

    if (m_target->kind() == ImportTarget::Kind::PaymentRecords && problems.isEmpty()) {
        const int idField = m_target->indexOf(ImportTarget::customerIdField());
        const int emailField = m_target->indexOf(ImportTarget::customerEmailField());
        if (row.values.at(idField).isNull()) {
            if (row.values.at(emailField).isNull())
                problems << tr("no customer: fill in %1 or %2")
                                .arg(fields.at(idField).translatedLabel(), fields.at(emailField).translatedLabel());
            else
                row.customerEmail = row.values.at(emailField).toString();
        }
    }
    if (!problems.isEmpty()) {
        row.fail(tr("Line %1, %2").arg(record.line).arg(problems.join(QStringLiteral("; "))));
        return row;
    }
    const int keyIndex = m_target->indexOf(m_target->keyField());
    if (keyIndex >= 0 && !row.values.at(keyIndex).isNull())
        row.key = row.values.at(keyIndex).toString();
    return row;
}
