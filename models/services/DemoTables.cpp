#include "DemoTables.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char* const kNames[DemoTables::Count] = {"users",
                                               "user_sessions",
                                               "password_reset_tokens",
                                               "api_keys",
                                               "role_permissions",
                                               "agents",
                                               "templates",
                                               "compliance_rules",
                                               "customers",
                                               "customer_profiles",
                                               "payment_records",
                                               "opt_outs",
                                               "campaigns",
                                               "tasks",
                                               "contact_attempts",
                                               "email_deliveries",
                                               "email_bounces",
                                               "email_suppressions",
                                               "email_links",
                                               "campaign_email_stats",
                                               "llm_usage_logs",
                                               "llm_budget_limits",
                                               "llm_cache",
                                               "system_metrics",
                                               "audit_logs"};

const char* const kColumns[DemoTables::Count] = {
    "id email password_hash full_name role is_active failed_login_count last_login_at password_changed_at "
    "created_at updated_at",
    "id user_id session_token expires_at last_seen_at client_info ip_address revoked_at created_at",
    "id user_id token expires_at used_at created_by created_at",
    "id name key_prefix key_hash scopes rate_limit expires_at last_used_at revoked_at created_by created_at "
    "updated_at",
    "id role resource action created_at updated_at",
    "id name type status capabilities config llm_provider llm_model last_heartbeat_at created_at updated_at",
    "id name type channel subject content variables language is_active version created_by created_at updated_at",
    "id name rule_pack rule_type condition action description priority is_active created_at updated_at",
    "id company_name contact_name email phone address_line1 address_line2 city region postal_code country_code "
    "time_zone phone_time_zone preferred_language rule_pack notes created_at updated_at",
    "id customer_id risk_level risk_score risk_calculated_at do_not_contact do_not_contact_reason preferred_channel "
    "dispute_hold_at dispute_hold_reason dispute_hold_by cease_and_desist_hold_at cease_and_desist_hold_reason "
    "cease_and_desist_hold_by attorney_hold_at attorney_hold_reason attorney_hold_by bankruptcy_hold_at "
    "bankruptcy_hold_reason bankruptcy_hold_by deceased_hold_at deceased_hold_reason deceased_hold_by "
    "hardship_hold_at hardship_hold_reason hardship_hold_by created_at updated_at",
    "id customer_id invoice_number amount amount_paid currency issued_date due_date paid_at status rule_pack "
    "description created_at updated_at",
    "id customer_id channel reason source recorded_by revoked_at created_at updated_at",
    "id name customer_id payment_id status escalation_steps current_step started_at paused_at completed_at "
    "created_by created_at updated_at",
    "id customer_id campaign_id assigned_agent_id type priority status due_at completed_at result created_at "
    "updated_at",
    "id task_id agent_id staff_user_id customer_id payment_id channel direction status conversation_occurred "
    "attempted_at duration_seconds outcome notes created_at",
    "id campaign_id customer_id template_id message_id to_address subject status sent_at delivered_at opened_at "
    "clicked_at bounced_at retry_count next_retry_at last_error created_at updated_at",
    "id delivery_id email_address bounce_type diagnostic bounced_at created_at",
    "id email_address reason source expires_at created_at updated_at",
    "id delivery_id original_url tracking_url click_count first_clicked_at last_clicked_at created_at updated_at",
    "id campaign_id stat_date sent_count delivered_count opened_count clicked_count bounced_count complained_count "
    "open_rate click_rate bounce_rate created_at updated_at",
    "id provider model agent_id task_id campaign_id prompt_tokens completion_tokens total_tokens cost currency "
    "latency_ms cache_hit created_at",
    "id scope scope_ref period limit_amount currency alert_threshold_pct is_active created_at updated_at",
    "id cache_key provider model prompt_hash response_text tokens hit_count expires_at last_hit_at created_at "
    "updated_at",
    "id metric_type metric_name value dimensions recorded_at created_at",
    "id actor_id actor_type action entity_type entity_id old_values new_values ip_address user_agent created_at"};

// Columns bound through Dialect::jsonParameter() / arrayParameter().
const char* const kJsonColumns[] = {"agents.config",
                                    "campaigns.escalation_steps",
                                    "tasks.result",
                                    "compliance_rules.condition",
                                    "system_metrics.dimensions",
                                    "audit_logs.old_values",
                                    "audit_logs.new_values"};
const char* const kArrayColumns[] = {"api_keys.scopes", "agents.capabilities", "templates.variables"};

} // namespace

DemoTables::DemoTables(const Database& database) : m_database(database)
{
    const Dialect& dialect = database.dialect();
    for (int t = 0; t < Count; ++t) {
        const auto table = Table(t);
        m_inserters[t] = std::make_unique<BatchInserter>(database, name(table), columns(table));
        for (const char* qualified : kJsonColumns) {
            const QStringList parts = QString::fromLatin1(qualified).split(QLatin1Char('.'));
            if (parts[0] == name(table))
                m_inserters[t]->setParameterExpression(parts[1], dialect.jsonParameter());
        }
        for (const char* qualified : kArrayColumns) {
            const QStringList parts = QString::fromLatin1(qualified).split(QLatin1Char('.'));
            if (parts[0] == name(table))
                m_inserters[t]->setParameterExpression(parts[1], dialect.arrayParameter());
        }
    }
}

DemoTables::~DemoTables() = default;

QString DemoTables::name(Table table)
{
    return QString::fromLatin1(kNames[table]);
}

QStringList DemoTables::columns(Table table)
{
    return QString::fromLatin1(kColumns[table]).split(QLatin1Char(' '));
}

bool DemoTables::readBaseIds(QString* error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (int t = 0; t < Count; ++t) {
        if (!query.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(name(Table(t)))) || !query.next()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        m_baseId[t] = query.value(0).toLongLong();
        m_lastId[t] = m_baseId[t];
    }
    return true;
}

bool DemoTables::flushAll(QString* error)
{
    for (auto& inserter : m_inserters) {
        if (!inserter->flush(error)) {
            clearAll();
            return false;
        }
    }
    return true;
}

void DemoTables::clearAll()
{
    for (auto& inserter : m_inserters)
        inserter->clear();
}
