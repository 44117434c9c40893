#include "services/PasswordHasher.h"

#include <QElapsedTimer>
#include <QtTest>

// Argon2id password hashing through libsodium: real (interactive) parameters by default, salted
// hashes, constant-time verification, rehash detection for weaker stored parameters.
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { PasswordHasher::setFastParametersForTests(false); }

    void hashesWithArgon2idAndVerifies()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        const QString hash = PasswordHasher::hash(password);
        QVERIFY(!hash.isEmpty());
        QVERIFY(hash != password);
        QVERIFY(!hash.contains(password));
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horse battery stapler")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
    }

    void defaultParametersAreTheInteractiveOnes()
    {
        // libsodium's interactive limits: 2 passes over 64 MiB.
        const QString hash = PasswordHasher::hash(QStringLiteral("pw-for-parameters"));
        QVERIFY2(hash.contains(QLatin1String("m=65536,t=2,p=1")), qPrintable(hash));
        QVERIFY(!PasswordHasher::needsRehash(hash));
    }

    void samePasswordGetsDifferentSalts()
    {
        PasswordHasher::setFastParametersForTests(true);
        const QString password = QStringLiteral("same password twice");
        const QString first = PasswordHasher::hash(password);
        const QString second = PasswordHasher::hash(password);
        QVERIFY(first != second);
        QVERIFY(PasswordHasher::verify(first, password));
        QVERIFY(PasswordHasher::verify(second, password));
    }

    void unicodePasswords()
    {
        PasswordHasher::setFastParametersForTests(true);
        const QString password = QStringLiteral("Grüße, 世界! 🔐");
        const QString hash = PasswordHasher::hash(password);
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Grusse, 世界! 🔐")));
    }

    void weakerHashNeedsRehash()
    {
        PasswordHasher::setFastParametersForTests(true);
        const QString weak = PasswordHasher::hash(QStringLiteral("weak parameters"));
        PasswordHasher::setFastParametersForTests(false);
        QVERIFY(PasswordHasher::verify(weak, QStringLiteral("weak parameters"))); // still verifies
        QVERIFY(PasswordHasher::needsRehash(weak));
        const QString strong = PasswordHasher::hash(QStringLiteral("weak parameters"));
        QVERIFY(!PasswordHasher::needsRehash(strong));
    }

    void garbageIsRejected()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
        QVERIFY(
            !PasswordHasher::verify(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$AAAA$BBBB"), QStringLiteral("x")));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
        QVERIFY(PasswordHasher::needsRehash(QString()));
    }

    void dummyVerifyCostsAboutAsMuchAsARealOne()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("timing"));
        PasswordHasher::dummyVerify(QStringLiteral("warm-up")); // computes its fixed hash once
        QElapsedTimer timer;
        timer.start();
        PasswordHasher::verify(hash, QStringLiteral("wrong"));
        const qint64 real = timer.nsecsElapsed();
        timer.restart();
        PasswordHasher::dummyVerify(QStringLiteral("wrong"));
        const qint64 dummy = timer.nsecsElapsed();
        // Same parameters, same work: within a factor of 3 even on a noisy machine.
        QVERIFY2(dummy * 3 > real && real * 3 > dummy,
                 qPrintable(QStringLiteral("real %1 ms, dummy %2 ms").arg(real / 1e6).arg(dummy / 1e6)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
