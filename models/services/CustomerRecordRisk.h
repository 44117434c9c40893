#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One term of the risk score: what it counts, its points and the most it can add.
struct CustomerRiskFactor
{
    QString key;         // overdue_invoices, days_overdue, disputed_invoice, hard_bounce, failed_contacts
    QString description; // translated, with the input: "3 overdue invoices (10 points each, at most 40)"
    int points = 0;
    int maximum = 0;
};

// A recalculated risk: the score stored (calculate_customer_risk_score's), its level and the
// factors that add up to it.
struct CustomerRiskAssessment
{
    qint64 customerId = 0;
    int score = 0;
    QString level; // low, medium, high, critical
    QList<CustomerRiskFactor> factors;
    QDateTime calculatedAt; // UTC
};

// Explains calculate_customer_risk_score (models/README.md, "The spec's database functions"): reads
// the same inputs the function reads, with one query that runs on both engines, and turns them
// into the function's five terms:
//   overdue_invoices  min(40, 10 x invoices pending/partial/overdue with due_date before today UTC)
//   days_overdue      min(30, (days the oldest of them is past due) / 3, integer division)
//   disputed_invoice  10 if any invoice is disputed
//   hard_bounce       10 if a hard bounce exists for the customer's e-mail (case-insensitive)
//   failed_contacts   min(10, 5 x failed contact attempts in the last 30 days)
// The score is their sum capped at 100. The function stays the authority: the service stores the
// function's score and checks that the factors add up to it (CustomerRecordService::recalculateRisk).
class CustomerRecordRisk
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRecordRisk)

public:
    struct Inputs
    {
        qint64 overdueInvoices = 0;
        qint64 maxDaysOverdue = 0;
        bool disputedInvoice = false;
        bool hardBounce = false;
        qint64 failedContacts = 0; // in the last 30 days
    };

    explicit CustomerRecordRisk(const Database& database);

    // The inputs for one customer; std::nullopt and *error for an unknown customer or a database error.
    std::optional<Inputs> inputs(qint64 customerId, QString* error = nullptr) const;

    static QList<CustomerRiskFactor> factors(const Inputs& inputs);
    // The sum of the factors' points, capped at 100.
    static int score(const QList<CustomerRiskFactor>& factors);
    // The translated title of a risk level ("Low", "Medium", "High", "Critical").
    static QString levelTitle(const QString& level);

private:
    const Database& m_database;
};
