#include "CustomerListQuery.h"

#include "CustomerHold.h"
#include "db/Dialect.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

QString CustomerListQuery::column(const char* name)
{
    return QStringLiteral("\"customers\".") + Dialect::quoteIdentifier(QString::fromLatin1(name));
}

namespace {

QString quotedList(const QStringList& literals)
{
    QStringList quoted;
    for (const QString& literal : literals)
        quoted << QLatin1Char('\'') + literal + QLatin1Char('\''); // constants of this file only
    return quoted.join(QStringLiteral(", "));
}

// The customers in a set of customer ids; `probe`: "+id" (SQLite: no lookup by rowid).
QString inSet(const QString& subquery, bool probe)
{
    return (probe ? QStringLiteral("+") : QString()) + QStringLiteral("\"customers\".\"id\" IN (%1)").arg(subquery);
}

// A customer_profiles condition (over alias cp): a correlated EXISTS, or a set read once.
QString profileCondition(const QString& condition, bool asSet, bool probe)
{
    if (asSet)
        return inSet(QStringLiteral("SELECT cp.customer_id FROM customer_profiles cp WHERE %1").arg(condition), probe);
    return QStringLiteral("EXISTS (SELECT 1 FROM customer_profiles cp WHERE cp.customer_id = \"customers\".\"id\" "
                          "AND %1)")
        .arg(condition);
}

QString holdCondition()
{
    QStringList held;
    for (const QString& kind : CustomerListQuery::holdKinds())
        held << QStringLiteral("cp.%1_hold_at IS NOT NULL").arg(kind);
    return QLatin1Char('(') + held.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// Adds "cond" for Yes, "NOT cond" for No.
void addChoice(QStringList* where, CustomerListFilter::Choice choice, const QString& condition)
{
    if (choice == CustomerListFilter::Choice::Yes)
        *where << condition;
    else if (choice == CustomerListFilter::Choice::No)
        *where << QStringLiteral("NOT ") + condition;
}

bool hasLetterOrDigit(const QString& word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

QDate CustomerListQuery::utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString CustomerListQuery::placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QStringList CustomerListQuery::outstandingStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("partial"), QStringLiteral("overdue")};
}

QStringList CustomerListQuery::holdKinds()
{
    return CustomerHold::keys();
}

QString CustomerListQuery::holdTitle(const QString& kind)
{
    return CustomerHold::titleForKey(kind);
}

QStringList CustomerListQuery::riskLevels()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
}

QString CustomerListQuery::riskLevelTitle(const QString& level)
{
    if (level == QLatin1String("low"))
        return tr("Low");
    if (level == QLatin1String("medium"))
        return tr("Medium");
    if (level == QLatin1String("high"))
        return tr("High");
    if (level == QLatin1String("critical"))
        return tr("Critical");
    return level;
}

QStringList CustomerListQuery::searchWords(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // "+1 (415) 555-0123": one number, searched by its digits.
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9 ().\\-/]+$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        if (digits.size() >= 3)
            return {digits};
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words;
    for (const QString& word : trimmed.split(spaces, Qt::SkipEmptyParts)) {
        if (hasLetterOrDigit(word) && !words.contains(word, Qt::CaseInsensitive))
            words << word;
        if (words.size() == MaxSearchWords)
            break;
    }
    return words;
}

QString CustomerListQuery::ftsExpression(const QStringList& words)
{
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

QString CustomerListQuery::likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString CustomerListQuery::riskProbeSql(int levels)
{
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_profiles WHERE risk_level IN (%1) LIMIT %2)")
        .arg(placeholders(levels))
        .arg(SmallSetRows);
}

QString CustomerListQuery::doNotContactProbeSql()
{
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_profiles WHERE do_not_contact = ? LIMIT %1)")
        .arg(SmallSetRows);
}

bool CustomerListQuery::searchWordsArePrefixIndexed(const QStringList& words)
{
    return !words.isEmpty() &&
           std::all_of(words.begin(), words.end(), [](const QString& word) { return word.size() <= PrefixIndexChars; });
}

bool CustomerListQuery::searchWordsHaveTrigrams(const QStringList& words)
{
    for (const QString& word : words) {
        int run = 0;
        for (const QChar c : word) {
            run = c.isLetterOrNumber() ? run + 1 : 0;
            if (run == 3)
                return true;
        }
    }
    return false;
}

QString CustomerListQuery::searchTextExpression()
{
    return QStringLiteral("customer_search_text(%1, %2, %3, %4)")
        .arg(column("company_name"), column("contact_name"), column("email"), column("phone"));
}

// PostgreSQL: every word in one of the four columns (over the table named "customers"). One
// LIKE per word over customer_search_text, which is lowercase: lower() of the pattern makes it
// the ILIKE of each column it stands for.
QString CustomerListQuery::likeCondition(const QStringList& words, QVariantList* values)
{
    QStringList all;
    for (const QString& word : words) {
        all << searchTextExpression() + QStringLiteral(" LIKE lower(?)");
        *values << likePattern(word);
    }
    return all.join(QStringLiteral(" AND "));
}

CustomerListQuery::Condition CustomerListQuery::searchProbe(const QStringList& words, const Dialect& dialect)
{
    Condition result;
    if (dialect.isSqlite()) {
        result.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? "
                                    "LIMIT %1)")
                         .arg(PerRowSearchRows);
        result.values << ftsExpression(words);
    } else {
        result.sql = QStringLiteral("SELECT 1 FROM customers WHERE ") + likeCondition(words, &result.values);
    }
    return result;
}

CustomerListQuery::Condition CustomerListQuery::condition(const CustomerListFilter& filter, const Dialect& dialect,
                                                          const QDate& today, const Plan& plan)
{
    Condition result;
    QStringList where;
    const bool probeSets = plan.filtersAsSets && dialect.isSqlite();

    const QStringList words = searchWords(filter.search);
    if (!words.isEmpty()) {
        if (dialect.isSqlite() && plan.searchPerRow) {
            where << QStringLiteral("EXISTS (SELECT 1 FROM customers_fts WHERE customers_fts MATCH ? "
                                    "AND customers_fts.rowid = %1)")
                         .arg(column("id"));
            result.values << ftsExpression(words);
        } else if (dialect.isSqlite()) {
            // "+" keeps SQLite from looking the matches up by rowid (see Plan).
            where << (plan.searchAsProbe ? QStringLiteral("+") : QString()) + column("id") +
                         QStringLiteral(" IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)");
            result.values << ftsExpression(words);
        } else if (plan.searchAsSet) {
            // The inner "customers" is the subquery's own table: the condition applies to it.
            where << column("id") + QStringLiteral(" = ANY(ARRAY(SELECT %1 FROM customers WHERE %2))")
                                        .arg(column("id"), likeCondition(words, &result.values));
        } else {
            where << likeCondition(words, &result.values);
        }
    }

    if (!filter.riskLevels.isEmpty()) {
        where << profileCondition(
            QStringLiteral("cp.risk_level IN (%1)").arg(placeholders(int(filter.riskLevels.size()))),
            plan.filtersAsSets || plan.riskAsSet, probeSets);
        for (const QString& level : filter.riskLevels)
            result.values << level;
    }
    if (filter.doNotContact != CustomerListFilter::Choice::Any) {
        addChoice(&where, filter.doNotContact,
                  profileCondition(QStringLiteral("cp.do_not_contact = ?"),
                                   plan.filtersAsSets || plan.doNotContactAsSet, probeSets));
        result.values << dialect.boolToSql(true);
    }
    addChoice(&where, filter.onHold, profileCondition(holdCondition(), plan.filtersAsSets, probeSets));
    if (filter.overdue != CustomerListFilter::Choice::Any) {
        // As a set on SQLite: one pass over payment_records ("+" keeps it off the (status,
        // due_date) index, whose matches would each be a random read of the invoice row).
        const QString unpaid = QStringLiteral("%1pr.status IN (%2) AND pr.due_date < ? AND pr.amount > pr.amount_paid")
                                   .arg(probeSets ? QStringLiteral("+") : QString(), quotedList(outstandingStatuses()));
        addChoice(
            &where, filter.overdue,
            plan.filtersAsSets
                ? inSet(QStringLiteral("SELECT pr.customer_id FROM payment_records pr WHERE %1").arg(unpaid), probeSets)
                : QStringLiteral("EXISTS (SELECT 1 FROM payment_records pr WHERE "
                                 "pr.customer_id = \"customers\".\"id\" AND %1)")
                      .arg(unpaid));
        result.values << dialect.dateToSql(today);
    }
    if (!filter.timeZone.isEmpty()) {
        where << column("time_zone") + QStringLiteral(" = ?");
        result.values << filter.timeZone;
    }
    result.sql = where.join(QStringLiteral(" AND "));
    return result;
}

CustomerListQuery::Condition CustomerListQuery::countQuery(const CustomerListFilter& filter, const Dialect& dialect,
                                                           const QDate& today)
{
    // Without a search each filter's set is read once; with one, the search's matches are looked
    // up and each is tested, which is cheaper than reading whole sets when few customers match.
    const QStringList words = searchWords(filter.search);
    if (dialect.isSqlite() && !words.isEmpty() && !filter.hasFilters()) {
        Condition result;
        result.sql = QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH ?");
        result.values << ftsExpression(words);
        return result;
    }
    Plan plan;
    plan.filtersAsSets = words.isEmpty();
    Condition result = condition(filter, dialect, today, plan);
    result.sql = QStringLiteral("SELECT COUNT(*) FROM customers") +
                 (result.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + result.sql);
    return result;
}

CustomerListQuery::Condition CustomerListQuery::positionKey(const CustomerListFilter& filter, const Dialect& dialect,
                                                            const QDate& today, const QString& sortColumn, qint64 id)
{
    const bool byId = sortColumn.isEmpty() || sortColumn == QLatin1String("id");
    Condition result = condition(filter, dialect, today);
    const QString key =
        byId ? column("id")
             : dialect.sortKeyExpression(QStringLiteral("\"customers\".") + Dialect::quoteIdentifier(sortColumn));
    result.sql = QStringLiteral("SELECT %1 FROM customers WHERE %2 = ?%3")
                     .arg(key, column("id"),
                          result.sql.isEmpty() ? QString() : QStringLiteral(" AND (") + result.sql + QLatin1Char(')'));
    result.values.prepend(QVariant::fromValue<qlonglong>(id));
    return result;
}

CustomerListQuery::Condition CustomerListQuery::positionCount(const CustomerListFilter& filter, const Dialect& dialect,
                                                              const QDate& today, const QString& sortColumn,
                                                              Qt::SortOrder order, const QVariant& key, qint64 id)
{
    const bool byId = sortColumn.isEmpty() || sortColumn == QLatin1String("id");
    const bool ascending = order == Qt::AscendingOrder;
    const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
    const QString idColumn = column("id");
    const QString keyColumn = byId ? idColumn : QStringLiteral("\"customers\".") + Dialect::quoteIdentifier(sortColumn);
    Condition result = condition(filter, dialect, today);
    QString position;
    QVariantList values;
    const QVariant idValue = QVariant::fromValue<qlonglong>(id);
    if (byId) {
        position = idColumn + before + QLatin1Char('?');
        values << idValue;
    } else if (key.isNull()) {
        // In the NULL segment (last when ascending, first when descending), ordered by id.
        position = ascending ? QStringLiteral("(%1 IS NOT NULL OR %2 < ?)").arg(keyColumn, idColumn)
                             : QStringLiteral("(%1 IS NULL AND %2 > ?)").arg(keyColumn, idColumn);
        values << idValue;
    } else {
        position = QStringLiteral("(%1 (%2, %3) %4 (?, ?))")
                       .arg(ascending ? QStringLiteral("%1 IS NOT NULL AND").arg(keyColumn)
                                      : QStringLiteral("%1 IS NULL OR").arg(keyColumn),
                            keyColumn, idColumn, before);
        values << key << idValue;
    }
    result.sql =
        QStringLiteral("SELECT COUNT(*) FROM customers WHERE %1%2")
            .arg(result.sql.isEmpty() ? QString() : QLatin1Char('(') + result.sql + QStringLiteral(") AND "), position);
    result.values << values;
    return result;
}

// "IN (?, ...)" with one value per id; on PostgreSQL "= ANY(CAST(? AS bigint[]))" with the ids as
// one array literal, which the server plans in a fraction of the time of a list of constants.
QString CustomerListQuery::idSet(const QList<qint64>& ids, const Dialect& dialect, QVariantList* values)
{
    if (dialect.isPostgres()) {
        QStringList literal;
        literal.reserve(ids.size());
        for (qint64 id : ids)
            literal << QString::number(id);
        *values << QLatin1Char('{') + literal.join(QLatin1Char(',')) + QLatin1Char('}');
        return QStringLiteral("= ANY(CAST(? AS bigint[]))");
    }
    for (qint64 id : ids)
        *values << QVariant::fromValue<qlonglong>(id);
    return QStringLiteral("IN (%1)").arg(placeholders(int(ids.size())));
}

CustomerListQuery::Condition CustomerListQuery::profilesQuery(const QList<qint64>& ids, const Dialect& dialect)
{
    QStringList flags;
    for (const QString& kind : holdKinds())
        flags << QStringLiteral("CASE WHEN %1_hold_at IS NULL THEN 0 ELSE 1 END").arg(kind);
    Condition result;
    const QString set = idSet(ids, dialect, &result.values);
    result.sql = QStringLiteral("SELECT customer_id, risk_level, do_not_contact, %1 FROM customer_profiles "
                                "WHERE customer_id %2")
                     .arg(flags.join(QStringLiteral(", ")), set);
    return result;
}

CustomerListQuery::Condition CustomerListQuery::balancesQuery(const QList<qint64>& ids, const Dialect& dialect,
                                                              const QDate& today)
{
    Condition result;
    result.values << dialect.dateToSql(today);
    const QString set = idSet(ids, dialect, &result.values);
    // The statuses are tested inside the sums, not in WHERE: otherwise SQLite's planner may pick
    // the (status, due_date) index and read every open invoice of the table for one page.
    result.sql = QStringLiteral("SELECT customer_id, currency, "
                                "SUM(CASE WHEN status IN (%2) THEN amount - amount_paid ELSE 0 END), "
                                "SUM(CASE WHEN status IN (%2) AND due_date < ? THEN amount - amount_paid ELSE 0 END) "
                                "FROM payment_records WHERE customer_id %1 "
                                "GROUP BY customer_id, currency ORDER BY customer_id, currency")
                     .arg(set, quotedList(outstandingStatuses()));
    return result;
}
