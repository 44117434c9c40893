#include "db/SqlScript.h"

#include <QtTest>

// Migration files split into statements without breaking quotes, functions or trigger bodies.
class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsPlainStatements()
    {
        const auto parts = SqlScript::split(QStringLiteral("CREATE TABLE a (x int);\n-- comment; here\nCREATE TABLE b (y int);"));
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(1).endsWith(QStringLiteral("CREATE TABLE b (y int)")));
    }

    void keepsSemicolonsInsideQuotesAndComments()
    {
        const auto parts = SqlScript::split(QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\"); /* x; y */ SELECT 1;"));
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).contains(QStringLiteral("'a;b'")));
    }

    void keepsDollarQuotedFunctionBodiesWhole()
    {
        const QString sql = QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x = 1; RETURN NEW; END; $$ LANGUAGE plpgsql;\n"
            "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\nSELECT 2;");
        const auto parts = SqlScript::split(sql);
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(0).endsWith(QStringLiteral("LANGUAGE plpgsql")));
    }

    void keepsSqliteTriggerBodiesWhole()
    {
        const QString sql = QStringLiteral(
            "CREATE TRIGGER t AFTER UPDATE ON a FOR EACH ROW WHEN NEW.u IS OLD.u BEGIN "
            "UPDATE a SET u = CASE WHEN 1 THEN 2 END WHERE id = NEW.id; SELECT 1; END;\nCREATE INDEX i ON a(u);");
        const auto parts = SqlScript::split(sql);
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(QStringLiteral("END")));
        QVERIFY(parts.at(1).startsWith(QStringLiteral("CREATE INDEX")));
    }

    void recognisesTriggerAfterLeadingComment()
    {
        const QString sql = QStringLiteral("-- keeps updated_at current\n/* note */\nCREATE TRIGGER t AFTER UPDATE ON a "
                                           "BEGIN UPDATE a SET u = 1; END;\nSELECT 1;");
        const auto parts = SqlScript::split(sql);
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(QStringLiteral("END")));
    }

    void dropsCommentOnlyChunks()
    {
        QCOMPARE(SqlScript::split(QStringLiteral("-- only a comment\n;  ;")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
