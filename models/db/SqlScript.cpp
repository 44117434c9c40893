#include "SqlScript.h"

#include <QRegularExpression>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Reads the identifier-like word starting at i (or an empty string).
QString wordAt(const QString& s, int i)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return QString();
    int j = i;
    while (j < s.size() && isWordChar(s.at(j)))
        ++j;
    return s.mid(i, j - i).toUpper();
}

QString stripComments(const QString& statement);

bool startsTrigger(const QString& statement)
{
    static const QRegularExpression re(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

QString stripComments(const QString& statement)
{
    // Only used to decide whether a chunk holds anything but comments and whitespace.
    QString out;
    int i = 0;
    while (i < statement.size()) {
        if (statement.mid(i, 2) == QLatin1String("--")) {
            const int end = statement.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? statement.size() : end + 1;
        } else if (statement.mid(i, 2) == QLatin1String("/*")) {
            const int end = statement.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? statement.size() : end + 2;
        } else {
            out += statement.at(i++);
        }
    }
    return out.trimmed();
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END nesting inside a trigger body
    const int n = script.size();
    int i = 0;
    auto flush = [&]() {
        const QString trimmed = current.trimmed();
        if (!stripComments(trimmed).isEmpty())
            statements << trimmed;
        current.clear();
        blockDepth = 0;
    };
    while (i < n) {
        const QChar c = script.at(i);
        // Line comment
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const int end = script.indexOf(QLatin1Char('\n'), i);
            const int stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        // Block comment
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const int end = script.indexOf(QLatin1String("*/"), i + 2);
            const int stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        // Quoted string or identifier ('' and "" escape themselves)
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int stop = qMin(n, j + 1);
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        // Dollar quoting: $$ or $tag$
        if (c == QLatin1Char('$') && (i == 0 || !isWordChar(script.at(i - 1)))) {
            static const QRegularExpression tagRe(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
            const auto match = tagRe.match(script, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                const QString tag = match.captured(0);
                const int end = script.indexOf(tag, i + tag.size());
                const int stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (!word.isEmpty()) {
                if (startsTrigger(stripComments(current + word))) {
                    if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))
                        ++blockDepth;
                    else if (word == QLatin1String("END") && blockDepth > 0)
                        --blockDepth;
                }
                current += script.mid(i, word.size());
                i += word.size();
                continue;
            }
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}
