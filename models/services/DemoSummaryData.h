#pragma once

#include <QString>

class DemoContext;

// The demo's last stage, written after every customer: LLM budget limits, the LLM response
// cache, system_metrics (daily series computed from what the customers' stages counted), and the
// audit trail - every collected audit event in time order, then the demo marker row that
// DemoSeeder::isDemoDatabase() looks for.
class DemoSummaryData
{
public:
    explicit DemoSummaryData(DemoContext& context);

    void write(qint64 customers);

private:
    void writeBudgetLimits();
    void writeCache(qint64 customers);
    void writeMetrics();
    void writeAudit(qint64 customers);

    DemoContext& m_ctx;
};
