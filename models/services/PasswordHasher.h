#pragma once

#include <QString>

// Argon2id password hashing (libsodium's crypto_pwhash_str): hash, constant-time verify,
// "needs rehash" when stored parameters are weaker than current, and a dummy verification
// so that an unknown email costs the same time as a wrong password.
class PasswordHasher
{
public:
    // The encoded hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"); empty on failure (out of memory).
    static QString hash(const QString& password);
    static bool verify(const QString& encodedHash, const QString& password);
    static bool needsRehash(const QString& encodedHash);
    static void dummyVerify(const QString& password);

    // Tests may switch to libsodium's minimum cost; the application never does.
    static void setFastParametersForTests(bool fast);

private:
    static void ensureInitialized();
};
