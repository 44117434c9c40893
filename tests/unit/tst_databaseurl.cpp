#include "db/DatabaseUrl.h"

#include <QtTest>

// Connection URLs parse into their parts and print back without the password.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parsesSqliteFileUrls()
    {
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/cd.db")).path(), QStringLiteral("/var/lib/cd.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/cd.db")).path(), QStringLiteral("/var/lib/cd.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:C:/Users/a/cd.db")).path(), QStringLiteral("C:/Users/a/cd.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).path(), QStringLiteral(":memory:"));
        QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite:/x.db")).engine() == DatabaseUrl::Engine::Sqlite);
    }

    void parsesPostgresUrlsWithPortAndSocket()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice:s3cret@db.example:6543/collections"));
        QVERIFY(url.engine() == DatabaseUrl::Engine::Postgres);
        QCOMPARE(url.host(), QStringLiteral("db.example"));
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.user(), QStringLiteral("alice"));
        QCOMPARE(url.password(), QStringLiteral("s3cret"));
        QCOMPARE(url.databaseName(), QStringLiteral("collections"));

        const auto socket = DatabaseUrl::parse(QStringLiteral("postgresql://bob@/cd?host=/tmp/sock&port=5999&sslmode=disable"));
        QCOMPARE(socket.host(), QStringLiteral("/tmp/sock"));
        QCOMPARE(socket.port(), 5999);
        QCOMPARE(socket.options(), QStringLiteral("sslmode=disable"));
    }

    void redactsThePassword()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice:s3cret@db.example:6543/collections"));
        QVERIFY(!url.redacted().contains(QStringLiteral("s3cret")));
        QCOMPARE(url.redacted(), QStringLiteral("postgresql://alice@db.example:6543/collections"));
    }

    void rejectsUnknownAndIncompleteUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("mysql") << "mysql://u@h/db";
        QTest::newRow("no database") << "postgresql://u@h:5432/";
        QTest::newRow("no sqlite path") << "sqlite:";
    }
    void rejectsUnknownAndIncompleteUrls()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
