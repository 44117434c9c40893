#pragma once

#include "AccessContext.h"
#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class Database;

// What a worker thread needs to use the database (count or export the audit log, export the
// customer list, run an import) without touching the
// GUI thread's connection: a connection of its own to the same database and an AccessContext
// for the same actor whose permission checks read through that connection.
//
// Qt SQL connections and PermissionService belong to the thread that opened them, and the GUI's
// Database may be gone before a worker finishes. So the object is made on the owning thread
// (it copies the URL and the actor, nothing else), handed to the worker, opened and used there,
// and destroyed there:
//
//   WorkerConnection connection(database, access);               // GUI thread
//   QThread::create([connection = std::move(connection)]() mutable { // worker
//       if (connection.open(&error)) AuditLogExporter(connection.database(), connection.access())...;
//   });
class WorkerConnection
{
    Q_DECLARE_TR_FUNCTIONS(WorkerConnection)

public:
    WorkerConnection(const Database& database, const AccessContextPtr& access);
    ~WorkerConnection();
    WorkerConnection(WorkerConnection&& other) noexcept;
    WorkerConnection& operator=(WorkerConnection&& other) noexcept;
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    // Opens the connection on the calling thread. False and *error when it cannot.
    bool open(QString* error);
    bool isOpen() const { return m_database != nullptr; }

    // Valid after a successful open(), on the thread that opened it.
    const Database& database() const { return *m_database; }
    AccessContextPtr access() const { return m_access; }

    // Closes the connection (also done by the destructor); call it on the opening thread.
    void close();

private:
    DatabaseUrl m_url;
    AccessContext::Kind m_kind = AccessContext::Kind::Nobody;
    qint64 m_userId = 0;
    QString m_role;
    QString m_email;
    std::unique_ptr<Database> m_database;
    AccessContextPtr m_access;
};
