#pragma once

#include "DemoActivityGenerator.h"

#include <QString>

class DemoContext;
class DemoRandom;
struct DemoCustomer;

// Generates one demo customer with everything that hangs off it: the customers row, its
// customer_profiles row (holds; the risk score by the README's formula over the generated data),
// 1-5 payment_records, an opt-out for ~5% of customers, and - through DemoActivityGenerator -
// campaigns, tasks, contact attempts, e-mails and LLM usage. Customer i always gets the same
// data for the same seed: it draws from its own random stream.
class DemoCustomerGenerator
{
public:
    explicit DemoCustomerGenerator(DemoContext& context);

    void generate(qint64 index, qint64 totalCustomers);

    // Names used in the audit trail.
    static QString holdName(int hold);
    static QString holdReason(int hold, int reason);
    static QString optOutSourceName(int source);

private:
    void buildIdentity(DemoCustomer& c, DemoRandom& random);
    void buildHolds(DemoCustomer& c, DemoRandom& random);
    void buildInvoices(DemoCustomer& c, DemoRandom& random);
    void buildOptOut(DemoCustomer& c, DemoRandom& random);
    void writeCustomer(const DemoCustomer& c, DemoRandom& random);
    void writeProfile(const DemoCustomer& c, DemoRandom& random);
    void writeInvoices(const DemoCustomer& c, DemoRandom& random);
    void writeOptOut(const DemoCustomer& c);

    DemoContext& m_ctx;
    DemoActivityGenerator m_activity;
    std::vector<int> m_cityZones;
};
