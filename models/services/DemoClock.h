#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <vector>

// Time arithmetic for the demo data: instants are whole seconds since the Unix epoch (UTC),
// dates are days since the epoch. Formats them the way both engines store them and converts
// local wall-clock times of the demo cities to UTC (offsets cached per zone and day, because
// QTimeZone look-ups are far too slow to run per row).
class DemoClock
{
public:
    static constexpr qint64 Day = 86400;

    explicit DemoClock(qint64 referenceSeconds);

    qint64 now() const { return m_now; }
    qint64 today() const { return m_today; }

    // "YYYY-MM-DDTHH:MM:SS.sssZ": SQLite's canonical text, parsed exactly by PostgreSQL's
    // timestamptz input. Bound as text on both engines.
    static QString timestamp(qint64 seconds, int millis = 0);
    // "YYYY-MM-DD"
    static QString date(qint64 day);
    static int yearOf(qint64 day);
    static int monthOf(qint64 day);

    // Registers an IANA zone; returns its index for the calls below.
    int addZone(const QString& ianaId);
    QString zoneId(int zone) const { return m_zoneIds.at(zone); }
    // Offset from UTC in seconds of zone on that day (at noon UTC).
    int offset(int zone, qint64 day);
    // The UTC instant of local wall-clock time secondsOfDay on local date day.
    qint64 localToUtc(int zone, qint64 day, int secondsOfDay) { return day * Day + secondsOfDay - offset(zone, day); }

private:
    struct Zone
    {
        QTimeZone zone;
        std::vector<int> offsets; // by day - m_firstDay; INT_MIN = not computed yet
    };

    qint64 m_now;
    qint64 m_today;
    qint64 m_firstDay;
    std::vector<Zone> m_zones;
    QStringList m_zoneIds;
};
