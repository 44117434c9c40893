#include "CampaignEmailStatsModel.h"

CampaignEmailStatsModel::CampaignEmailStatsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("campaign_email_stats"), parent)
{
}
