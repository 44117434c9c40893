#pragma once

#include "DemoSeeder.h"

#include <QList>
#include <QString>

class Database;
class DemoContext;

// The demo's fixed rows, written before the customers: one user per role (Argon2id-hashed
// passwords), their sessions and password reset tokens, API keys, the AI agents, the message
// templates and the compliance rule packs. Fills the context's ids. (The role permission matrix
// is not demo data: migration 0002 installs it on every database.)
class DemoReferenceData
{
public:
    using Account = DemoSeeder::Account;

    DemoReferenceData(const Database& database, DemoContext& context);

    // Demo passwords are derived from the seed (the same seed prints the same passwords); the
    // raw session tokens, reset tokens and API keys come from the system CSPRNG and are never
    // stored or shown (only their SHA-256).
    static QList<Account> accounts(quint64 seed);
    static QString accountEmail(int role);

    bool write(QList<Account>* accounts, QString* error);

private:
    bool writeUsers(QList<Account>* accounts, QString* error);
    void writeSecrets();
    void writeAgents();
    void writeTemplates();
    bool writeRules(QString* error);

    const Database& m_database;
    DemoContext& m_ctx;
};
