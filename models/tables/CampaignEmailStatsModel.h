#pragma once

#include "SqlTableModel.h"

// Model of the campaign_email_stats table. Per-campaign daily email counts and rates, maintained by
// update_campaign_email_stats().
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class CampaignEmailStatsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CampaignEmailStatsModel(const Database& database, QObject* parent = nullptr);
};
