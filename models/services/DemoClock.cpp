#include "DemoClock.h"

#include <QDateTime>
#include <climits>

namespace {

// Howard Hinnant's civil_from_days: proleptic Gregorian date of a day number.
void civilFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

inline void put(char16_t*& out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

DemoClock::DemoClock(qint64 referenceSeconds)
    : m_now(referenceSeconds), m_today(floorDiv(referenceSeconds, Day)), m_firstDay(m_today - 1500)
{
}

QString DemoClock::timestamp(qint64 seconds, int millis)
{
    const qint64 day = floorDiv(seconds, Day);
    const int secondOfDay = int(seconds - day * Day);
    int y, m, d;
    civilFromDays(day, y, m, d);
    QString text(24, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    put(out, y, 4);
    *out++ = u'-';
    put(out, m, 2);
    *out++ = u'-';
    put(out, d, 2);
    *out++ = u'T';
    put(out, secondOfDay / 3600, 2);
    *out++ = u':';
    put(out, secondOfDay / 60 % 60, 2);
    *out++ = u':';
    put(out, secondOfDay % 60, 2);
    *out++ = u'.';
    put(out, millis, 3);
    *out = u'Z';
    return text;
}

QString DemoClock::date(qint64 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    put(out, y, 4);
    *out++ = u'-';
    put(out, m, 2);
    *out++ = u'-';
    put(out, d, 2);
    return text;
}

int DemoClock::yearOf(qint64 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return y;
}

int DemoClock::monthOf(qint64 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return m;
}

int DemoClock::addZone(const QString& ianaId)
{
    const int existing = int(m_zoneIds.indexOf(ianaId));
    if (existing >= 0)
        return existing;
    Zone zone;
    zone.zone = QTimeZone(ianaId.toUtf8());
    zone.offsets.assign(size_t(m_today + 400 - m_firstDay), INT_MIN);
    m_zones.push_back(std::move(zone));
    m_zoneIds << ianaId;
    return int(m_zones.size()) - 1;
}

int DemoClock::offset(int zoneIndex, qint64 day)
{
    Zone& zone = m_zones[size_t(zoneIndex)];
    const qint64 slot = day - m_firstDay;
    const bool cached = slot >= 0 && slot < qint64(zone.offsets.size());
    if (cached && zone.offsets[size_t(slot)] != INT_MIN)
        return zone.offsets[size_t(slot)];
    int value = 0;
    if (zone.zone.isValid())
        value = zone.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(day * Day + Day / 2, QTimeZone::utc()));
    if (cached)
        zone.offsets[size_t(slot)] = value;
    return value;
}
