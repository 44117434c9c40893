// Data table: the 25 spec tables and every column (models/README.md); long by nature, little logic.
#include "TableCatalog.h"

#include <QCoreApplication>

namespace {

constexpr bool Required = true;

enum TableFlag
{
    Plain = 0,
    Large = 1,
    Sensitive = 2
};

ColumnSpec column(const char* name, ColumnType type, const char* header, bool required = false)
{
    ColumnSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.type = type;
    spec.header = header;
    spec.required = required;
    return spec;
}

ColumnSpec text(const char* name, const char* header, bool required = false)
{
    return column(name, ColumnType::Text, header, required);
}

ColumnSpec foreignKey(const char* name, const char* header, const char* references, bool required = false)
{
    ColumnSpec spec = column(name, ColumnType::ForeignKey, header, required);
    spec.references = QString::fromLatin1(references);
    return spec;
}

ColumnSpec enumeration(const char* name, const char* header, const QStringList& values, bool required = false)
{
    ColumnSpec spec = column(name, ColumnType::Enum, header, required);
    spec.enumValues = values;
    return spec;
}

ColumnSpec money(const char* name, const char* header, bool required = false, ColumnType type = ColumnType::Money)
{
    ColumnSpec spec = column(name, type, header, required);
    spec.currencyColumn = QStringLiteral("currency");
    return spec;
}

ColumnSpec readOnly(ColumnSpec spec)
{
    spec.readOnly = true;
    return spec;
}

ColumnSpec id()
{
    return readOnly(column("id", ColumnType::Id, QT_TRANSLATE_NOOP("Column", "ID")));
}

ColumnSpec createdAt()
{
    return readOnly(column("created_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Created At")));
}

ColumnSpec updatedAt()
{
    return readOnly(column("updated_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Updated At")));
}

TableSpec table(const char* name, TableGroup group, const char* title, int flags, const QList<ColumnSpec>& columns)
{
    TableSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.group = group;
    spec.title = title;
    spec.large = (flags & Large) != 0;
    spec.sensitive = (flags & Sensitive) != 0;
    spec.columns = columns;
    return spec;
}

// Enum value lists used by more than one column.
const QStringList& channels()
{
    static const QStringList values = {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice"),
                                       QStringLiteral("letter")};
    return values;
}

const QStringList& rulePacks()
{
    static const QStringList values = {QStringLiteral("consumer_us"), QStringLiteral("uk_fca"), QStringLiteral("b2b")};
    return values;
}

QList<TableSpec> authenticationTables()
{
    const TableGroup g = TableGroup::Authentication;
    return {
        table("users", g, QT_TRANSLATE_NOOP("Table", "Users"), Sensitive,
              {
                  id(),
                  column("email", ColumnType::Email, QT_TRANSLATE_NOOP("Column", "Email"), Required),
                  column("password_hash", ColumnType::Secret, QT_TRANSLATE_NOOP("Column", "Password Hash"), Required),
                  text("full_name", QT_TRANSLATE_NOOP("Column", "Full Name")),
                  enumeration("role", QT_TRANSLATE_NOOP("Column", "Role"),
                              {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("collector"),
                               QStringLiteral("auditor")},
                              Required),
                  column("is_active", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Active")),
                  column("failed_login_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Failed Logins")),
                  column("locked_until", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Locked Until")),
                  column("last_login_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Login At")),
                  column("password_changed_at", ColumnType::Timestamp,
                         QT_TRANSLATE_NOOP("Column", "Password Changed At")),
                  createdAt(),
                  updatedAt(),
              }),
        table("user_sessions", g, QT_TRANSLATE_NOOP("Table", "User Sessions"), Sensitive,
              {
                  id(),
                  foreignKey("user_id", QT_TRANSLATE_NOOP("Column", "User"), "users", Required),
                  column("session_token", ColumnType::Secret, QT_TRANSLATE_NOOP("Column", "Session Token"), Required),
                  column("expires_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Expires At"), Required),
                  column("last_seen_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Seen At")),
                  text("client_info", QT_TRANSLATE_NOOP("Column", "Client Info")),
                  text("ip_address", QT_TRANSLATE_NOOP("Column", "IP Address")),
                  column("revoked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Revoked At")),
                  createdAt(),
              }),
        table("password_reset_tokens", g, QT_TRANSLATE_NOOP("Table", "Password Reset Tokens"), Sensitive,
              {
                  id(),
                  foreignKey("user_id", QT_TRANSLATE_NOOP("Column", "User"), "users", Required),
                  column("token", ColumnType::Secret, QT_TRANSLATE_NOOP("Column", "Token"), Required),
                  column("expires_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Expires At"), Required),
                  column("used_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Used At")),
                  foreignKey("created_by", QT_TRANSLATE_NOOP("Column", "Created By"), "users"),
                  createdAt(),
              }),
        table("api_keys", g, QT_TRANSLATE_NOOP("Table", "API Keys"), Sensitive,
              {
                  id(),
                  text("name", QT_TRANSLATE_NOOP("Column", "Name"), Required),
                  text("key_prefix", QT_TRANSLATE_NOOP("Column", "Key Prefix"), Required),
                  column("key_hash", ColumnType::Secret, QT_TRANSLATE_NOOP("Column", "Key Hash"), Required),
                  column("scopes", ColumnType::TextArray, QT_TRANSLATE_NOOP("Column", "Scopes")),
                  column("rate_limit", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Rate Limit (per Minute)")),
                  column("expires_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Expires At")),
                  column("last_used_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Used At")),
                  column("revoked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Revoked At")),
                  foreignKey("created_by", QT_TRANSLATE_NOOP("Column", "Created By"), "users"),
                  createdAt(),
                  updatedAt(),
              }),
        table("role_permissions", g, QT_TRANSLATE_NOOP("Table", "Role Permissions"), Sensitive,
              {
                  id(),
                  text("role", QT_TRANSLATE_NOOP("Column", "Role"), Required),
                  text("resource", QT_TRANSLATE_NOOP("Column", "Resource"), Required),
                  enumeration("action", QT_TRANSLATE_NOOP("Column", "Action"),
                              {QStringLiteral("read"), QStringLiteral("create"), QStringLiteral("update"),
                               QStringLiteral("delete"), QStringLiteral("export"), QStringLiteral("manage"),
                               QStringLiteral("*")},
                              Required),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

QList<TableSpec> customerTables()
{
    const TableGroup g = TableGroup::Customers;
    return {
        table("customers", g, QT_TRANSLATE_NOOP("Table", "Customers"), Large,
              {
                  id(),
                  text("company_name", QT_TRANSLATE_NOOP("Column", "Company Name"), Required),
                  text("contact_name", QT_TRANSLATE_NOOP("Column", "Contact Name")),
                  column("email", ColumnType::Email, QT_TRANSLATE_NOOP("Column", "Email")),
                  column("phone", ColumnType::Phone, QT_TRANSLATE_NOOP("Column", "Phone")),
                  text("address_line1", QT_TRANSLATE_NOOP("Column", "Address Line 1")),
                  text("address_line2", QT_TRANSLATE_NOOP("Column", "Address Line 2")),
                  text("city", QT_TRANSLATE_NOOP("Column", "City")),
                  text("region", QT_TRANSLATE_NOOP("Column", "Region")),
                  text("postal_code", QT_TRANSLATE_NOOP("Column", "Postal Code")),
                  text("country_code", QT_TRANSLATE_NOOP("Column", "Country")),
                  column("time_zone", ColumnType::TimeZone, QT_TRANSLATE_NOOP("Column", "Time Zone")),
                  column("phone_time_zone", ColumnType::TimeZone, QT_TRANSLATE_NOOP("Column", "Phone Time Zone")),
                  text("preferred_language", QT_TRANSLATE_NOOP("Column", "Preferred Language")),
                  enumeration("rule_pack", QT_TRANSLATE_NOOP("Column", "Rule Pack"), rulePacks()),
                  text("notes", QT_TRANSLATE_NOOP("Column", "Notes")),
                  createdAt(),
                  updatedAt(),
              }),
        table(
            "customer_profiles", g, QT_TRANSLATE_NOOP("Table", "Customer Profiles"), Plain,
            {
                id(),
                foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                enumeration("risk_level", QT_TRANSLATE_NOOP("Column", "Risk Level"),
                            {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                             QStringLiteral("critical")}),
                column("risk_score", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Risk Score")),
                column("risk_calculated_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Risk Calculated At")),
                column("do_not_contact", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Do Not Contact")),
                text("do_not_contact_reason", QT_TRANSLATE_NOOP("Column", "Do Not Contact Reason")),
                enumeration("preferred_channel", QT_TRANSLATE_NOOP("Column", "Preferred Channel"), channels()),
                column("dispute_hold_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Dispute Hold Since")),
                text("dispute_hold_reason", QT_TRANSLATE_NOOP("Column", "Dispute Hold Reason")),
                foreignKey("dispute_hold_by", QT_TRANSLATE_NOOP("Column", "Dispute Hold By"), "users"),
                column("cease_and_desist_hold_at", ColumnType::Timestamp,
                       QT_TRANSLATE_NOOP("Column", "Cease and Desist Hold Since")),
                text("cease_and_desist_hold_reason", QT_TRANSLATE_NOOP("Column", "Cease and Desist Hold Reason")),
                foreignKey("cease_and_desist_hold_by", QT_TRANSLATE_NOOP("Column", "Cease and Desist Hold By"),
                           "users"),
                column("attorney_hold_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Attorney Hold Since")),
                text("attorney_hold_reason", QT_TRANSLATE_NOOP("Column", "Attorney Hold Reason")),
                foreignKey("attorney_hold_by", QT_TRANSLATE_NOOP("Column", "Attorney Hold By"), "users"),
                column("bankruptcy_hold_at", ColumnType::Timestamp,
                       QT_TRANSLATE_NOOP("Column", "Bankruptcy Hold Since")),
                text("bankruptcy_hold_reason", QT_TRANSLATE_NOOP("Column", "Bankruptcy Hold Reason")),
                foreignKey("bankruptcy_hold_by", QT_TRANSLATE_NOOP("Column", "Bankruptcy Hold By"), "users"),
                column("deceased_hold_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Deceased Hold Since")),
                text("deceased_hold_reason", QT_TRANSLATE_NOOP("Column", "Deceased Hold Reason")),
                foreignKey("deceased_hold_by", QT_TRANSLATE_NOOP("Column", "Deceased Hold By"), "users"),
                column("hardship_hold_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Hardship Hold Since")),
                text("hardship_hold_reason", QT_TRANSLATE_NOOP("Column", "Hardship Hold Reason")),
                foreignKey("hardship_hold_by", QT_TRANSLATE_NOOP("Column", "Hardship Hold By"), "users"),
                createdAt(),
                updatedAt(),
            }),
        table("payment_records", g, QT_TRANSLATE_NOOP("Table", "Payment Records"), Large,
              {
                  id(),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                  text("invoice_number", QT_TRANSLATE_NOOP("Column", "Invoice Number"), Required),
                  money("amount", QT_TRANSLATE_NOOP("Column", "Amount"), Required),
                  money("amount_paid", QT_TRANSLATE_NOOP("Column", "Amount Paid")),
                  column("currency", ColumnType::Currency, QT_TRANSLATE_NOOP("Column", "Currency")),
                  column("issued_date", ColumnType::Date, QT_TRANSLATE_NOOP("Column", "Issued Date")),
                  column("due_date", ColumnType::Date, QT_TRANSLATE_NOOP("Column", "Due Date"), Required),
                  column("paid_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Paid At")),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"),
                              {QStringLiteral("pending"), QStringLiteral("partial"), QStringLiteral("paid"),
                               QStringLiteral("overdue"), QStringLiteral("disputed"), QStringLiteral("written_off")},
                              Required),
                  enumeration("rule_pack", QT_TRANSLATE_NOOP("Column", "Rule Pack"), rulePacks()),
                  text("description", QT_TRANSLATE_NOOP("Column", "Description")),
                  createdAt(),
                  updatedAt(),
              }),
        table("opt_outs", g, QT_TRANSLATE_NOOP("Table", "Opt-Outs"), Plain,
              {
                  id(),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                  enumeration("channel", QT_TRANSLATE_NOOP("Column", "Channel"),
                              channels() + QStringList{QStringLiteral("all")}, Required),
                  text("reason", QT_TRANSLATE_NOOP("Column", "Reason")),
                  enumeration("source", QT_TRANSLATE_NOOP("Column", "Source"),
                              {QStringLiteral("customer_request"), QStringLiteral("sms_keyword"),
                               QStringLiteral("email_unsubscribe"), QStringLiteral("agent"), QStringLiteral("staff"),
                               QStringLiteral("legal"), QStringLiteral("import")},
                              Required),
                  foreignKey("recorded_by", QT_TRANSLATE_NOOP("Column", "Recorded By"), "users"),
                  column("revoked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Revoked At")),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

QList<TableSpec> workflowTables()
{
    const TableGroup g = TableGroup::Workflow;
    return {
        table("campaigns", g, QT_TRANSLATE_NOOP("Table", "Campaigns"), Plain,
              {
                  id(),
                  text("name", QT_TRANSLATE_NOOP("Column", "Name"), Required),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                  foreignKey("payment_id", QT_TRANSLATE_NOOP("Column", "Payment"), "payment_records"),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"),
                              {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("paused"),
                               QStringLiteral("completed"), QStringLiteral("cancelled")},
                              Required),
                  column("escalation_steps", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Escalation Steps")),
                  column("current_step", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Current Step")),
                  column("started_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Started At")),
                  column("paused_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Paused At")),
                  column("completed_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Completed At")),
                  foreignKey("created_by", QT_TRANSLATE_NOOP("Column", "Created By"), "users"),
                  createdAt(),
                  updatedAt(),
              }),
        table("tasks", g, QT_TRANSLATE_NOOP("Table", "Tasks"), Plain,
              {
                  id(),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                  foreignKey("campaign_id", QT_TRANSLATE_NOOP("Column", "Campaign"), "campaigns"),
                  foreignKey("assigned_agent_id", QT_TRANSLATE_NOOP("Column", "Assigned Agent"), "agents"),
                  enumeration("type", QT_TRANSLATE_NOOP("Column", "Type"),
                              {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice_call"),
                               QStringLiteral("letter"), QStringLiteral("follow_up"), QStringLiteral("review")},
                              Required),
                  column("priority", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Priority")),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"),
                              {QStringLiteral("pending"), QStringLiteral("assigned"), QStringLiteral("in_progress"),
                               QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled")},
                              Required),
                  column("due_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Due At")),
                  column("completed_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Completed At")),
                  column("result", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Result")),
                  createdAt(),
                  updatedAt(),
              }),
        table("agents", g, QT_TRANSLATE_NOOP("Table", "Agents"), Plain,
              {
                  id(),
                  text("name", QT_TRANSLATE_NOOP("Column", "Name"), Required),
                  enumeration("type", QT_TRANSLATE_NOOP("Column", "Type"),
                              {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice"),
                               QStringLiteral("letter"), QStringLiteral("orchestrator")},
                              Required),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"),
                              {QStringLiteral("active"), QStringLiteral("idle"), QStringLiteral("paused"),
                               QStringLiteral("offline"), QStringLiteral("error")},
                              Required),
                  column("capabilities", ColumnType::TextArray, QT_TRANSLATE_NOOP("Column", "Capabilities")),
                  column("config", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Configuration")),
                  text("llm_provider", QT_TRANSLATE_NOOP("Column", "LLM Provider")),
                  text("llm_model", QT_TRANSLATE_NOOP("Column", "LLM Model")),
                  column("last_heartbeat_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Heartbeat At")),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

QList<TableSpec> communicationTables()
{
    const TableGroup g = TableGroup::Communication;
    const QStringList deliveryStatuses = {
        QStringLiteral("queued"),      QStringLiteral("sent"),    QStringLiteral("delivered"),
        QStringLiteral("opened"),      QStringLiteral("clicked"), QStringLiteral("soft_bounce"),
        QStringLiteral("hard_bounce"), QStringLiteral("failed"),  QStringLiteral("complained")};
    return {
        table("contact_attempts", g, QT_TRANSLATE_NOOP("Table", "Contact Attempts"), Large,
              {
                  id(),
                  foreignKey("task_id", QT_TRANSLATE_NOOP("Column", "Task"), "tasks"),
                  foreignKey("agent_id", QT_TRANSLATE_NOOP("Column", "Agent"), "agents"),
                  foreignKey("staff_user_id", QT_TRANSLATE_NOOP("Column", "Staff User"), "users"),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers", Required),
                  foreignKey("payment_id", QT_TRANSLATE_NOOP("Column", "Payment"), "payment_records"),
                  enumeration("channel", QT_TRANSLATE_NOOP("Column", "Channel"), channels(), Required),
                  enumeration("direction", QT_TRANSLATE_NOOP("Column", "Direction"),
                              {QStringLiteral("outbound"), QStringLiteral("inbound")}),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"),
                              {QStringLiteral("scheduled"), QStringLiteral("sent"), QStringLiteral("delivered"),
                               QStringLiteral("failed"), QStringLiteral("answered"), QStringLiteral("no_answer"),
                               QStringLiteral("voicemail"), QStringLiteral("busy"), QStringLiteral("replied"),
                               QStringLiteral("bounced")},
                              Required),
                  column("conversation_occurred", ColumnType::Boolean,
                         QT_TRANSLATE_NOOP("Column", "Conversation Occurred")),
                  column("attempted_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Attempted At")),
                  column("duration_seconds", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Duration (Seconds)")),
                  text("outcome", QT_TRANSLATE_NOOP("Column", "Outcome")),
                  text("notes", QT_TRANSLATE_NOOP("Column", "Notes")),
                  createdAt(),
              }),
        table(
            "templates", g, QT_TRANSLATE_NOOP("Table", "Templates"), Plain,
            {
                id(),
                text("name", QT_TRANSLATE_NOOP("Column", "Name"), Required),
                enumeration("type", QT_TRANSLATE_NOOP("Column", "Type"),
                            {QStringLiteral("initial_notice"), QStringLiteral("reminder"), QStringLiteral("escalation"),
                             QStringLiteral("final_notice"), QStringLiteral("payment_confirmation"),
                             QStringLiteral("validation_notice"), QStringLiteral("opt_out_confirmation")},
                            Required),
                enumeration("channel", QT_TRANSLATE_NOOP("Column", "Channel"), channels(), Required),
                text("subject", QT_TRANSLATE_NOOP("Column", "Subject")),
                text("content", QT_TRANSLATE_NOOP("Column", "Content"), Required),
                column("variables", ColumnType::TextArray, QT_TRANSLATE_NOOP("Column", "Variables")),
                text("language", QT_TRANSLATE_NOOP("Column", "Language")),
                column("is_active", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Active")),
                column("version", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Version")),
                foreignKey("created_by", QT_TRANSLATE_NOOP("Column", "Created By"), "users"),
                createdAt(),
                updatedAt(),
            }),
        table("email_deliveries", g, QT_TRANSLATE_NOOP("Table", "Email Deliveries"), Large,
              {
                  id(),
                  foreignKey("campaign_id", QT_TRANSLATE_NOOP("Column", "Campaign"), "campaigns"),
                  foreignKey("customer_id", QT_TRANSLATE_NOOP("Column", "Customer"), "customers"),
                  foreignKey("template_id", QT_TRANSLATE_NOOP("Column", "Template"), "templates"),
                  text("message_id", QT_TRANSLATE_NOOP("Column", "Message ID"), Required),
                  column("to_address", ColumnType::Email, QT_TRANSLATE_NOOP("Column", "To"), Required),
                  text("subject", QT_TRANSLATE_NOOP("Column", "Subject")),
                  enumeration("status", QT_TRANSLATE_NOOP("Column", "Status"), deliveryStatuses, Required),
                  column("sent_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Sent At")),
                  column("delivered_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Delivered At")),
                  column("opened_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Opened At")),
                  column("clicked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Clicked At")),
                  column("bounced_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Bounced At")),
                  column("retry_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Retry Count")),
                  column("next_retry_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Next Retry At")),
                  text("last_error", QT_TRANSLATE_NOOP("Column", "Last Error")),
                  createdAt(),
                  updatedAt(),
              }),
        table("email_bounces", g, QT_TRANSLATE_NOOP("Table", "Email Bounces"), Plain,
              {
                  id(),
                  foreignKey("delivery_id", QT_TRANSLATE_NOOP("Column", "Delivery"), "email_deliveries"),
                  column("email_address", ColumnType::Email, QT_TRANSLATE_NOOP("Column", "Email Address"), Required),
                  enumeration("bounce_type", QT_TRANSLATE_NOOP("Column", "Bounce Type"),
                              {QStringLiteral("hard"), QStringLiteral("soft"), QStringLiteral("complaint")}, Required),
                  text("diagnostic", QT_TRANSLATE_NOOP("Column", "Diagnostic")),
                  column("bounced_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Bounced At")),
                  createdAt(),
              }),
        table("email_suppressions", g, QT_TRANSLATE_NOOP("Table", "Email Suppressions"), Plain,
              {
                  id(),
                  column("email_address", ColumnType::Email, QT_TRANSLATE_NOOP("Column", "Email Address"), Required),
                  enumeration("reason", QT_TRANSLATE_NOOP("Column", "Reason"),
                              {QStringLiteral("hard_bounce"), QStringLiteral("complaint"),
                               QStringLiteral("unsubscribe"), QStringLiteral("manual"), QStringLiteral("legal")},
                              Required),
                  text("source", QT_TRANSLATE_NOOP("Column", "Source")),
                  column("expires_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Expires At")),
                  createdAt(),
                  updatedAt(),
              }),
        table("email_links", g, QT_TRANSLATE_NOOP("Table", "Email Links"), Plain,
              {
                  id(),
                  foreignKey("delivery_id", QT_TRANSLATE_NOOP("Column", "Delivery"), "email_deliveries", Required),
                  text("original_url", QT_TRANSLATE_NOOP("Column", "Original URL"), Required),
                  text("tracking_url", QT_TRANSLATE_NOOP("Column", "Tracking URL"), Required),
                  column("click_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Clicks")),
                  column("first_clicked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "First Clicked At")),
                  column("last_clicked_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Clicked At")),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

QList<TableSpec> complianceTables()
{
    const TableGroup g = TableGroup::Compliance;
    return {
        table("audit_logs", g, QT_TRANSLATE_NOOP("Table", "Audit Logs"), Large | Sensitive,
              {
                  id(),
                  foreignKey("actor_id", QT_TRANSLATE_NOOP("Column", "Actor"), "users"),
                  enumeration("actor_type", QT_TRANSLATE_NOOP("Column", "Actor Type"),
                              {QStringLiteral("user"), QStringLiteral("agent"), QStringLiteral("system"),
                               QStringLiteral("api_key")},
                              Required),
                  text("action", QT_TRANSLATE_NOOP("Column", "Action"), Required),
                  text("entity_type", QT_TRANSLATE_NOOP("Column", "Entity Type"), Required),
                  text("entity_id", QT_TRANSLATE_NOOP("Column", "Entity ID")),
                  column("old_values", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Old Values")),
                  column("new_values", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "New Values")),
                  text("ip_address", QT_TRANSLATE_NOOP("Column", "IP Address")),
                  text("user_agent", QT_TRANSLATE_NOOP("Column", "User Agent")),
                  createdAt(),
              }),
        table("compliance_rules", g, QT_TRANSLATE_NOOP("Table", "Compliance Rules"), Plain,
              {
                  id(),
                  text("name", QT_TRANSLATE_NOOP("Column", "Name"), Required),
                  enumeration("rule_pack", QT_TRANSLATE_NOOP("Column", "Rule Pack"),
                              {QStringLiteral("consumer_us"), QStringLiteral("tcpa"), QStringLiteral("uk_fca"),
                               QStringLiteral("b2b"), QStringLiteral("gdpr")},
                              Required),
                  enumeration("rule_type", QT_TRANSLATE_NOOP("Column", "Rule Type"),
                              {QStringLiteral("contact_window"), QStringLiteral("call_frequency"),
                               QStringLiteral("channel_block"), QStringLiteral("cease_and_desist"),
                               QStringLiteral("attorney"), QStringLiteral("bankruptcy"), QStringLiteral("deceased"),
                               QStringLiteral("validation_notice"), QStringLiteral("dispute_pause"),
                               QStringLiteral("opt_out_keyword"), QStringLiteral("retention"),
                               QStringLiteral("ai_voice_consent")},
                              Required),
                  column("condition", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Condition"), Required),
                  enumeration("action", QT_TRANSLATE_NOOP("Column", "Action"),
                              {QStringLiteral("block"), QStringLiteral("delay"), QStringLiteral("require_review"),
                               QStringLiteral("log")},
                              Required),
                  text("description", QT_TRANSLATE_NOOP("Column", "Description")),
                  column("priority", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Priority")),
                  column("is_active", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Active")),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

QList<TableSpec> analyticsTables()
{
    const TableGroup g = TableGroup::Analytics;
    return {
        table("system_metrics", g, QT_TRANSLATE_NOOP("Table", "System Metrics"), Large,
              {
                  id(),
                  text("metric_type", QT_TRANSLATE_NOOP("Column", "Metric Type"), Required),
                  text("metric_name", QT_TRANSLATE_NOOP("Column", "Metric Name"), Required),
                  column("value", ColumnType::Decimal, QT_TRANSLATE_NOOP("Column", "Value"), Required),
                  column("dimensions", ColumnType::Json, QT_TRANSLATE_NOOP("Column", "Dimensions")),
                  column("recorded_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Recorded At")),
                  createdAt(),
              }),
        table("llm_usage_logs", g, QT_TRANSLATE_NOOP("Table", "LLM Usage Logs"), Large | Sensitive,
              {
                  id(),
                  text("provider", QT_TRANSLATE_NOOP("Column", "Provider"), Required),
                  text("model", QT_TRANSLATE_NOOP("Column", "Model"), Required),
                  foreignKey("agent_id", QT_TRANSLATE_NOOP("Column", "Agent"), "agents"),
                  foreignKey("task_id", QT_TRANSLATE_NOOP("Column", "Task"), "tasks"),
                  foreignKey("campaign_id", QT_TRANSLATE_NOOP("Column", "Campaign"), "campaigns"),
                  column("prompt_tokens", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Prompt Tokens")),
                  column("completion_tokens", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Completion Tokens")),
                  column("total_tokens", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Total Tokens")),
                  money("cost", QT_TRANSLATE_NOOP("Column", "Cost"), Required, ColumnType::MicroMoney),
                  column("currency", ColumnType::Currency, QT_TRANSLATE_NOOP("Column", "Currency")),
                  column("latency_ms", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Latency (ms)")),
                  column("cache_hit", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Cache Hit")),
                  createdAt(),
              }),
        table(
            "llm_budget_limits", g, QT_TRANSLATE_NOOP("Table", "LLM Budget Limits"), Sensitive,
            {
                id(),
                enumeration("scope", QT_TRANSLATE_NOOP("Column", "Scope"),
                            {QStringLiteral("global"), QStringLiteral("agent"), QStringLiteral("campaign"),
                             QStringLiteral("provider")},
                            Required),
                text("scope_ref", QT_TRANSLATE_NOOP("Column", "Scope Reference")),
                enumeration("period", QT_TRANSLATE_NOOP("Column", "Period"),
                            {QStringLiteral("daily"), QStringLiteral("monthly")}, Required),
                money("limit_amount", QT_TRANSLATE_NOOP("Column", "Limit Amount"), Required),
                column("currency", ColumnType::Currency, QT_TRANSLATE_NOOP("Column", "Currency")),
                column("alert_threshold_pct", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Alert Threshold (%)")),
                column("is_active", ColumnType::Boolean, QT_TRANSLATE_NOOP("Column", "Active")),
                createdAt(),
                updatedAt(),
            }),
        table("llm_cache", g, QT_TRANSLATE_NOOP("Table", "LLM Cache"), Sensitive,
              {
                  id(),
                  text("cache_key", QT_TRANSLATE_NOOP("Column", "Cache Key"), Required),
                  text("provider", QT_TRANSLATE_NOOP("Column", "Provider"), Required),
                  text("model", QT_TRANSLATE_NOOP("Column", "Model"), Required),
                  text("prompt_hash", QT_TRANSLATE_NOOP("Column", "Prompt Hash"), Required),
                  text("response_text", QT_TRANSLATE_NOOP("Column", "Response Text"), Required),
                  column("tokens", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Tokens")),
                  column("hit_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Hits")),
                  column("expires_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Expires At")),
                  column("last_hit_at", ColumnType::Timestamp, QT_TRANSLATE_NOOP("Column", "Last Hit At")),
                  createdAt(),
                  updatedAt(),
              }),
        table("campaign_email_stats", g, QT_TRANSLATE_NOOP("Table", "Campaign Email Stats"), Plain,
              {
                  id(),
                  foreignKey("campaign_id", QT_TRANSLATE_NOOP("Column", "Campaign"), "campaigns", Required),
                  column("stat_date", ColumnType::Date, QT_TRANSLATE_NOOP("Column", "Date"), Required),
                  column("sent_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Sent")),
                  column("delivered_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Delivered")),
                  column("opened_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Opened")),
                  column("clicked_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Clicked")),
                  column("bounced_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Bounced")),
                  column("complained_count", ColumnType::Integer, QT_TRANSLATE_NOOP("Column", "Complaints")),
                  column("open_rate", ColumnType::Decimal, QT_TRANSLATE_NOOP("Column", "Open Rate")),
                  column("click_rate", ColumnType::Decimal, QT_TRANSLATE_NOOP("Column", "Click Rate")),
                  column("bounce_rate", ColumnType::Decimal, QT_TRANSLATE_NOOP("Column", "Bounce Rate")),
                  createdAt(),
                  updatedAt(),
              }),
    };
}

// Named indexes that are not plain foreign key indexes (idx_<table>_<fk column> is derived).
struct NamedIndex
{
    const char* table;
    const char* index;
};

constexpr NamedIndex kNamedIndexes[] = {
    {"users", "idx_users_active"},
    {"customers", "idx_customers_email"},
    {"customers", "idx_customers_company_name"},
    {"payment_records", "idx_payment_records_status_due_date"},
    {"opt_outs", "idx_opt_outs_customer_channel_active"},
    {"campaigns", "idx_campaigns_status"},
    {"tasks", "idx_tasks_status_due_at"},
    {"tasks", "idx_tasks_pending_due"},
    {"email_deliveries", "idx_email_deliveries_status_next_retry"},
    {"email_deliveries", "idx_email_deliveries_retry_due"},
    {"audit_logs", "idx_audit_logs_entity_type_entity_id"},
    {"audit_logs", "idx_audit_logs_created_at"},
    {"contact_attempts", "idx_contact_attempts_attempted_at"},
    {"system_metrics", "idx_system_metrics_metric_type_recorded_at"},
    {"llm_usage_logs", "idx_llm_usage_logs_created_at"},
    {"llm_usage_logs", "idx_llm_usage_logs_provider_created_at"},
};

} // namespace

const ColumnSpec* TableSpec::column(const QString& columnName) const
{
    const int i = indexOf(columnName);
    return i < 0 ? nullptr : &columns.at(i);
}

int TableSpec::indexOf(const QString& columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == columnName)
            return i;
    }
    return -1;
}

QString TableSpec::translatedTitle() const
{
    return title ? QCoreApplication::translate("Table", title) : name;
}

const QList<TableSpec>& TableCatalog::tables()
{
    static const QList<TableSpec> all = [] {
        QList<TableSpec> result;
        result << authenticationTables() << customerTables() << workflowTables() << communicationTables()
               << complianceTables() << analyticsTables();
        return result;
    }();
    return all;
}

const TableSpec* TableCatalog::find(const QString& name)
{
    for (const TableSpec& spec : tables()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QList<TableGroup> TableCatalog::groups()
{
    return {TableGroup::Authentication, TableGroup::Customers,  TableGroup::Workflow,
            TableGroup::Communication,  TableGroup::Compliance, TableGroup::Analytics};
}

QString TableCatalog::groupTitle(TableGroup group)
{
    switch (group) {
    case TableGroup::Authentication:
        return QCoreApplication::translate("TableGroup", "Authentication & Authorization");
    case TableGroup::Customers:
        return QCoreApplication::translate("TableGroup", "Customers");
    case TableGroup::Workflow:
        return QCoreApplication::translate("TableGroup", "Workflow");
    case TableGroup::Communication:
        return QCoreApplication::translate("TableGroup", "Communication");
    case TableGroup::Compliance:
        return QCoreApplication::translate("TableGroup", "Compliance & Audit");
    case TableGroup::Analytics:
        return QCoreApplication::translate("TableGroup", "Analytics");
    }
    return QString();
}

QString TableCatalog::columnHeader(const ColumnSpec& column)
{
    return column.header ? QCoreApplication::translate("Column", column.header) : column.name;
}

QStringList TableCatalog::requiredIndexes()
{
    static const QStringList names = [] {
        QStringList result;
        for (const TableSpec& spec : tables()) {
            for (const ColumnSpec& column : spec.columns) {
                if (column.type == ColumnType::ForeignKey)
                    result << QStringLiteral("idx_%1_%2").arg(spec.name, column.name);
            }
            for (const NamedIndex& named : kNamedIndexes) {
                if (spec.name == QLatin1String(named.table))
                    result << QString::fromLatin1(named.index);
            }
        }
        return result;
    }();
    return names;
}

QStringList TableCatalog::specFunctions()
{
    return {QStringLiteral("update_updated_at_column"),
            QStringLiteral("check_opt_out_status"),
            QStringLiteral("log_audit_event"),
            QStringLiteral("calculate_customer_risk_score"),
            QStringLiteral("check_permission"),
            QStringLiteral("clean_expired_sessions"),
            QStringLiteral("clean_expired_llm_cache"),
            QStringLiteral("is_email_suppressed"),
            QStringLiteral("update_campaign_email_stats")};
}
