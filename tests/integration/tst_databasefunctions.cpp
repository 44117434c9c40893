#include "TestDatabase.h"
#include "core/Money.h"
#include "services/DatabaseFunctions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

// The spec's database functions give the same answers on SQLite (C++/SQL in DatabaseFunctions)
// and PostgreSQL (the PL/pgSQL functions): every test runs once per engine with the same
// fixtures and the same expected values. Dates are relative to the current UTC date.

// Declares `const qint64 var` from a fixture helper and fails the test (with the SQL error)
// when the insert did not work.
#define FIXTURE(var, expr)                                                                                             \
    const qint64 var = (expr);                                                                                         \
    QVERIFY2(var > 0, qPrintable(m_lastError))

#define EXEC(sql, ...) QVERIFY2(exec(sql, __VA_ARGS__), qPrintable(m_lastError))

using Values = QList<QPair<QString, QVariant>>;

// Readable QCOMPARE failures for the optional results.
namespace QTest {
template <> char* toString(const std::optional<int>& value)
{
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}
template <> char* toString(const std::optional<bool>& value)
{
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}
} // namespace QTest

class TestDatabaseFunctions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_lastError;
    int m_counter = 0;

    QSqlDatabase db() const { return m_db->database().connection(); }
    const Dialect& dialect() const { return m_db->database().dialect(); }
    static QDateTime nowUtc() { return QDateTime::currentDateTimeUtc(); }
    static QDate todayUtc() { return QDateTime::currentDateTimeUtc().date(); }
    static QDateTime atUtc(const QDate& date, int h, int m, int s, int ms = 0)
    {
        return QDateTime(date, QTime(h, m, s, ms), QTimeZone::utc());
    }
    QString unique(const QString& prefix) { return prefix + QString::number(++m_counter); }
    QVariant ts(const QDateTime& time) const { return dialect().timestampToSql(time); }
    QVariant date(const QDate& day) const { return dialect().dateToSql(day); }
    QVariant boolean(bool value) const { return dialect().boolToSql(value); }

    // INSERT ... RETURNING id. A QJsonObject/QJsonArray value is bound through the dialect's JSON
    // placeholder. Returns 0 and sets m_lastError on failure.
    qint64 insertRow(const QString& table, const Values& values)
    {
        QStringList columns;
        QStringList placeholders;
        QVariantList params;
        for (const auto& [column, value] : values) {
            columns << column;
            const int type = value.metaType().id();
            if (type == QMetaType::QJsonObject || type == QMetaType::QJsonArray) {
                placeholders << dialect().jsonParameter();
                const QJsonDocument doc = type == QMetaType::QJsonObject ? QJsonDocument(value.toJsonObject())
                                                                         : QJsonDocument(value.toJsonArray());
                params << QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
            } else {
                placeholders << QStringLiteral("?");
                params << value;
            }
        }
        QSqlQuery query(db());
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
        if (!query.prepare(sql)) {
            m_lastError = table + QStringLiteral(": ") + query.lastError().text();
            return 0;
        }
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec() || !query.next()) {
            m_lastError = table + QStringLiteral(": ") + query.lastError().text();
            return 0;
        }
        return query.value(0).toLongLong();
    }

    bool exec(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db());
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            return false;
        }
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return true;
    }

    QVariant value(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }

    int count(const QString& table) { return value(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt(); }

    // ---- fixtures -----------------------------------------------------------------------------

    qint64 addUser(const QString& role = QStringLiteral("collector"))
    {
        return insertRow(QStringLiteral("users"),
                         {{QStringLiteral("email"), unique(QStringLiteral("user")) + QStringLiteral("@example.com")},
                          {QStringLiteral("password_hash"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$x$y")},
                          {QStringLiteral("role"), role}});
    }
    qint64 addCustomer(const QString& email = {})
    {
        return insertRow(
            QStringLiteral("customers"),
            {{QStringLiteral("company_name"), unique(QStringLiteral("Debtor Ltd "))},
             {QStringLiteral("email"), email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : email}});
    }
    qint64 addProfile(qint64 customerId, bool doNotContact)
    {
        return insertRow(
            QStringLiteral("customer_profiles"),
            {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("do_not_contact"), boolean(doNotContact)}});
    }
    qint64 addOptOut(qint64 customerId, const QString& channel, const QDateTime& revokedAt = {})
    {
        return insertRow(QStringLiteral("opt_outs"), {{QStringLiteral("customer_id"), customerId},
                                                      {QStringLiteral("channel"), channel},
                                                      {QStringLiteral("source"), QStringLiteral("customer_request")},
                                                      {QStringLiteral("revoked_at"), ts(revokedAt)}});
    }
    qint64 addInvoice(qint64 customerId, const QString& status, const QDate& dueDate)
    {
        return insertRow(QStringLiteral("payment_records"),
                         {{QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("invoice_number"), unique(QStringLiteral("INV-"))},
                          {QStringLiteral("amount"), dialect().moneyToSql(Money(125050, QStringLiteral("USD")))},
                          {QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("issued_date"), date(dueDate.addDays(-30))},
                          {QStringLiteral("due_date"), date(dueDate)},
                          {QStringLiteral("status"), status}});
    }
    qint64 addBounce(const QString& email, const QString& type)
    {
        return insertRow(QStringLiteral("email_bounces"), {{QStringLiteral("email_address"), email},
                                                           {QStringLiteral("bounce_type"), type},
                                                           {QStringLiteral("bounced_at"), ts(nowUtc().addDays(-2))}});
    }
    qint64 addContactAttempt(qint64 customerId, const QString& status, const QDateTime& attemptedAt)
    {
        return insertRow(QStringLiteral("contact_attempts"), {{QStringLiteral("customer_id"), customerId},
                                                              {QStringLiteral("channel"), QStringLiteral("voice")},
                                                              {QStringLiteral("status"), status},
                                                              {QStringLiteral("attempted_at"), ts(attemptedAt)}});
    }
    qint64 addPermission(const QString& role, const QString& resource, const QString& action)
    {
        return insertRow(QStringLiteral("role_permissions"), {{QStringLiteral("role"), role},
                                                              {QStringLiteral("resource"), resource},
                                                              {QStringLiteral("action"), action}});
    }
    qint64 addSession(qint64 userId, const QString& token, const QDateTime& expiresAt)
    {
        return insertRow(QStringLiteral("user_sessions"), {{QStringLiteral("user_id"), userId},
                                                           {QStringLiteral("session_token"), token},
                                                           {QStringLiteral("expires_at"), ts(expiresAt)}});
    }
    qint64 addCacheEntry(const QString& key, const QDateTime& expiresAt)
    {
        return insertRow(QStringLiteral("llm_cache"), {{QStringLiteral("cache_key"), key},
                                                       {QStringLiteral("provider"), QStringLiteral("openai")},
                                                       {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                                                       {QStringLiteral("prompt_hash"), QStringLiteral("ab12")},
                                                       {QStringLiteral("response_text"), QStringLiteral("Hello")},
                                                       {QStringLiteral("expires_at"), ts(expiresAt)}});
    }
    qint64 addSuppression(const QString& email, const QDateTime& expiresAt = {})
    {
        return insertRow(QStringLiteral("email_suppressions"),
                         {{QStringLiteral("email_address"), email},
                          {QStringLiteral("reason"), QStringLiteral("hard_bounce")},
                          {QStringLiteral("expires_at"), ts(expiresAt)}});
    }
    qint64 addCampaign(qint64 customerId)
    {
        return insertRow(QStringLiteral("campaigns"), {{QStringLiteral("name"), unique(QStringLiteral("Campaign "))},
                                                       {QStringLiteral("customer_id"), customerId},
                                                       {QStringLiteral("status"), QStringLiteral("active")},
                                                       {QStringLiteral("escalation_steps"), QJsonArray()}});
    }
    // A delivery sent at sentAt (invalid = not sent); the other timeline stamps follow it.
    qint64 addDelivery(qint64 campaignId, const QString& status, const QDateTime& sentAt, bool delivered = false,
                       bool opened = false, bool clicked = false)
    {
        const bool bounced = status == QLatin1String("soft_bounce") || status == QLatin1String("hard_bounce");
        return insertRow(
            QStringLiteral("email_deliveries"),
            {{QStringLiteral("campaign_id"), campaignId},
             {QStringLiteral("message_id"), unique(QStringLiteral("<msg-")) + QStringLiteral("@mail.example>")},
             {QStringLiteral("to_address"), QStringLiteral("debtor@example.com")},
             {QStringLiteral("status"), status},
             {QStringLiteral("sent_at"), ts(sentAt)},
             {QStringLiteral("delivered_at"), ts(delivered ? sentAt.addSecs(5) : QDateTime())},
             {QStringLiteral("opened_at"), ts(opened ? sentAt.addSecs(600) : QDateTime())},
             {QStringLiteral("clicked_at"), ts(clicked ? sentAt.addSecs(700) : QDateTime())},
             {QStringLiteral("bounced_at"), ts(bounced ? sentAt.addSecs(3) : QDateTime())}});
    }

    struct Stats
    {
        int sent = -1, delivered = -1, opened = -1, clicked = -1, bounced = -1, complained = -1;
        int openRate = -1, clickRate = -1, bounceRate = -1; // in ten-thousandths
        int rows = 0;
    };
    Stats readStats(qint64 campaignId, const QDate& day)
    {
        Stats stats;
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT sent_count, delivered_count, opened_count, clicked_count, bounced_count, "
                                     "complained_count, open_rate, click_rate, bounce_rate FROM campaign_email_stats "
                                     "WHERE campaign_id = ? AND stat_date = ?"));
        query.addBindValue(campaignId);
        query.addBindValue(date(day));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return stats;
        }
        while (query.next()) {
            ++stats.rows;
            stats.sent = query.value(0).toInt();
            stats.delivered = query.value(1).toInt();
            stats.opened = query.value(2).toInt();
            stats.clicked = query.value(3).toInt();
            stats.bounced = query.value(4).toInt();
            stats.complained = query.value(5).toInt();
            stats.openRate = qRound(query.value(6).toDouble() * 10000);
            stats.clickRate = qRound(query.value(7).toDouble() * 10000);
            stats.bounceRate = qRound(query.value(8).toDouble() * 10000);
        }
        return stats;
    }

    std::optional<int> riskScore(qint64 customerId)
    {
        return DatabaseFunctions(m_db->database()).calculateCustomerRiskScore(customerId, &m_lastError);
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        m_lastError.clear();
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        // These cases prove the function against their own fixture rows, not migration 0002's policy.
        QSqlQuery clear(m_db->database().connection());
        QVERIFY2(clear.exec(QStringLiteral("DELETE FROM role_permissions")), qPrintable(clear.lastError().text()));
    }
    void cleanup() { m_db.reset(); }

    // ---- check_opt_out_status ------------------------------------------------------------------

    void customerWithoutOptOutsMayBeContacted()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(profile, addProfile(customer, false));
        DatabaseFunctions fn(m_db->database());
        for (const QString channel : {"email", "sms", "voice", "letter", "all"}) {
            QString error;
            const auto blocked = fn.checkOptOutStatus(customer, channel, &error);
            QVERIFY2(blocked.has_value(), qPrintable(error));
            QVERIFY2(!*blocked, qPrintable(channel));
        }
    }

    void optOutForChannelBlocksThatChannel()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(optOut, addOptOut(customer, QStringLiteral("sms")));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("sms")), std::optional<bool>(true));
    }

    void optOutForOneChannelLeavesOtherChannelsOpen()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(other, addCustomer());
        FIXTURE(optOut, addOptOut(customer, QStringLiteral("sms")));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("email")), std::optional<bool>(false));
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("voice")), std::optional<bool>(false));
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("letter")), std::optional<bool>(false));
        // Another customer's opt-out does not leak.
        QCOMPARE(fn.checkOptOutStatus(other, QStringLiteral("sms")), std::optional<bool>(false));
    }

    void optOutForAllChannelsBlocksEveryChannel()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(optOut, addOptOut(customer, QStringLiteral("all")));
        DatabaseFunctions fn(m_db->database());
        for (const QString channel : {"email", "sms", "voice", "letter", "all"})
            QVERIFY2(fn.checkOptOutStatus(customer, channel) == std::optional<bool>(true), qPrintable(channel));
    }

    void revokedOptOutNoLongerBlocks()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(revokedEmail, addOptOut(customer, QStringLiteral("email"), nowUtc().addDays(-1)));
        FIXTURE(revokedAll, addOptOut(customer, QStringLiteral("all"), nowUtc().addSecs(-60)));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("email")), std::optional<bool>(false));
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("sms")), std::optional<bool>(false));
        // Opting out again after a revocation counts.
        FIXTURE(again, addOptOut(customer, QStringLiteral("email")));
        QCOMPARE(fn.checkOptOutStatus(customer, QStringLiteral("email")), std::optional<bool>(true));
    }

    void doNotContactBlocksEveryChannel()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(profile, addProfile(customer, true));
        DatabaseFunctions fn(m_db->database());
        for (const QString channel : {"email", "sms", "voice", "letter"})
            QVERIFY2(fn.checkOptOutStatus(customer, channel) == std::optional<bool>(true), qPrintable(channel));
    }

    void unknownChannelIsAnErrorNotFalse()
    {
        FIXTURE(customer, addCustomer());
        DatabaseFunctions fn(m_db->database());
        for (const QString channel : {"fax", "", "EMAIL", "carrier pigeon"}) {
            QString error;
            QVERIFY2(!fn.checkOptOutStatus(customer, channel, &error).has_value(), qPrintable(channel));
            QVERIFY(!error.isEmpty());
        }
        QString error;
        QVERIFY(!fn.checkOptOutStatus(0, QStringLiteral("email"), &error).has_value());
        QVERIFY(error.contains(QLatin1Char('0')));
    }

    // ---- log_audit_event -----------------------------------------------------------------------

    void auditEventIsWrittenWithJsonReadableBack()
    {
        FIXTURE(user, addUser(QStringLiteral("manager")));
        const QJsonObject oldValues{{QStringLiteral("status"), QStringLiteral("pending")},
                                    {QStringLiteral("amount"), QStringLiteral("1250.50")}};
        const QJsonObject newValues{{QStringLiteral("status"), QStringLiteral("paid")},
                                    {QStringLiteral("note"), QStringLiteral("Zahlung erhalten – danke \"sehr\"")},
                                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 2, true}},
                                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("k"), 1.5}}}};
        DatabaseFunctions fn(m_db->database());
        QString error;
        const auto id = fn.logAuditEvent(user, QStringLiteral("update"), QStringLiteral("payment_records"),
                                         QStringLiteral("42"), oldValues, newValues, QStringLiteral("203.0.113.7"),
                                         QStringLiteral("CollectDesk/0.1"), &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        QVERIFY(*id > 0);

        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT actor_id, actor_type, action, entity_type, entity_id, old_values, new_values, "
                           "ip_address, user_agent, created_at FROM audit_logs WHERE id = ?"));
        query.addBindValue(*id);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), user);
        QCOMPARE(query.value(1).toString(), QStringLiteral("user"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("update"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("payment_records"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("42"));
        QCOMPARE(QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object(), oldValues);
        QCOMPARE(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object(), newValues);
        QCOMPARE(query.value(7).toString(), QStringLiteral("203.0.113.7"));
        QCOMPARE(query.value(8).toString(), QStringLiteral("CollectDesk/0.1"));
        const QDateTime created = dialect().timestampFromSql(query.value(9));
        QVERIFY2(qAbs(created.secsTo(nowUtc())) < 120, qPrintable(created.toString(Qt::ISODateWithMs)));
    }

    void auditEventWithoutActorIsSystemAndEmptyValuesAreNull()
    {
        DatabaseFunctions fn(m_db->database());
        QString error;
        const auto id = fn.logAuditEvent(std::nullopt, QStringLiteral("purge"), QStringLiteral("llm_cache"), {}, {},
                                         QJsonObject{{QStringLiteral("deleted"), 3}}, {}, {}, &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT actor_id IS NULL, actor_type, entity_id IS NULL, old_values IS NULL, "
                           "new_values IS NULL, ip_address IS NULL, user_agent IS NULL FROM audit_logs WHERE id = ?"));
        query.addBindValue(*id);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QVERIFY(query.value(0).toBool());
        QCOMPARE(query.value(1).toString(), QStringLiteral("system"));
        QVERIFY(query.value(2).toBool());
        QVERIFY(query.value(3).toBool());
        QVERIFY(!query.value(4).toBool());
        QVERIFY(query.value(5).toBool());
        QVERIFY(query.value(6).toBool());

        // Ids increase with each event.
        const auto second =
            fn.logAuditEvent(std::nullopt, QStringLiteral("purge"), QStringLiteral("llm_cache"), {}, {}, {});
        QVERIFY(second.has_value());
        QVERIFY(*second > *id);
        QCOMPARE(count(QStringLiteral("audit_logs")), 2);
    }

    void auditLogRejectsUpdateAndDelete()
    {
        DatabaseFunctions fn(m_db->database());
        const auto id = fn.logAuditEvent(std::nullopt, QStringLiteral("login"), QStringLiteral("users"),
                                         QStringLiteral("1"), {}, {});
        QVERIFY(id.has_value());
        QVERIFY(!exec(QStringLiteral("UPDATE audit_logs SET action = 'tampered' WHERE id = ?"), {*id}));
        QVERIFY(!m_lastError.isEmpty());
        QVERIFY(!exec(QStringLiteral("DELETE FROM audit_logs WHERE id = ?"), {*id}));
        QVERIFY(!exec(QStringLiteral("DELETE FROM audit_logs")));
        QCOMPARE(value(QStringLiteral("SELECT action FROM audit_logs WHERE id = ?"), {*id}).toString(),
                 QStringLiteral("login"));
        QCOMPARE(count(QStringLiteral("audit_logs")), 1);
    }

    void auditEventNeedsActionEntityTypeAndAKnownActor()
    {
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY(
            !fn.logAuditEvent(std::nullopt, QStringLiteral("  "), QStringLiteral("users"), {}, {}, {}, {}, {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!fn.logAuditEvent(std::nullopt, QStringLiteral("login"), QString(), {}, {}, {}, {}, {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(
            !fn.logAuditEvent(qint64(0), QStringLiteral("login"), QStringLiteral("users"), {}, {}, {}, {}, {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        // actor_id is a foreign key to users.
        QVERIFY(!fn.logAuditEvent(qint64(987654), QStringLiteral("login"), QStringLiteral("users"), {}, {}, {}, {}, {},
                                  &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(QStringLiteral("audit_logs")), 0);
    }

    // ---- calculate_customer_risk_score ---------------------------------------------------------

    void riskScoreWithoutInvoicesIsZero()
    {
        FIXTURE(customer, addCustomer(QStringLiteral("clean@example.com")));
        const auto score = riskScore(customer);
        QVERIFY2(score.has_value(), qPrintable(m_lastError));
        QCOMPARE(*score, 0);
        QCOMPARE(DatabaseFunctions::riskLevelFor(*score), QStringLiteral("low"));
    }

    void twoInvoicesFortyDaysOverdueScoreThirtyThree()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(a, addInvoice(customer, QStringLiteral("overdue"), todayUtc().addDays(-40)));
        FIXTURE(b, addInvoice(customer, QStringLiteral("pending"), todayUtc().addDays(-40)));
        const auto score = riskScore(customer);
        QVERIFY2(score.has_value(), qPrintable(m_lastError));
        QCOMPARE(*score, 20 + 13);
        QCOMPARE(DatabaseFunctions::riskLevelFor(*score), QStringLiteral("medium"));
    }

    void daysOverdueUseTheOldestInvoiceWithIntegerDivision()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(a, addInvoice(customer, QStringLiteral("partial"), todayUtc().addDays(-1)));  // 1 day: 0 points
        FIXTURE(b, addInvoice(customer, QStringLiteral("overdue"), todayUtc().addDays(-17))); // 17 / 3 = 5
        QCOMPARE(riskScore(customer), std::optional<int>(20 + 5));
    }

    void paidFutureAndDueTodayInvoicesAreNotOverdue()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(paid, addInvoice(customer, QStringLiteral("paid"), todayUtc().addDays(-90)));
        FIXTURE(writtenOff, addInvoice(customer, QStringLiteral("written_off"), todayUtc().addDays(-90)));
        FIXTURE(future, addInvoice(customer, QStringLiteral("pending"), todayUtc().addDays(10)));
        FIXTURE(dueToday, addInvoice(customer, QStringLiteral("overdue"), todayUtc()));
        QCOMPARE(riskScore(customer), std::optional<int>(0));
    }

    void disputedInvoiceAddsTen()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(disputed, addInvoice(customer, QStringLiteral("disputed"), todayUtc().addDays(5)));
        FIXTURE(disputed2, addInvoice(customer, QStringLiteral("disputed"), todayUtc().addDays(-5)));
        QCOMPARE(riskScore(customer), std::optional<int>(10));
    }

    void hardBounceOnTheCustomersEmailInAnotherCaseAddsTen()
    {
        FIXTURE(customer, addCustomer(QStringLiteral("Debtor.One@Example.com")));
        FIXTURE(soft, addBounce(QStringLiteral("debtor.one@example.com"), QStringLiteral("soft")));
        FIXTURE(otherAddress, addBounce(QStringLiteral("someone.else@example.com"), QStringLiteral("hard")));
        QCOMPARE(riskScore(customer), std::optional<int>(0));
        FIXTURE(hard, addBounce(QStringLiteral("DEBTOR.ONE@example.COM"), QStringLiteral("hard")));
        FIXTURE(hardAgain, addBounce(QStringLiteral("debtor.one@example.com"), QStringLiteral("hard")));
        QCOMPARE(riskScore(customer), std::optional<int>(10));
        // A customer without an e-mail address never matches a bounce.
        FIXTURE(noEmail, addCustomer());
        QCOMPARE(riskScore(noEmail), std::optional<int>(0));
    }

    void failedContactAttemptsInTheLastThirtyDaysAddFiveEachUpToTen()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(old, addContactAttempt(customer, QStringLiteral("failed"), nowUtc().addDays(-31)));
        FIXTURE(answered, addContactAttempt(customer, QStringLiteral("answered"), nowUtc().addDays(-1)));
        QCOMPARE(riskScore(customer), std::optional<int>(0));
        FIXTURE(first, addContactAttempt(customer, QStringLiteral("failed"), nowUtc().addDays(-29)));
        QCOMPARE(riskScore(customer), std::optional<int>(5));
        FIXTURE(second, addContactAttempt(customer, QStringLiteral("failed"), nowUtc().addSecs(-3600)));
        FIXTURE(third, addContactAttempt(customer, QStringLiteral("failed"), nowUtc().addSecs(-60)));
        QCOMPARE(riskScore(customer), std::optional<int>(10));
    }

    void everyFactorTogetherIsCappedAtHundred()
    {
        FIXTURE(customer, addCustomer(QStringLiteral("worst@example.com")));
        for (int i = 0; i < 6; ++i) {
            FIXTURE(invoice, addInvoice(customer, QStringLiteral("overdue"), todayUtc().addDays(-200 - i)));
        }
        QCOMPARE(riskScore(customer), std::optional<int>(40 + 30)); // both caps
        FIXTURE(disputed, addInvoice(customer, QStringLiteral("disputed"), todayUtc()));
        FIXTURE(bounce, addBounce(QStringLiteral("WORST@example.com"), QStringLiteral("hard")));
        QCOMPARE(riskScore(customer), std::optional<int>(90));
        QCOMPARE(DatabaseFunctions::riskLevelFor(90), QStringLiteral("critical"));
        for (int i = 0; i < 4; ++i) {
            FIXTURE(attempt, addContactAttempt(customer, QStringLiteral("failed"), nowUtc().addDays(-i)));
        }
        const auto score = riskScore(customer);
        QCOMPARE(score, std::optional<int>(100));
        QCOMPARE(DatabaseFunctions::riskLevelFor(*score), QStringLiteral("critical"));
    }

    void unknownCustomerHasNoRiskScore()
    {
        FIXTURE(customer, addCustomer());
        QString error;
        DatabaseFunctions fn(m_db->database());
        QVERIFY(!fn.calculateCustomerRiskScore(customer + 1000, &error).has_value());
        QVERIFY(error.contains(QString::number(customer + 1000)));
        QVERIFY(!fn.calculateCustomerRiskScore(-1).has_value());
    }

    void riskLevelBoundaries()
    {
        const QList<QPair<int, QString>> cases = {{-5, "low"},       {0, "low"},       {24, "low"},  {25, "medium"},
                                                  {49, "medium"},    {50, "high"},     {74, "high"}, {75, "critical"},
                                                  {100, "critical"}, {250, "critical"}};
        for (const auto& [score, level] : cases)
            QVERIFY2(DatabaseFunctions::riskLevelFor(score) == level, qPrintable(QString::number(score)));
    }

    // ---- check_permission ----------------------------------------------------------------------

    void permissionMatchesExactResourceAndAction()
    {
        FIXTURE(grant, addPermission(QStringLiteral("collector"), QStringLiteral("customers"), QStringLiteral("read")));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.checkPermission(QStringLiteral("collector"), QStringLiteral("customers"), QStringLiteral("read")),
                 std::optional<bool>(true));
        QCOMPARE(fn.checkPermission(QStringLiteral("collector"), QStringLiteral("customers"), QStringLiteral("update")),
                 std::optional<bool>(false));
        QCOMPARE(
            fn.checkPermission(QStringLiteral("collector"), QStringLiteral("payment_records"), QStringLiteral("read")),
            std::optional<bool>(false));
    }

    void wildcardResourceGrantsTheActionOnEveryResource()
    {
        FIXTURE(grant, addPermission(QStringLiteral("auditor"), QStringLiteral("*"), QStringLiteral("read")));
        DatabaseFunctions fn(m_db->database());
        for (const QString resource : {"customers", "audit_logs", "llm_cache"})
            QVERIFY2(fn.checkPermission(QStringLiteral("auditor"), resource, QStringLiteral("read")) ==
                         std::optional<bool>(true),
                     qPrintable(resource));
        QCOMPARE(fn.checkPermission(QStringLiteral("auditor"), QStringLiteral("customers"), QStringLiteral("delete")),
                 std::optional<bool>(false));
    }

    void wildcardActionGrantsEveryActionOnTheResource()
    {
        FIXTURE(grant, addPermission(QStringLiteral("manager"), QStringLiteral("campaigns"), QStringLiteral("*")));
        DatabaseFunctions fn(m_db->database());
        for (const QString action : {"read", "create", "update", "delete", "export", "manage"})
            QVERIFY2(fn.checkPermission(QStringLiteral("manager"), QStringLiteral("campaigns"), action) ==
                         std::optional<bool>(true),
                     qPrintable(action));
        QCOMPARE(fn.checkPermission(QStringLiteral("manager"), QStringLiteral("users"), QStringLiteral("read")),
                 std::optional<bool>(false));
    }

    void anotherRolesPermissionDoesNotApply()
    {
        FIXTURE(grant, addPermission(QStringLiteral("admin"), QStringLiteral("*"), QStringLiteral("*")));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.checkPermission(QStringLiteral("admin"), QStringLiteral("users"), QStringLiteral("manage")),
                 std::optional<bool>(true));
        QCOMPARE(fn.checkPermission(QStringLiteral("collector"), QStringLiteral("users"), QStringLiteral("read")),
                 std::optional<bool>(false));
        QCOMPARE(fn.checkPermission(QStringLiteral("Admin"), QStringLiteral("users"), QStringLiteral("read")),
                 std::optional<bool>(false));
    }

    void invalidPermissionQueryIsAnError()
    {
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY(
            !fn.checkPermission(QStringLiteral("admin"), QStringLiteral("users"), QStringLiteral("destroy"), &error));
        QVERIFY(error.contains(QStringLiteral("destroy")));
        error.clear();
        QVERIFY(!fn.checkPermission(QString(), QStringLiteral("users"), QStringLiteral("read"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!fn.checkPermission(QStringLiteral("admin"), QStringLiteral(" "), QStringLiteral("read"), &error));
        QVERIFY(!error.isEmpty());
    }

    // ---- clean_expired_sessions / clean_expired_llm_cache --------------------------------------

    void cleanExpiredSessionsDeletesOnlyExpiredAndCountsThem()
    {
        FIXTURE(user, addUser());
        FIXTURE(s1, addSession(user, QStringLiteral("expired-day"), nowUtc().addDays(-1)));
        FIXTURE(s2, addSession(user, QStringLiteral("expired-minute"), nowUtc().addSecs(-60)));
        FIXTURE(s3, addSession(user, QStringLiteral("valid-hour"), nowUtc().addSecs(3600)));
        FIXTURE(s4, addSession(user, QStringLiteral("valid-month"), nowUtc().addDays(30)));
        DatabaseFunctions fn(m_db->database());
        QString error;
        QCOMPARE(fn.cleanExpiredSessions(&error), std::optional<int>(2));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count(QStringLiteral("user_sessions")), 2);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM user_sessions WHERE session_token LIKE 'valid-%'")).toInt(),
                 2);
        QCOMPARE(fn.cleanExpiredSessions(), std::optional<int>(0));
        QCOMPARE(count(QStringLiteral("user_sessions")), 2);
    }

    void cleanExpiredLlmCacheDeletesOnlyExpiredAndCountsThem()
    {
        FIXTURE(c1, addCacheEntry(QStringLiteral("expired-1"), nowUtc().addDays(-10)));
        FIXTURE(c2, addCacheEntry(QStringLiteral("expired-2"), nowUtc().addSecs(-5)));
        FIXTURE(c3, addCacheEntry(QStringLiteral("expired-3"), nowUtc().addSecs(-3600)));
        FIXTURE(c4, addCacheEntry(QStringLiteral("fresh"), nowUtc().addDays(1)));
        FIXTURE(c5, addCacheEntry(QStringLiteral("forever"), QDateTime()));
        DatabaseFunctions fn(m_db->database());
        QString error;
        QCOMPARE(fn.cleanExpiredLlmCache(&error), std::optional<int>(3));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count(QStringLiteral("llm_cache")), 2);
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM llm_cache WHERE cache_key IN ('fresh', 'forever')")).toInt(), 2);
        QCOMPARE(fn.cleanExpiredLlmCache(), std::optional<int>(0));
    }

    // ---- is_email_suppressed -------------------------------------------------------------------

    void suppressionMatchesTrimmedAndIgnoresCase()
    {
        FIXTURE(s, addSuppression(QStringLiteral("debtor@example.com")));
        DatabaseFunctions fn(m_db->database());
        for (const QString email : {"debtor@example.com", "  Debtor@Example.COM ", "\tDEBTOR@EXAMPLE.COM\n"})
            QVERIFY2(fn.isEmailSuppressed(email) == std::optional<bool>(true), qPrintable(email));
        QCOMPARE(fn.isEmailSuppressed(QStringLiteral("other@example.com")), std::optional<bool>(false));
        QCOMPARE(fn.isEmailSuppressed(QStringLiteral("debtor@example.co")), std::optional<bool>(false));
    }

    void expiredSuppressionDoesNotCount()
    {
        FIXTURE(expired, addSuppression(QStringLiteral("expired@example.com"), nowUtc().addSecs(-60)));
        FIXTURE(current, addSuppression(QStringLiteral("current@example.com"), nowUtc().addDays(7)));
        DatabaseFunctions fn(m_db->database());
        QCOMPARE(fn.isEmailSuppressed(QStringLiteral("Expired@example.com")), std::optional<bool>(false));
        QCOMPARE(fn.isEmailSuppressed(QStringLiteral("current@example.com")), std::optional<bool>(true));
    }

    void emptyEmailIsAnError()
    {
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY(!fn.isEmailSuppressed(QStringLiteral("   "), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    // ---- update_campaign_email_stats -----------------------------------------------------------

    void campaignEmailStatsCountDeliveriesSentThatDay()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(campaign, addCampaign(customer));
        FIXTURE(otherCampaign, addCampaign(customer));
        const QDate day = todayUtc().addDays(-1);
        FIXTURE(d1, addDelivery(campaign, QStringLiteral("clicked"), atUtc(day, 0, 0, 0), true, true, true));
        FIXTURE(d2, addDelivery(campaign, QStringLiteral("opened"), atUtc(day, 9, 30, 0), true, true));
        FIXTURE(d3, addDelivery(campaign, QStringLiteral("delivered"), atUtc(day, 14, 0, 0), true));
        FIXTURE(d4, addDelivery(campaign, QStringLiteral("hard_bounce"), atUtc(day, 23, 59, 59, 999)));
        // Not counted: the day before, the day after, another campaign, never sent.
        FIXTURE(before,
                addDelivery(campaign, QStringLiteral("delivered"), atUtc(day.addDays(-1), 23, 59, 59, 999), true));
        FIXTURE(after, addDelivery(campaign, QStringLiteral("opened"), atUtc(day.addDays(1), 0, 0, 0), true, true));
        FIXTURE(other, addDelivery(otherCampaign, QStringLiteral("delivered"), atUtc(day, 12, 0, 0), true));
        FIXTURE(queued, addDelivery(campaign, QStringLiteral("queued"), QDateTime()));

        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY2(fn.updateCampaignEmailStats(campaign, day, &error), qPrintable(error));
        const Stats stats = readStats(campaign, day);
        QCOMPARE(stats.rows, 1);
        QCOMPARE(stats.sent, 4);
        QCOMPARE(stats.delivered, 3);
        QCOMPARE(stats.opened, 2);
        QCOMPARE(stats.clicked, 1);
        QCOMPARE(stats.bounced, 1);
        QCOMPARE(stats.complained, 0);
        QCOMPARE(stats.openRate, 6667);
        QCOMPARE(stats.clickRate, 3333);
        QCOMPARE(stats.bounceRate, 2500);
        QCOMPARE(count(QStringLiteral("campaign_email_stats")), 1);
    }

    void campaignEmailStatsRunTwiceUpdatesTheRow()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(campaign, addCampaign(customer));
        const QDate day = todayUtc().addDays(-2);
        FIXTURE(d1, addDelivery(campaign, QStringLiteral("opened"), atUtc(day, 8, 0, 0), true, true));
        FIXTURE(d2, addDelivery(campaign, QStringLiteral("soft_bounce"), atUtc(day, 8, 1, 0)));
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY2(fn.updateCampaignEmailStats(campaign, day, &error), qPrintable(error));
        Stats stats = readStats(campaign, day);
        QCOMPARE(stats.sent, 2);
        QCOMPARE(stats.openRate, 10000);
        QCOMPARE(stats.bounceRate, 5000);

        FIXTURE(d3, addDelivery(campaign, QStringLiteral("complained"), atUtc(day, 9, 0, 0), true));
        FIXTURE(d4, addDelivery(campaign, QStringLiteral("clicked"), atUtc(day, 10, 0, 0), true, true, true));
        FIXTURE(d5, addDelivery(campaign, QStringLiteral("hard_bounce"), atUtc(day, 11, 0, 0)));
        QVERIFY2(fn.updateCampaignEmailStats(campaign, day, &error), qPrintable(error));
        stats = readStats(campaign, day);
        QCOMPARE(stats.rows, 1);
        QCOMPARE(stats.sent, 5);
        QCOMPARE(stats.delivered, 3);
        QCOMPARE(stats.opened, 2);
        QCOMPARE(stats.clicked, 1);
        QCOMPARE(stats.bounced, 2);
        QCOMPARE(stats.complained, 1);
        QCOMPARE(stats.openRate, 6667);
        QCOMPARE(stats.clickRate, 3333);
        QCOMPARE(stats.bounceRate, 4000);
        QCOMPARE(count(QStringLiteral("campaign_email_stats")), 1);
    }

    void campaignEmailStatsWithoutDeliveriesAreZero()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(campaign, addCampaign(customer));
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY2(fn.updateCampaignEmailStats(campaign, todayUtc(), &error), qPrintable(error));
        const Stats stats = readStats(campaign, todayUtc());
        QCOMPARE(stats.rows, 1);
        QCOMPARE(stats.sent, 0);
        QCOMPARE(stats.delivered, 0);
        QCOMPARE(stats.openRate, 0);
        QCOMPARE(stats.clickRate, 0);
        QCOMPARE(stats.bounceRate, 0);
    }

    void campaignEmailStatsForUnknownCampaignIsAnError()
    {
        FIXTURE(customer, addCustomer());
        FIXTURE(campaign, addCampaign(customer));
        DatabaseFunctions fn(m_db->database());
        QString error;
        QVERIFY(!fn.updateCampaignEmailStats(campaign + 100, todayUtc(), &error));
        QVERIFY(error.contains(QString::number(campaign + 100)));
        error.clear();
        QVERIFY(!fn.updateCampaignEmailStats(campaign, QDate(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(QStringLiteral("campaign_email_stats")), 0);
    }

    // ---- update_updated_at_column (schema triggers) --------------------------------------------

    void updatedAtChangesOnUpdate()
    {
        const QDateTime past = atUtc(QDate(2020, 1, 1), 12, 0, 0);
        FIXTURE(customer,
                insertRow(QStringLiteral("customers"), {{QStringLiteral("company_name"), QStringLiteral("Old Co")},
                                                        {QStringLiteral("created_at"), ts(past)},
                                                        {QStringLiteral("updated_at"), ts(past)}}));
        FIXTURE(permission,
                insertRow(QStringLiteral("role_permissions"), {{QStringLiteral("role"), QStringLiteral("collector")},
                                                               {QStringLiteral("resource"), QStringLiteral("tasks")},
                                                               {QStringLiteral("action"), QStringLiteral("read")},
                                                               {QStringLiteral("created_at"), ts(past)},
                                                               {QStringLiteral("updated_at"), ts(past)}}));
        FIXTURE(suppression, insertRow(QStringLiteral("email_suppressions"),
                                       {{QStringLiteral("email_address"), QStringLiteral("x@example.com")},
                                        {QStringLiteral("reason"), QStringLiteral("manual")},
                                        {QStringLiteral("created_at"), ts(past)},
                                        {QStringLiteral("updated_at"), ts(past)}}));
        const QList<std::tuple<QString, qint64, QString>> updates = {
            {QStringLiteral("customers"), customer, QStringLiteral("notes = 'called twice'")},
            {QStringLiteral("role_permissions"), permission, QStringLiteral("action = 'export'")},
            {QStringLiteral("email_suppressions"), suppression, QStringLiteral("source = 'support'")}};
        for (const auto& [table, id, assignment] : updates) {
            EXEC(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignment), {id});
            QSqlQuery query(db());
            query.prepare(QStringLiteral("SELECT created_at, updated_at FROM %1 WHERE id = ?").arg(table));
            query.addBindValue(id);
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            const QDateTime created = dialect().timestampFromSql(query.value(0));
            const QDateTime updated = dialect().timestampFromSql(query.value(1));
            QVERIFY2(created == past, qPrintable(table + QStringLiteral(": created_at changed")));
            QVERIFY2(qAbs(updated.secsTo(nowUtc())) < 120,
                     qPrintable(table + QStringLiteral(": updated_at is ") + updated.toString(Qt::ISODateWithMs)));
        }
    }

    void updatedAtMovesForwardOnEachUpdate()
    {
        FIXTURE(customer, addCustomer());
        const auto updatedAt = [&] {
            return dialect().timestampFromSql(
                value(QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {customer}));
        };
        const QDateTime first = updatedAt();
        QVERIFY(first.isValid());
        QTest::qSleep(20);
        EXEC(QStringLiteral("UPDATE customers SET city = 'Leeds' WHERE id = ?"), {customer});
        const QDateTime second = updatedAt();
        QVERIFY2(second > first, qPrintable(first.toString(Qt::ISODateWithMs) + QStringLiteral(" -> ") +
                                            second.toString(Qt::ISODateWithMs)));
        QTest::qSleep(20);
        EXEC(QStringLiteral("UPDATE customers SET city = 'York' WHERE id = ?"), {customer});
        QVERIFY(updatedAt() > second);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFunctions)
#include "tst_databasefunctions.moc"
