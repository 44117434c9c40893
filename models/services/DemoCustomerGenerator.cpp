#include "DemoCustomerGenerator.h"

#include "DemoContext.h"
#include "DemoCustomer.h"
#include "DemoRandom.h"

#include <algorithm>

namespace {

using T = DemoTables;
constexpr qint64 Day = DemoClock::Day;

const char* const kHoldNames[DemoCustomer::HoldCount] = {"dispute",    "cease_and_desist", "attorney",
                                                         "bankruptcy", "deceased",         "hardship"};
const char* const kHoldReasons[DemoCustomer::HoldCount][3] = {
    {"Customer disputes the amount invoiced", "Goods or services reported as not received",
     "Customer says the invoice was already paid"},
    {"Written cease-and-desist letter received", "Cease-communication request received by e-mail",
     "Cease-and-desist request forwarded by consumer advocate"},
    {"Represented by counsel - contact the attorney only", "Attorney letter of representation received",
     "Debt counsellor appointed"},
    {"Chapter 7 filing reported", "Insolvency proceedings opened", "Chapter 13 plan filed"},
    {"Notified by next of kin", "Death certificate received", "Estate executor contacted us"},
    {"Job loss reported", "Medical hardship", "Temporary cash-flow problems"}};
const int kHoldPerMille[DemoCustomer::HoldCount] = {30, 8, 8, 5, 3, 20};
const char* const kStatusNames[] = {"pending", "partial", "paid", "overdue", "disputed", "written_off"};
const char* const kOptOutSources[] = {
    "customer_request", "sms_keyword", "email_unsubscribe", "agent", "staff", "legal", "import"};
const char* const kOptOutReasons[] = {"Asked not to be contacted this way", "Replied STOP",
                                      "Clicked the unsubscribe link",       "Asked the AI agent to stop",
                                      "Recorded by staff during a call",    "Instruction from the customer's lawyer",
                                      "Imported from the previous system"};
const char* const kNotes[] = {"Prefers e-mail contact.",
                              "Usually pays by bank transfer, often a week late.",
                              "Key account - escalate to a manager before any final notice.",
                              "Seasonal business; slower payments in Q1.",
                              "Asked for PDF statements.",
                              "Changed accounts payable contact recently.",
                              "Promised to pay at month end."};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QString riskLevel(int score)
{
    return score >= 75   ? QStringLiteral("critical")
           : score >= 50 ? QStringLiteral("high")
           : score >= 25 ? QStringLiteral("medium")
                         : QStringLiteral("low");
}

} // namespace

DemoCustomerGenerator::DemoCustomerGenerator(DemoContext& context) : m_ctx(context), m_activity(context)
{
    for (const DemoWords::City& city : m_ctx.words.cities)
        m_cityZones.push_back(m_ctx.clock.addZone(city.timeZone));
}

QString DemoCustomerGenerator::holdName(int hold)
{
    return QString::fromLatin1(kHoldNames[hold]);
}

QString DemoCustomerGenerator::holdReason(int hold, int reason)
{
    return QString::fromLatin1(kHoldReasons[hold][reason]);
}

QString DemoCustomerGenerator::optOutSourceName(int source)
{
    return QString::fromLatin1(kOptOutSources[source]);
}

void DemoCustomerGenerator::generate(qint64 index, qint64 totalCustomers)
{
    DemoRandom random(m_ctx.seed, quint64(index) + 1);
    DemoCustomer c;
    c.index = index;
    c.id = m_ctx.tables.nextId(T::Customers);
    c.showcase = index == 0;
    buildIdentity(c, random);
    buildHolds(c, random);
    buildInvoices(c, random);
    buildOptOut(c, random);
    m_activity.generate(c, random);
    writeCustomer(c, random);
    writeProfile(c, random);
    writeInvoices(c, random);
    writeOptOut(c);
    if (index % 1000 == 0) {
        const qint64 batch = std::min<qint64>(1000, totalCustomers - index);
        m_ctx.audit.push_back({c.createdAt, c.id, batch, -1, DemoContext::AuditImport, 0});
    }
}

void DemoCustomerGenerator::buildIdentity(DemoCustomer& c, DemoRandom& r)
{
    const DemoWords& w = m_ctx.words;
    c.city = w.pickCity(r);
    const DemoWords::City& city = w.cities.at(c.city);
    c.country = city.country;
    const DemoWords::Country& country = w.countries.at(c.country);
    c.consumer = !country.consumerRulePack.isEmpty() && !c.showcase && r.chance(350);
    c.currency = country.currency;
    c.language = country.language;
    c.rulePack = c.consumer ? country.consumerRulePack : QStringLiteral("b2b");
    c.zone = m_cityZones[size_t(c.city)];

    const QString first = r.pick(w.firstNames);
    const QString last = r.pick(w.lastNames);
    c.contactName = first + QLatin1Char(' ') + last;
    QString domain;
    if (c.consumer) {
        c.companyName = c.contactName;
        static const char* const mailHosts[] = {"mail.example", "inbox.example", "post.example"};
        domain = QString::fromLatin1(mailHosts[r.below(3)]);
    } else {
        const QString suffix = r.pick(country.suffixes);
        QString base;
        switch (r.weighted({45, 25, 30})) {
        case 0:
            base = r.pick(w.brands) + QLatin1Char(' ') + r.pick(w.industries);
            break;
        case 1:
            base = r.pick(w.lastNames) + QStringLiteral(" & ") + r.pick(w.lastNames);
            break;
        default:
            base = r.pick(w.lastNames) + QLatin1Char(' ') + r.pick(w.industries);
            break;
        }
        c.companyName = base + QLatin1Char(' ') + suffix;
        domain = DemoWords::slug(base) + QStringLiteral(".example");
    }
    const QString firstSlug = DemoWords::slug(first, QChar());
    const QString lastSlug = DemoWords::slug(last, QChar());
    if (c.showcase || !r.chance(20)) {
        const int style = r.weighted({75, 10, 15});
        if (c.consumer) {
            c.email = firstSlug + QLatin1Char('.') + lastSlug +
                      (r.chance(600) ? QString::number(10 + r.below(90)) : QString()) + QLatin1Char('@') + domain;
        } else if (style == 2) {
            static const char* const roles[] = {"accounts", "ap", "billing", "finance"};
            QString role = QString::fromLatin1(roles[r.below(4)]);
            if (c.language == QLatin1String("de"))
                role = QStringLiteral("buchhaltung");
            else if (c.language == QLatin1String("fr"))
                role = QStringLiteral("comptabilite");
            c.email = role + QLatin1Char('@') + domain;
        } else {
            c.email = (style == 0 ? firstSlug + QLatin1Char('.') + lastSlug : firstSlug.left(1) + lastSlug) +
                      QLatin1Char('@') + domain;
        }
    }

    // Phone: usually from the address's area; some customers kept a number from elsewhere in the
    // country (then the phone's time zone may differ from the address's).
    int phoneCity = c.city;
    if (r.chance(60)) {
        const int other = int(r.below(quint32(w.cities.size())));
        if (w.cities.at(other).country == c.country)
            phoneCity = other;
    }
    const QStringList& patterns = w.cities.at(phoneCity).phonePatterns;
    const bool mobile = patterns.size() > 1 && (c.consumer || r.chance(300));
    const QString pattern = mobile ? patterns.at(1 + int(r.below(quint32(patterns.size() - 1)))) : patterns.first();
    c.phone = DemoWords::expand(pattern, r);
    c.phoneZone = m_cityZones[size_t(phoneCity)];
    c.createdAt = m_ctx.clock.localToUtc(c.zone, m_ctx.clock.today() - r.range(250, 1100), int(r.range(8, 17)) * 3600) +
                  r.range(0, 3599);
}

void DemoCustomerGenerator::buildHolds(DemoCustomer& c, DemoRandom& r)
{
    if (c.showcase)
        return;
    const qint64 now = m_ctx.clock.now();
    for (int h = 0; h < DemoCustomer::HoldCount; ++h) {
        if (h == DemoCustomer::Deceased && !c.consumer)
            continue;
        if (!r.chance(kHoldPerMille[h]))
            continue;
        c.holdAt[size_t(h)] = now - r.range(Day, 120 * Day);
        c.holdReason[size_t(h)] = int(r.below(3));
        c.holdBy[size_t(h)] = r.chance(700) ? DemoContext::Collector : DemoContext::Manager;
    }
}

void DemoCustomerGenerator::buildInvoices(DemoCustomer& c, DemoRandom& r)
{
    const qint64 today = m_ctx.clock.today();
    const qint64 now = m_ctx.clock.now();
    const int count = int(r.range(1, 5));
    const bool yen = c.currency == QLatin1String("JPY");
    for (int i = 0; i < count; ++i) {
        DemoCustomer::Invoice inv;
        inv.id = m_ctx.tables.nextId(T::PaymentRecords);
        inv.dueDay = today + r.range(-180, 60);
        if (c.showcase && i == 0)
            inv.dueDay = today - 45;
        static const int terms[] = {14, 30, 30, 45, 60};
        inv.issuedDay = std::min(inv.dueDay - (c.consumer ? 30 : terms[r.below(5)]), today - r.range(0, 5));
        inv.number =
            QStringLiteral("INV-%1-%2").arg(DemoClock::yearOf(inv.issuedDay)).arg(inv.id, 7, 10, QLatin1Char('0'));
        // Amount in cents of a dollar-like currency, then to the invoice currency's minor units.
        qint64 cents;
        if (c.consumer) {
            const int bucket = r.weighted({40, 40, 20});
            cents = bucket == 0 ? r.range(4000, 30000) : bucket == 1 ? r.range(30000, 150000) : r.range(150000, 600000);
        } else {
            const int bucket = r.weighted({30, 40, 22, 8});
            cents = bucket == 0   ? r.range(25000, 100000)
                    : bucket == 1 ? r.range(100000, 500000)
                    : bucket == 2 ? r.range(500000, 2000000)
                                  : r.range(2000000, 6000000);
            if (r.chance(300))
                cents = cents / 1000 * 1000; // a round amount
        }
        inv.amount = yen ? cents * 3 / 2 : cents; // ~150 yen to the dollar, yen have no minor unit

        const bool past = inv.dueDay < today;
        if (c.showcase && i == 0) {
            inv.status = DemoCustomer::Overdue;
        } else if (!past) {
            const int roll = r.weighted({75, 10, 15});
            inv.status = roll == 0 ? DemoCustomer::Pending : roll == 1 ? DemoCustomer::Partial : DemoCustomer::Paid;
        } else {
            const int roll = r.weighted({46, 12, 37, 3, 2});
            inv.status = roll == 0   ? DemoCustomer::Paid
                         : roll == 1 ? DemoCustomer::Partial
                         : roll == 2 ? DemoCustomer::Overdue
                         : roll == 3 ? DemoCustomer::Disputed
                                     : DemoCustomer::WrittenOff;
            if (inv.status == DemoCustomer::WrittenOff && inv.dueDay > today - 120)
                inv.status = DemoCustomer::Overdue;
        }
        if (inv.status == DemoCustomer::Paid) {
            // Paid between issue and today, most around the due date.
            const qint64 latest = std::min(today, inv.dueDay + 45);
            const qint64 day = r.range(std::min(inv.issuedDay + 3, latest), latest);
            inv.paidAt = std::min(now - 600, m_ctx.clock.localToUtc(c.zone, day, int(r.range(8 * 3600, 20 * 3600))));
            inv.paid = inv.amount;
        } else if (inv.status == DemoCustomer::Partial || (inv.status == DemoCustomer::WrittenOff && r.chance(300))) {
            inv.paid = inv.amount * r.range(10, 90) / 100;
        }
        c.invoices.push_back(inv);
    }
    // A dispute hold needs a disputed invoice; a disputed invoice without a hold gets one.
    auto disputed = std::find_if(c.invoices.begin(), c.invoices.end(),
                                 [](const auto& inv) { return inv.status == DemoCustomer::Disputed; });
    if (c.holdAt[DemoCustomer::Dispute] > 0 && disputed == c.invoices.end()) {
        disputed = std::find_if(c.invoices.begin(), c.invoices.end(), [today](const auto& inv) {
            return inv.dueDay < today && inv.status == DemoCustomer::Overdue;
        });
        if (disputed != c.invoices.end()) {
            disputed->status = DemoCustomer::Disputed;
            disputed->paid = 0;
        } else {
            c.holdAt[DemoCustomer::Dispute] = 0;
        }
    } else if (disputed != c.invoices.end() && c.holdAt[DemoCustomer::Dispute] == 0) {
        c.holdAt[DemoCustomer::Dispute] = std::max(now - r.range(Day, 60 * Day), disputed->dueDay * Day + Day);
        c.holdReason[DemoCustomer::Dispute] = int(r.below(3));
        c.holdBy[DemoCustomer::Dispute] = DemoContext::Collector;
    }
}

void DemoCustomerGenerator::buildOptOut(DemoCustomer& c, DemoRandom& r)
{
    const qint64 now = m_ctx.clock.now();
    if (c.holdAt[DemoCustomer::CeaseAndDesist] > 0) {
        c.optOutChannel = DemoCustomer::OptOutAll;
        c.optOutSource = 5; // legal
        c.optOutAt = c.holdAt[DemoCustomer::CeaseAndDesist];
        return;
    }
    if (!c.showcase && !r.chance(45))
        return;
    c.optOutChannel = c.showcase ? int(DemoContext::Letter) : r.weighted({30, 35, 20, 5, 10});
    if (c.optOutChannel == 4)
        c.optOutChannel = DemoCustomer::OptOutAll;
    switch (c.optOutChannel) {
    case DemoContext::Sms:
        c.optOutSource = 1;
        break;
    case DemoContext::Email:
        c.optOutSource = 2;
        break;
    case DemoContext::Voice:
        c.optOutSource = r.chance(500) ? 3 : 0;
        break;
    case DemoCustomer::OptOutAll:
        c.optOutSource = r.chance(300) ? 6 : 4;
        break;
    default:
        c.optOutSource = 0;
        break;
    }
    c.optOutAt = now - r.range(Day, 150 * Day);
    if (!c.showcase && r.chance(80)) {
        const qint64 revoked = c.optOutAt + r.range(10 * Day, 40 * Day);
        if (revoked < now)
            c.optOutRevokedAt = revoked;
    }
}

void DemoCustomerGenerator::writeCustomer(const DemoCustomer& c, DemoRandom& r)
{
    const DemoWords& w = m_ctx.words;
    const DemoWords::City& city = w.cities.at(c.city);
    const DemoWords::Country& country = w.countries.at(c.country);
    const DemoWords::StreetStyle& style = w.streetStyle(country.streetStyle);
    const QString name = r.pick(style.names);
    const QString type = style.types.isEmpty() ? QString() : r.pick(style.types);
    QString line1;
    if (country.streetStyle == QLatin1String("de") || country.streetStyle == QLatin1String("nl"))
        line1 = name + type + QLatin1Char(' ') + QString::number(r.range(1, 160));
    else if (country.streetStyle == QLatin1String("fr"))
        line1 = QString::number(r.range(1, 120)) + QLatin1Char(' ') + type + QLatin1Char(' ') + name;
    else if (country.streetStyle == QLatin1String("jp"))
        line1 = QStringLiteral("%1-%2-%3 ").arg(r.range(1, 9)).arg(r.range(1, 20)).arg(r.range(1, 30)) + name;
    else
        line1 = QString::number(r.range(1, country.streetStyle == QLatin1String("uk") ? 250 : 9800)) +
                QLatin1Char(' ') + name + QLatin1Char(' ') + type;
    const QString line2 = r.chance(150) ? DemoWords::expand(r.pick(style.line2), r) : QString();
    const QString notes = r.chance(80) ? QString::fromLatin1(kNotes[r.below(7)]) : QString();
    m_ctx.tables[T::Customers] << c.id << c.companyName << c.contactName << DemoContext::text(c.email) << c.phone
                               << line1 << DemoContext::text(line2) << city.name << city.region
                               << DemoWords::expand(city.postalPattern, r) << country.code << city.timeZone
                               << m_ctx.clock.zoneId(c.phoneZone) << c.language << c.rulePack
                               << DemoContext::text(notes) << DemoContext::timestamp(c.createdAt)
                               << DemoContext::timestamp(c.createdAt + r.range(0, 200) * Day);
}

void DemoCustomerGenerator::writeProfile(const DemoCustomer& c, DemoRandom& r)
{
    // The risk score by the README's formula, over the data just generated.
    const qint64 today = m_ctx.clock.today();
    int overdue = 0;
    qint64 maxDays = 0;
    bool disputed = false;
    for (const auto& inv : c.invoices) {
        if (inv.isOpen() && inv.dueDay < today) {
            ++overdue;
            maxDays = std::max(maxDays, today - inv.dueDay);
        }
        disputed = disputed || inv.status == DemoCustomer::Disputed;
    }
    int score =
        int(std::min(40, 10 * overdue) + std::min<qint64>(30, maxDays / 3) + std::min(10, 5 * c.recentFailedAttempts));
    score += disputed ? 10 : 0;
    score += c.hardBounced ? 10 : 0;
    score = std::min(100, score);

    const bool cease = c.holdAt[DemoCustomer::CeaseAndDesist] > 0;
    const bool deceased = c.holdAt[DemoCustomer::Deceased] > 0;
    const int channel = r.weighted({45, 20, 10, 5, 20});
    auto& row = m_ctx.tables[T::CustomerProfiles];
    const qint64 now = m_ctx.clock.now();
    row << m_ctx.tables.nextId(T::CustomerProfiles) << c.id << riskLevel(score) << score
        << DemoContext::timestamp(now - r.range(60, 6 * 3600)) << m_ctx.boolean(cease || deceased)
        << (cease      ? QVariant(QStringLiteral("Cease-and-desist request"))
            : deceased ? QVariant(QStringLiteral("Deceased - contact the estate only"))
                       : QVariant())
        << (channel < 4 ? QVariant(DemoContext::channelName(channel)) : QVariant());
    for (int h = 0; h < DemoCustomer::HoldCount; ++h) {
        const qint64 at = c.holdAt[size_t(h)];
        row << DemoContext::timestamp(at) << (at > 0 ? QVariant(holdReason(h, c.holdReason[size_t(h)])) : QVariant())
            << (at > 0 ? QVariant(m_ctx.userIds[size_t(c.holdBy[size_t(h)])]) : QVariant());
        if (at > 0)
            m_ctx.audit.push_back({at, m_ctx.tables.lastId(T::CustomerProfiles), c.holdReason[size_t(h)],
                                   qint8(c.holdBy[size_t(h)]), DemoContext::AuditHoldSet, quint8(h)});
    }
    qint64 updated = c.createdAt;
    for (qint64 at : c.holdAt)
        updated = std::max(updated, at);
    row << DemoContext::timestamp(c.createdAt) << DemoContext::timestamp(updated);
}

void DemoCustomerGenerator::writeInvoices(const DemoCustomer& c, DemoRandom& r)
{
    const DemoWords& w = m_ctx.words;
    const qint64 now = m_ctx.clock.now();
    for (const auto& inv : c.invoices) {
        const QString description = (c.consumer ? r.pick(w.consumerDescriptions) : r.pick(w.businessDescriptions)) +
                                    QStringLiteral(" - ") +
                                    QLatin1String(kMonths[DemoClock::monthOf(inv.issuedDay) - 1]) + QLatin1Char(' ') +
                                    QString::number(DemoClock::yearOf(inv.issuedDay));
        const qint64 created = m_ctx.clock.localToUtc(c.zone, inv.issuedDay, int(r.range(8 * 3600, 18 * 3600)));
        qint64 updated = created;
        if (inv.paidAt > 0)
            updated = inv.paidAt;
        else if (inv.status == DemoCustomer::Overdue || inv.status == DemoCustomer::Disputed)
            updated = std::min(now, (inv.dueDay + 1) * Day + r.range(0, 7200));
        else if (inv.status == DemoCustomer::WrittenOff)
            updated = std::min(now, (inv.dueDay + 120) * Day + r.range(0, 86400));
        else if (inv.status == DemoCustomer::Partial)
            updated = std::min(now, created + r.range(Day, 40 * Day));
        if (inv.status == DemoCustomer::Paid)
            m_ctx.collect(inv.paidAt, c.currency, inv.amount);
        else if (inv.paid > 0)
            m_ctx.collect(updated, c.currency, inv.paid);
        if (inv.paid > 0)
            m_ctx.count(inv.paidAt > 0 ? inv.paidAt : updated, DemoContext::PaymentsReceived);
        if (inv.status == DemoCustomer::WrittenOff)
            m_ctx.audit.push_back({updated, inv.id, 0, DemoContext::Manager, DemoContext::AuditWriteOff, 0});
        const QString rulePack = !c.consumer || !r.chance(30) ? QString() : QStringLiteral("b2b");
        m_ctx.tables[T::PaymentRecords] << inv.id << c.id << inv.number << m_ctx.money(inv.amount, c.currency)
                                        << m_ctx.money(inv.paid, c.currency) << c.currency
                                        << DemoContext::date(inv.issuedDay) << DemoContext::date(inv.dueDay)
                                        << DemoContext::timestamp(inv.paidAt)
                                        << QString::fromLatin1(kStatusNames[inv.status]) << DemoContext::text(rulePack)
                                        << description << DemoContext::timestamp(created)
                                        << DemoContext::timestamp(updated);
    }
}

void DemoCustomerGenerator::writeOptOut(const DemoCustomer& c)
{
    if (c.optOutChannel == DemoCustomer::OptOutNone)
        return;
    const qint64 id = m_ctx.tables.nextId(T::OptOuts);
    const bool staff = c.optOutSource == 0 || c.optOutSource == 4 || c.optOutSource == 5;
    const int recorder = c.optOutSource == 5 ? DemoContext::Manager : DemoContext::Collector;
    m_ctx.tables[T::OptOuts] << id << c.id
                             << (c.optOutChannel == DemoCustomer::OptOutAll ? QStringLiteral("all")
                                                                            : DemoContext::channelName(c.optOutChannel))
                             << QString::fromLatin1(kOptOutReasons[c.optOutSource])
                             << QString::fromLatin1(kOptOutSources[c.optOutSource])
                             << (staff ? QVariant(m_ctx.userIds[size_t(recorder)]) : QVariant())
                             << DemoContext::timestamp(c.optOutRevokedAt) << DemoContext::timestamp(c.optOutAt)
                             << DemoContext::timestamp(c.optOutRevokedAt > 0 ? c.optOutRevokedAt : c.optOutAt);
    m_ctx.audit.push_back({c.optOutAt, id, c.optOutSource, qint8(staff ? recorder : -2), DemoContext::AuditOptOut,
                           quint8(c.optOutChannel)});
}
