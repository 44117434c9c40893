#include "DemoWords.h"

#include "DemoRandom.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace {

// The non-empty lines of :/demo/<name> without '#' comments (only when '#' starts the line).
bool readLines(const QString& name, QStringList* lines, QString* error, bool keepBlank = false)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DemoWords::tr("The demo word list %1 is missing from this build.").arg(name);
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed().isEmpty() && !keepBlank)
            continue;
        lines->append(line);
    }
    return true;
}

bool fields(const QString& file, const QString& line, int count, QStringList* out, QString* error)
{
    *out = line.split(QLatin1Char('|'));
    if (out->size() != count) {
        *error = DemoWords::tr("Malformed line in the demo list %1: %2").arg(file, line);
        return false;
    }
    return true;
}

} // namespace

bool DemoWords::load(QString* error)
{
    QStringList lines;
    if (!readLines(QStringLiteral("first_names.txt"), &firstNames, error) ||
        !readLines(QStringLiteral("last_names.txt"), &lastNames, error))
        return false;

    QStringList parts;
    if (!readLines(QStringLiteral("company_words.txt"), &lines, error))
        return false;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("company_words.txt"), line, 2, &parts, error))
            return false;
        (parts[0] == QLatin1String("brand") ? brands : industries) << parts[1];
    }

    lines.clear();
    if (!readLines(QStringLiteral("countries.txt"), &lines, error))
        return false;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("countries.txt"), line, 6, &parts, error))
            return false;
        countries.append({parts[0], parts[1], parts[2], parts[3].split(QLatin1Char(',')), parts[4], parts[5]});
    }

    lines.clear();
    if (!readLines(QStringLiteral("cities.txt"), &lines, error))
        return false;
    int cumulative = 0;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("cities.txt"), line, 7, &parts, error))
            return false;
        City city;
        city.name = parts[0];
        city.region = parts[1];
        city.country = -1;
        for (int i = 0; i < countries.size(); ++i) {
            if (countries.at(i).code == parts[2])
                city.country = i;
        }
        city.timeZone = parts[3];
        city.weight = std::max(1, parts[4].toInt());
        city.phonePatterns = parts[5].split(QLatin1Char(','));
        city.postalPattern = parts[6];
        if (city.country < 0) {
            *error = tr("The demo city %1 names an unknown country %2.").arg(city.name, parts[2]);
            return false;
        }
        cumulative += city.weight;
        m_cityWeights.push_back(cumulative);
        cities.append(city);
    }

    lines.clear();
    if (!readLines(QStringLiteral("streets.txt"), &lines, error))
        return false;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("streets.txt"), line, 3, &parts, error))
            return false;
        StreetStyle& style = m_streets[parts[0]];
        if (parts[1] == QLatin1String("name"))
            style.names << parts[2];
        else if (parts[1] == QLatin1String("type"))
            style.types << parts[2];
        else
            style.line2 << parts[2];
    }
    for (const Country& country : std::as_const(countries)) {
        const auto style = m_streets.constFind(country.streetStyle);
        if (style == m_streets.cend() || style->names.isEmpty() || style->line2.isEmpty()) {
            *error = tr("The demo street list has no complete style %1.").arg(country.streetStyle);
            return false;
        }
    }

    lines.clear();
    if (!readLines(QStringLiteral("invoice_descriptions.txt"), &lines, error))
        return false;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("invoice_descriptions.txt"), line, 2, &parts, error))
            return false;
        (parts[0] == QLatin1String("consumer") ? consumerDescriptions : businessDescriptions) << parts[1];
    }

    lines.clear();
    if (!readLines(QStringLiteral("templates.txt"), &lines, error, true))
        return false;
    static const QRegularExpression variable(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    for (const QString& line : std::as_const(lines)) {
        if (line.startsWith(QLatin1String("=== "))) {
            if (!fields(QStringLiteral("templates.txt"), line.mid(4), 4, &parts, error))
                return false;
            templates.append({parts[0], parts[1], parts[2], parts[3], QString(), QString(), {}});
        } else if (!templates.isEmpty()) {
            Template& current = templates.last();
            if (current.content.isEmpty() && current.subject.isEmpty() && line.startsWith(QLatin1String("subject: ")))
                current.subject = line.mid(9);
            else
                current.content += (current.content.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
    }
    for (Template& t : templates) {
        t.content = t.content.trimmed();
        auto it = variable.globalMatch(t.subject + QLatin1Char('\n') + t.content);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!t.variables.contains(name))
                t.variables << name;
        }
    }

    lines.clear();
    if (!readLines(QStringLiteral("compliance_rules.txt"), &lines, error))
        return false;
    for (const QString& line : std::as_const(lines)) {
        if (!fields(QStringLiteral("compliance_rules.txt"), line, 7, &parts, error))
            return false;
        rules.append({parts[0], parts[1], parts[2], parts[3], parts[4].toInt(), parts[5], parts[6]});
    }

    if (firstNames.isEmpty() || lastNames.isEmpty() || brands.isEmpty() || industries.isEmpty() || cities.isEmpty() ||
        businessDescriptions.isEmpty() || consumerDescriptions.isEmpty() || templates.isEmpty() || rules.isEmpty()) {
        *error = tr("A demo word list is empty.");
        return false;
    }
    return true;
}

int DemoWords::pickCity(DemoRandom& random) const
{
    const int roll = int(random.below(quint32(m_cityWeights.back())));
    const auto found = std::upper_bound(m_cityWeights.begin(), m_cityWeights.end(), roll);
    return int(found - m_cityWeights.begin());
}

QString DemoWords::expand(const QString& pattern, DemoRandom& random)
{
    QString result = pattern;
    for (QChar& c : result) {
        if (c == QLatin1Char('#'))
            c = QChar(u'0' + char16_t(random.below(10)));
        else if (c == QLatin1Char('@'))
            c = QChar(u'A' + char16_t(random.below(26)));
    }
    return result;
}

QString DemoWords::slug(const QString& text, QChar separator)
{
    QString result;
    result.reserve(text.size() + 4);
    bool pendingSeparator = false;
    for (const QChar c : text) {
        QString piece;
        switch (c.unicode()) {
        case u'ä':
        case u'Ä':
            piece = QStringLiteral("ae");
            break;
        case u'ö':
        case u'Ö':
            piece = QStringLiteral("oe");
            break;
        case u'ü':
        case u'Ü':
            piece = QStringLiteral("ue");
            break;
        case u'ß':
            piece = QStringLiteral("ss");
            break;
        case u'é':
        case u'è':
        case u'ê':
        case u'É':
            piece = QStringLiteral("e");
            break;
        case u'à':
        case u'â':
            piece = QStringLiteral("a");
            break;
        case u'ç':
            piece = QStringLiteral("c");
            break;
        case u'\'':
            continue; // O'Brien -> obrien
        default:
            if (c.isLetterOrNumber() && c.unicode() < 128)
                piece = c.toLower();
            break;
        }
        if (piece.isEmpty()) {
            pendingSeparator = !result.isEmpty();
            continue;
        }
        if (pendingSeparator && !separator.isNull())
            result += separator;
        pendingSeparator = false;
        result += piece;
    }
    return result;
}
