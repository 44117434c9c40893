#include "WorkerConnection.h"

#include "db/Database.h"

WorkerConnection::WorkerConnection(const Database& database, const AccessContextPtr& access) : m_url(database.url())
{
    const AccessContextPtr actor = access ? access : AccessContext::nobody();
    m_kind = actor->kind();
    m_userId = actor->userId();
    m_role = actor->role();
    m_email = actor->email();
}

WorkerConnection::~WorkerConnection()
{
    close();
}

WorkerConnection::WorkerConnection(WorkerConnection&& other) noexcept = default;
WorkerConnection& WorkerConnection::operator=(WorkerConnection&& other) noexcept = default;

bool WorkerConnection::open(QString* error)
{
    close();
    QString openError;
    m_database = Database::open(m_url, &openError);
    if (!m_database) {
        if (error)
            *error = tr("Cannot open a second connection to the database: %1").arg(openError);
        return false;
    }
    switch (m_kind) {
    case AccessContext::Kind::System:
        m_access = AccessContext::system();
        break;
    case AccessContext::Kind::Nobody:
        m_access = AccessContext::nobody();
        break;
    case AccessContext::Kind::User:
        m_access = AccessContext::forUser(std::make_shared<PermissionService>(*m_database), m_userId, m_role, m_email);
        break;
    }
    return true;
}

void WorkerConnection::close()
{
    m_access.reset(); // its PermissionService reads through m_database
    m_database.reset();
}
