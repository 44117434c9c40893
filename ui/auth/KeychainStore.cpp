#include "KeychainStore.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

// QtKeychain runs one job at a time. A job that timed out stays in its queue (deleting a running
// job would leave the backend calling into freed memory), so every later job would wait behind
// it: while one is outstanding, calls fail at once with the reason of that timeout.
int s_abandonedJobs = 0;
QString s_abandonReason;

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString data;
};

QString timeoutReason(int timeoutMs)
{
    if (timeoutMs % 1000 == 0)
        return KeychainStore::tr("No keychain service answered within %n second(s).", nullptr, timeoutMs / 1000);
    return KeychainStore::tr("No keychain service answered within %n millisecond(s).", nullptr, timeoutMs);
}

bool mentionsLock(const QString& text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

JobOutcome runJob(std::unique_ptr<QKeychain::Job> owned, int timeoutMs)
{
    JobOutcome outcome;
    QKeychain::Job* job = owned.release(); // from here on it deletes itself when it finishes
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text QSettings store

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    const QMetaObject::Connection connection =
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job* done) {
            outcome.finished = true;
            outcome.error = done->error();
            outcome.errorString = done->errorString();
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                outcome.data = read->textData();
            loop.quit();
        });
    job->start();
    timer.start(timeoutMs);
    // User input waits: a click during the wait must not start a second sign-in.
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!outcome.finished) {
        QObject::disconnect(connection);
        ++s_abandonedJobs;
        s_abandonReason = timeoutReason(timeoutMs);
        QObject::connect(job, &QKeychain::Job::finished, job, [] { --s_abandonedJobs; });
        outcome.error = QKeychain::NoBackendAvailable;
        outcome.errorString = s_abandonReason;
    }
    return outcome;
}

KeychainStore::Result toResult(const JobOutcome& outcome)
{
    using Status = KeychainStore::Status;
    KeychainStore::Result result;
    const QString detail = outcome.errorString.isEmpty() ? KeychainStore::tr("The keychain reported an unknown error.")
                                                         : outcome.errorString;
    switch (outcome.error) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        result.secret = outcome.data;
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        result.message = KeychainStore::tr("The keychain holds no such entry.");
        return result;
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection as AccessDenied.
        result.status = Status::Unavailable;
        result.message = KeychainStore::tr("The keychain is locked.");
        return result;
    case QKeychain::AccessDeniedByUser:
        result.status = Status::Unavailable;
        result.message = KeychainStore::tr("Access to the keychain was refused.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::Unavailable;
        result.message = outcome.finished ? KeychainStore::tr("No keychain service is available (%1).").arg(detail)
                                          : detail; // our own timeout text
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = mentionsLock(detail) ? Status::Unavailable : Status::Failed;
    result.message = mentionsLock(detail) ? KeychainStore::tr("The keychain is locked.")
                                          : KeychainStore::tr("The keychain cannot be used (%1).").arg(detail);
    return result;
}

KeychainStore::Result stalled()
{
    KeychainStore::Result result;
    result.status = KeychainStore::Status::Unavailable;
    result.message = s_abandonReason;
    return result;
}

} // namespace

KeychainStore::KeychainStore(int timeoutMs) : m_timeoutMs(timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs) {}

QString KeychainStore::sessionKey(const QString& profileName, const QString& email)
{
    return profileName + QLatin1Char('/') + email.trimmed().toLower();
}

QString KeychainStore::databasePasswordKey(const QString& profileName)
{
    return QLatin1String("db:") + profileName;
}

KeychainStore::Result KeychainStore::read(const QString& key) const
{
    if (s_abandonedJobs > 0)
        return stalled();
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(key);
    return toResult(runJob(std::move(job), m_timeoutMs));
}

KeychainStore::Result KeychainStore::write(const QString& key, const QString& secret) const
{
    if (s_abandonedJobs > 0)
        return stalled();
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    return toResult(runJob(std::move(job), m_timeoutMs));
}

KeychainStore::Result KeychainStore::remove(const QString& key) const
{
    if (s_abandonedJobs > 0)
        return stalled();
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setKey(key);
    Result result = toResult(runJob(std::move(job), m_timeoutMs));
    if (result.status == Status::NotFound)
        result = Result{Status::Ok, QString(), QString()};
    return result;
}

KeychainStore::Availability KeychainStore::probe(int timeoutMs)
{
    const Result result = KeychainStore(timeoutMs).read(probeKey());
    Availability availability;
    if (result.status == Status::Ok || result.status == Status::NotFound) {
        availability.state = Availability::State::Available;
        return availability;
    }
    availability.reason = result.message;
    return availability;
}
