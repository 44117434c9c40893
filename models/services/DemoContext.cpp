#include "DemoContext.h"

#include "db/Database.h"

#include <QCryptographicHash>

DemoContext::DemoContext(const Database& database, DemoTables& tables, const DemoWords& words, qint64 referenceSeconds,
                         quint64 seed)
    : dialect(database.dialect()), tables(tables), words(words), clock(referenceSeconds), seed(seed),
      m_firstDay(clock.today() - 1200)
{
    m_counters.resize(size_t(clock.today() - m_firstDay + 2), {});
}

QString DemoContext::channelName(int channel)
{
    static const char* const names[] = {"email", "sms", "voice", "letter", "orchestrator"};
    return QString::fromLatin1(names[channel]);
}

QString DemoContext::roleName(int role)
{
    static const char* const names[] = {"admin", "manager", "collector", "auditor"};
    return QString::fromLatin1(names[role]);
}

qint64 DemoContext::templateId(const QString& channel, const QString& type, const QString& language) const
{
    const qint64 localised = templateIds.value(channel + QLatin1Char('|') + type + QLatin1Char('|') + language);
    if (localised > 0)
        return localised;
    return templateIds.value(channel + QLatin1Char('|') + type + QLatin1String("|en"));
}

quint64 DemoContext::hash64(const QString& text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

void DemoContext::count(qint64 seconds, Counter counter, qint64 amount)
{
    const qint64 slot = seconds / DemoClock::Day - m_firstDay;
    if (slot >= 0 && slot < qint64(m_counters.size()))
        m_counters[size_t(slot)][counter] += amount;
}

qint64 DemoContext::counter(qint64 day, Counter counter) const
{
    const qint64 slot = day - m_firstDay;
    return slot >= 0 && slot < qint64(m_counters.size()) ? m_counters[size_t(slot)][counter] : 0;
}

void DemoContext::collect(qint64 seconds, const QString& currency, qint64 minorUnits)
{
    std::vector<qint64>& days = collectedByCurrency[currency];
    if (days.empty())
        days.resize(m_counters.size(), 0);
    const qint64 slot = seconds / DemoClock::Day - m_firstDay;
    if (slot >= 0 && slot < qint64(days.size()))
        days[size_t(slot)] += minorUnits;
}

QVariant DemoContext::boolean(bool value) const
{
    return dialect.boolToSql(value);
}

QVariant DemoContext::money(qint64 minorUnits, const QString& currency) const
{
    return dialect.moneyToSql(Money(minorUnits, currency));
}

QVariant DemoContext::micros(qint64 millionths) const
{
    if (dialect.isSqlite())
        return QVariant::fromValue<qlonglong>(millionths);
    return decimal(millionths, 6);
}

QVariant DemoContext::decimal(qint64 scaled, int decimals) const
{
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    if (dialect.isSqlite())
        return double(scaled) / double(divisor);
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    QString text = QString::number(magnitude / divisor);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % divisor).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}
