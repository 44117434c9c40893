#pragma once

#include "AccessContext.h"
#include "CustomerRecord.h"
#include "CustomerRecordRisk.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

class Database;

// A field that someone else changed since the record was loaded, with the three values.
struct CustomerFieldConflict
{
    QString field;
    QVariant original;        // as loaded
    QVariant theirs;          // as stored now
    QVariant mine;            // as edited
    bool changedByMe = false; // mine differs from original (both sides changed it)
};

// What save() and create() did.
struct CustomerSaveResult
{
    enum class Status
    {
        Saved,    // written; `record` is the stored record, reloaded
        Conflict, // nothing written: someone changed fields since `original`; `record` is theirs
        Invalid,  // nothing written: `fieldErrors` says why
        Failed    // nothing written: refused or a database error; `error` says why
    };
    Status status = Status::Failed;
    CustomerRecord record;
    QList<CustomerFieldConflict> conflicts;
    QMap<QString, QString> fieldErrors;
    QString error;

    bool saved() const { return status == Status::Saved; }
};

// Loads and stores one customer for the customer form: the customers row and its
// customer_profiles row (created when missing), the risk recalculation with its factors.
//
// Permissions (the AccessContext, checked in every method; a refusal changes nothing): load needs
// read on customers and customer_profiles; save needs update on customers and, when a profile
// field changed, update (or create, for a missing row) on customer_profiles; create needs create
// on both; recalculateRisk update on customer_profiles. Every write is audited in its transaction
// (AuditTrail: "create" / "update" with the changed columns; "risk_recalculated" with the factors).
//
// Concurrency: save(original, edited) detects lost updates by value, not by a version counter.
// Inside its transaction it locks both rows (PostgreSQL: SELECT ... FOR UPDATE; SQLite: a no-op
// write first takes the single writer lock, so the reads that follow see the newest commit) and
// re-reads them ("theirs"). Every editable field whose stored value differs from `original` and
// from `edited` is a conflict; then nothing is written and the result lists them (a field both
// sides set to the same value is not). Otherwise only the fields that differ from the stored
// values are written, so changes someone else made to other columns (holds, risk) survive.
// The row versions (updated_at) are carried for display; a same-millisecond update on SQLite
// cannot hide a change because the comparison is by value.
class CustomerRecordService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRecordService)

public:
    CustomerRecordService(const Database& database, AccessContextPtr context);

    bool canRead() const;
    bool canUpdate() const;
    bool canCreate() const;
    bool canRecalculateRisk() const;

    std::optional<CustomerRecord> load(qint64 customerId, QString* error = nullptr) const;

    // The record's problems, field -> message (CustomerRecordValidator::validate).
    static QMap<QString, QString> validate(const CustomerRecord& record);

    // Stores `edited` over the stored customer if nobody changed it since `original` was loaded.
    CustomerSaveResult save(const CustomerRecord& original, const CustomerRecord& edited);
    // Stores a new customer and its profile (record.customerId must be 0).
    CustomerSaveResult create(const CustomerRecord& record);

    // The record to save after a conflict: `theirs` (the newest stored version, whose row versions
    // the next save compares against) with every field I changed that nobody else did, and for each
    // conflicting field mine if it is in `keepMine`, else theirs. Save it with save(theirs, merged).
    static CustomerRecord merge(const CustomerRecord& original, const CustomerRecord& mine,
                                const CustomerRecord& theirs, const QSet<QString>& keepMine);

    // Runs calculate_customer_risk_score, explains it (CustomerRecordRisk) and stores score, level
    // and time on the profile. The factors must add up to the function's score: they are read
    // again (up to three times) if data changed in between, else nothing is stored.
    std::optional<CustomerRiskAssessment> recalculateRisk(qint64 customerId, QString* error = nullptr);

private:
    // Reads the record on the current connection; with `lock`, inside the caller's transaction,
    // after locking both rows. std::nullopt and *error when missing or on error.
    std::optional<CustomerRecord> read(qint64 customerId, bool lock, QString* error) const;
    bool lockRows(qint64 customerId, QString* error) const;
    bool writeFields(const CustomerRecord& stored, const CustomerRecord& edited, const QStringList& fields,
                     QString* error) const;
    CustomerSaveResult failed(const QString& message) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
