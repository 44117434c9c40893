#include "DemoSeeder.h"

#include "db/Database.h"

#include <QCoreApplication>

// Placeholder until the seeder lands: refuses honestly instead of pretending.
DemoSeeder::DemoSeeder(const Database& database) : m_database(database) {}

bool DemoSeeder::run(const Options&, Result*, QString* error, const Progress&)
{
    if (error)
        *error = QCoreApplication::translate("DemoSeeder", "Demo data is not available in this build yet.");
    return false;
}

bool DemoSeeder::isDemoDatabase(const Database&)
{
    return false;
}
