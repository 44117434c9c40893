#pragma once

#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

class DemoRandom;

// The word lists behind the demo data, read from the files compiled in under :/demo/
// (resources/demo/*.txt): names, company words, countries, cities with their time zones and
// phone/postal patterns, street names, invoice descriptions, message templates and the
// compliance rule packs. Loaded once per seeding run; read-only afterwards.
class DemoWords
{
    Q_DECLARE_TR_FUNCTIONS(DemoWords)

public:
    struct Country
    {
        QString code;
        QString currency;
        QString language;
        QStringList suffixes;
        QString streetStyle;
        QString consumerRulePack; // empty: only business customers
    };
    struct City
    {
        QString name;
        QString region;
        int country = 0;
        QString timeZone;
        int weight = 1;
        QStringList phonePatterns; // first landline, then mobiles
        QString postalPattern;
    };
    struct StreetStyle
    {
        QStringList names;
        QStringList types;
        QStringList line2;
    };
    struct Template
    {
        QString channel;
        QString type;
        QString language;
        QString name;
        QString subject;
        QString content;
        QStringList variables; // in order of first appearance
    };
    struct Rule
    {
        QString name;
        QString rulePack;
        QString ruleType;
        QString action;
        int priority = 100;
        QString description;
        QString condition;
    };

    // Reads every list; false and *error when a resource is missing or malformed.
    bool load(QString* error);

    int pickCity(DemoRandom& random) const;
    const StreetStyle& streetStyle(const QString& style) const { return m_streets.find(style).value(); }

    // '#' becomes a random digit, '@' a random capital letter; other characters stay.
    static QString expand(const QString& pattern, DemoRandom& random);
    // Lower-case ASCII for e-mail addresses and domains: "Müller & Co." -> "mueller-co".
    static QString slug(const QString& text, QChar separator = QLatin1Char('-'));

    QStringList firstNames;
    QStringList lastNames;
    QStringList brands;
    QStringList industries;
    QList<Country> countries;
    QList<City> cities;
    QStringList businessDescriptions;
    QStringList consumerDescriptions;
    QList<Template> templates;
    QList<Rule> rules;

private:
    QHash<QString, StreetStyle> m_streets;
    std::vector<int> m_cityWeights; // cumulative
};
