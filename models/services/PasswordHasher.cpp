#include "PasswordHasher.h"

#include <sodium.h>

#include <atomic>
#include <mutex>

namespace {

std::atomic<bool> g_fast{false};

unsigned long long opsLimit()
{
    return g_fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return g_fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

} // namespace

void PasswordHasher::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

void PasswordHasher::setFastParametersForTests(bool fast)
{
    g_fast = fast;
}

QString PasswordHasher::hash(const QString& password)
{
    ensureInitialized();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit(),
                              memLimit(), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password)
{
    ensureInitialized();
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
           == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash)
{
    ensureInitialized();
    const QByteArray stored = encodedHash.toLatin1();
    // 1 = weaker than current parameters, -1 = not an Argon2id string: rehash both.
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

void PasswordHasher::dummyVerify(const QString& password)
{
    static const QString dummy = hash(QStringLiteral("collectdesk-dummy-password"));
    verify(dummy, password);
}
