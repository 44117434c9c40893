-- CollectDesk schema, migration 0001 (SQLite). Specification: models/README.md.
-- The Migrator runs this whole file in one transaction and records it in schema_migrations.
--
-- Conventions: INTEGER PRIMARY KEY ids; money INTEGER minor units of the row's currency;
-- LLM cost INTEGER millionths; timestamps TEXT 'YYYY-MM-DDTHH:MM:SS.sssZ' (UTC); dates TEXT
-- 'YYYY-MM-DD'; JSON TEXT CHECK (json_valid); text arrays TEXT JSON arrays; booleans 0/1.
-- Foreign keys (PRAGMA foreign_keys = ON per connection): ON DELETE CASCADE where the spec says
-- so; otherwise SET NULL for nullable columns and RESTRICT for required ones (and for
-- audit_logs.actor_id: the audit trail is append-only).
-- Every foreign key column has an index idx_<table>_<column>. The spec's functions are
-- implemented in C++ (services/DatabaseFunctions).
--
-- Note for editors: SqlScript only recognises a trigger body when CREATE TRIGGER starts its
-- statement, so never put a comment directly before a CREATE TRIGGER.

-- =============================================================================================
-- Authentication & Authorization
-- =============================================================================================

-- users: staff accounts. email is stored lower-case; password_hash is an Argon2id string.
CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    email               TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash       TEXT NOT NULL,
    full_name           TEXT,
    role                TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'collector', 'auditor')),
    is_active           INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    failed_login_count  INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
    locked_until        TEXT,
    last_login_at       TEXT,
    password_changed_at TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_users_active ON users (is_active) WHERE is_active = 1;
CREATE TRIGGER trg_users_updated_at AFTER UPDATE ON users FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE users SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- user_sessions: one row per login; session_token is the hex SHA-256 of the raw token.
CREATE TABLE user_sessions (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_token TEXT NOT NULL UNIQUE,
    expires_at    TEXT NOT NULL,
    last_seen_at  TEXT,
    client_info   TEXT,
    ip_address    TEXT,
    revoked_at    TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_user_sessions_user_id ON user_sessions (user_id);

-- password_reset_tokens: token is the hex SHA-256 of the raw token.
CREATE TABLE password_reset_tokens (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token      TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_password_reset_tokens_user_id ON password_reset_tokens (user_id);
CREATE INDEX idx_password_reset_tokens_created_by ON password_reset_tokens (created_by);

-- api_keys: key_prefix (first 8 characters) is shown to users, key_hash is the hex SHA-256.
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    key_prefix   TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    scopes       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scopes) AND json_type(scopes) = 'array'),
    rate_limit   INTEGER NOT NULL DEFAULT 60 CHECK (rate_limit > 0),
    expires_at   TEXT,
    last_used_at TEXT,
    revoked_at   TEXT,
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_api_keys_created_by ON api_keys (created_by);
CREATE TRIGGER trg_api_keys_updated_at AFTER UPDATE ON api_keys FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE api_keys SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- role_permissions: RBAC grants; '*' as resource or action is a wildcard.
CREATE TABLE role_permissions (
    id         INTEGER PRIMARY KEY,
    role       TEXT NOT NULL,
    resource   TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export', 'manage', '*')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    UNIQUE (role, resource, action)
);
CREATE TRIGGER trg_role_permissions_updated_at AFTER UPDATE ON role_permissions FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE role_permissions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- =============================================================================================
-- Customer Management
-- =============================================================================================

-- customers: debtors. phone is E.164, country_code ISO 3166-1 alpha-2, time zones IANA ids.
CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    company_name       TEXT NOT NULL,
    contact_name       TEXT,
    email              TEXT,
    phone              TEXT CHECK (phone GLOB '+[1-9]*' AND length(phone) BETWEEN 3 AND 16
                                   AND substr(phone, 2) NOT GLOB '*[^0-9]*'),
    address_line1      TEXT,
    address_line2      TEXT,
    city               TEXT,
    region             TEXT,
    postal_code        TEXT,
    country_code       TEXT CHECK (length(country_code) = 2 AND country_code NOT GLOB '*[^A-Z]*'),
    time_zone          TEXT NOT NULL DEFAULT 'UTC',
    phone_time_zone    TEXT,
    preferred_language TEXT DEFAULT 'en',
    rule_pack          TEXT NOT NULL DEFAULT 'consumer_us' CHECK (rule_pack IN ('consumer_us', 'uk_fca', 'b2b')),
    notes              TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_customers_email ON customers (email);
-- Sorting and keyset paging of the customer list by name.
CREATE INDEX idx_customers_company_name ON customers (company_name, id);
CREATE TRIGGER trg_customers_updated_at AFTER UPDATE ON customers FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customers SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- customer_profiles (1:1 with customers): risk, contact preferences and holds.
-- A hold K is active while K_hold_at is set.
CREATE TABLE customer_profiles (
    id                           INTEGER PRIMARY KEY,
    customer_id                  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    risk_level                   TEXT NOT NULL DEFAULT 'low' CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
    risk_score                   INTEGER NOT NULL DEFAULT 0 CHECK (risk_score BETWEEN 0 AND 100),
    risk_calculated_at           TEXT,
    do_not_contact               INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    do_not_contact_reason        TEXT,
    preferred_channel            TEXT CHECK (preferred_channel IN ('email', 'sms', 'voice', 'letter')),
    dispute_hold_at              TEXT,
    dispute_hold_reason          TEXT,
    dispute_hold_by              INTEGER REFERENCES users (id) ON DELETE SET NULL,
    cease_and_desist_hold_at     TEXT,
    cease_and_desist_hold_reason TEXT,
    cease_and_desist_hold_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    attorney_hold_at             TEXT,
    attorney_hold_reason         TEXT,
    attorney_hold_by             INTEGER REFERENCES users (id) ON DELETE SET NULL,
    bankruptcy_hold_at           TEXT,
    bankruptcy_hold_reason       TEXT,
    bankruptcy_hold_by           INTEGER REFERENCES users (id) ON DELETE SET NULL,
    deceased_hold_at             TEXT,
    deceased_hold_reason         TEXT,
    deceased_hold_by             INTEGER REFERENCES users (id) ON DELETE SET NULL,
    hardship_hold_at             TEXT,
    hardship_hold_reason         TEXT,
    hardship_hold_by             INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at                   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at                   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
-- Unique: the 1:1 link. It is also the foreign key index.
CREATE UNIQUE INDEX idx_customer_profiles_customer_id ON customer_profiles (customer_id);
CREATE INDEX idx_customer_profiles_dispute_hold_by ON customer_profiles (dispute_hold_by);
CREATE INDEX idx_customer_profiles_cease_and_desist_hold_by ON customer_profiles (cease_and_desist_hold_by);
CREATE INDEX idx_customer_profiles_attorney_hold_by ON customer_profiles (attorney_hold_by);
CREATE INDEX idx_customer_profiles_bankruptcy_hold_by ON customer_profiles (bankruptcy_hold_by);
CREATE INDEX idx_customer_profiles_deceased_hold_by ON customer_profiles (deceased_hold_by);
CREATE INDEX idx_customer_profiles_hardship_hold_by ON customer_profiles (hardship_hold_by);
CREATE TRIGGER trg_customer_profiles_updated_at AFTER UPDATE ON customer_profiles FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customer_profiles SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- payment_records: invoices owed, in minor units of currency. rule_pack NULL = the customer's.
CREATE TABLE payment_records (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    invoice_number TEXT NOT NULL UNIQUE,
    amount         INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
    amount_paid    INTEGER NOT NULL DEFAULT 0 CHECK (typeof(amount_paid) = 'integer' AND amount_paid >= 0),
    currency       TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    issued_date    TEXT CHECK (issued_date IS date(issued_date)),
    due_date       TEXT NOT NULL CHECK (due_date IS date(due_date)),
    paid_at        TEXT,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'partial', 'paid', 'overdue', 'disputed', 'written_off')),
    rule_pack      TEXT CHECK (rule_pack IN ('consumer_us', 'uk_fca', 'b2b')),
    description    TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_payment_records_customer_id ON payment_records (customer_id);
CREATE INDEX idx_payment_records_status_due_date ON payment_records (status, due_date);
CREATE TRIGGER trg_payment_records_updated_at AFTER UPDATE ON payment_records FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE payment_records SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- opt_outs: channel opt-outs; active while revoked_at IS NULL (at most one per channel).
CREATE TABLE opt_outs (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice', 'letter', 'all')),
    reason      TEXT,
    source      TEXT NOT NULL CHECK (source IN ('customer_request', 'sms_keyword', 'email_unsubscribe', 'agent',
                                                'staff', 'legal', 'import')),
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    revoked_at  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_opt_outs_customer_id ON opt_outs (customer_id);
CREATE INDEX idx_opt_outs_recorded_by ON opt_outs (recorded_by);
CREATE UNIQUE INDEX idx_opt_outs_customer_channel_active ON opt_outs (customer_id, channel) WHERE revoked_at IS NULL;
CREATE TRIGGER trg_opt_outs_updated_at AFTER UPDATE ON opt_outs FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE opt_outs SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- =============================================================================================
-- Workflow & Tasks (agents before tasks, which reference them)
-- =============================================================================================

-- campaigns: escalation_steps is a JSON array of {step, day_offset, channel, template_id}.
CREATE TABLE campaigns (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    payment_id       INTEGER REFERENCES payment_records (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'active', 'paused', 'completed', 'cancelled')),
    escalation_steps TEXT NOT NULL DEFAULT '[]'
                     CHECK (json_valid(escalation_steps) AND json_type(escalation_steps) = 'array'),
    current_step     INTEGER NOT NULL DEFAULT 0 CHECK (current_step >= 0),
    started_at       TEXT,
    paused_at        TEXT,
    completed_at     TEXT,
    created_by       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_campaigns_customer_id ON campaigns (customer_id);
CREATE INDEX idx_campaigns_payment_id ON campaigns (payment_id);
CREATE INDEX idx_campaigns_created_by ON campaigns (created_by);
CREATE INDEX idx_campaigns_status ON campaigns (status);
CREATE TRIGGER trg_campaigns_updated_at AFTER UPDATE ON campaigns FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE campaigns SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- agents: the AI agents (and the orchestrator) that work tasks.
CREATE TABLE agents (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    type              TEXT NOT NULL CHECK (type IN ('email', 'sms', 'voice', 'letter', 'orchestrator')),
    status            TEXT NOT NULL CHECK (status IN ('active', 'idle', 'paused', 'offline', 'error')),
    capabilities      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(capabilities) AND json_type(capabilities) = 'array'),
    config            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config) AND json_type(config) = 'object'),
    llm_provider      TEXT,
    llm_model         TEXT,
    last_heartbeat_at TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TRIGGER trg_agents_updated_at AFTER UPDATE ON agents FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE agents SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- tasks: the work queue; priority 1 (highest) .. 5.
CREATE TABLE tasks (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    campaign_id       INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    assigned_agent_id INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    type              TEXT NOT NULL CHECK (type IN ('email', 'sms', 'voice_call', 'letter', 'follow_up', 'review')),
    priority          INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    status            TEXT NOT NULL CHECK (status IN ('pending', 'assigned', 'in_progress', 'completed', 'failed',
                                                      'cancelled')),
    due_at            TEXT,
    completed_at      TEXT,
    result            TEXT CHECK (result IS NULL OR json_valid(result)),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_tasks_customer_id ON tasks (customer_id);
CREATE INDEX idx_tasks_campaign_id ON tasks (campaign_id);
CREATE INDEX idx_tasks_assigned_agent_id ON tasks (assigned_agent_id);
CREATE INDEX idx_tasks_status_due_at ON tasks (status, due_at);
CREATE INDEX idx_tasks_pending_due ON tasks (status, due_at) WHERE status IN ('pending', 'assigned');
CREATE TRIGGER trg_tasks_updated_at AFTER UPDATE ON tasks FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE tasks SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- =============================================================================================
-- Communication
-- =============================================================================================

-- contact_attempts (log): every contact made or received, by an agent or a staff user.
CREATE TABLE contact_attempts (
    id                    INTEGER PRIMARY KEY,
    task_id               INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
    agent_id              INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    staff_user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    customer_id           INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    payment_id            INTEGER REFERENCES payment_records (id) ON DELETE SET NULL,
    channel               TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice', 'letter')),
    direction             TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
    status                TEXT NOT NULL CHECK (status IN ('scheduled', 'sent', 'delivered', 'failed', 'answered',
                                                          'no_answer', 'voicemail', 'busy', 'replied', 'bounced')),
    conversation_occurred INTEGER NOT NULL DEFAULT 0 CHECK (conversation_occurred IN (0, 1)),
    attempted_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    duration_seconds      INTEGER CHECK (duration_seconds >= 0),
    outcome               TEXT,
    notes                 TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_contact_attempts_task_id ON contact_attempts (task_id);
-- Browsing contact history by time (and the timeline, later).
CREATE INDEX idx_contact_attempts_attempted_at ON contact_attempts (attempted_at, id);
CREATE INDEX idx_contact_attempts_agent_id ON contact_attempts (agent_id);
CREATE INDEX idx_contact_attempts_staff_user_id ON contact_attempts (staff_user_id);
CREATE INDEX idx_contact_attempts_customer_id ON contact_attempts (customer_id);
CREATE INDEX idx_contact_attempts_payment_id ON contact_attempts (payment_id);

-- templates: message templates per type, channel and language.
CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('initial_notice', 'reminder', 'escalation', 'final_notice',
                                             'payment_confirmation', 'validation_notice', 'opt_out_confirmation')),
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice', 'letter')),
    subject    TEXT,
    content    TEXT NOT NULL,
    variables  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(variables) AND json_type(variables) = 'array'),
    language   TEXT NOT NULL DEFAULT 'en',
    is_active  INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_templates_created_by ON templates (created_by);
CREATE TRIGGER trg_templates_updated_at AFTER UPDATE ON templates FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE templates SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- email_deliveries: one row per email sent, with its delivery/engagement timeline and retries.
CREATE TABLE email_deliveries (
    id            INTEGER PRIMARY KEY,
    campaign_id   INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    customer_id   INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    template_id   INTEGER REFERENCES templates (id) ON DELETE SET NULL,
    message_id    TEXT NOT NULL UNIQUE,
    to_address    TEXT NOT NULL,
    subject       TEXT,
    status        TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'opened', 'clicked', 'soft_bounce',
                                                  'hard_bounce', 'failed', 'complained')),
    sent_at       TEXT,
    delivered_at  TEXT,
    opened_at     TEXT,
    clicked_at    TEXT,
    bounced_at    TEXT,
    retry_count   INTEGER NOT NULL DEFAULT 0 CHECK (retry_count >= 0),
    next_retry_at TEXT,
    last_error    TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_deliveries_campaign_id ON email_deliveries (campaign_id);
CREATE INDEX idx_email_deliveries_customer_id ON email_deliveries (customer_id);
CREATE INDEX idx_email_deliveries_template_id ON email_deliveries (template_id);
CREATE INDEX idx_email_deliveries_status_next_retry ON email_deliveries (status, next_retry_at);
CREATE INDEX idx_email_deliveries_retry_due ON email_deliveries (next_retry_at) WHERE status IN ('failed', 'soft_bounce');
CREATE TRIGGER trg_email_deliveries_updated_at AFTER UPDATE ON email_deliveries FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE email_deliveries SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- email_bounces (log): bounce and complaint notifications.
CREATE TABLE email_bounces (
    id            INTEGER PRIMARY KEY,
    delivery_id   INTEGER REFERENCES email_deliveries (id) ON DELETE SET NULL,
    email_address TEXT NOT NULL,
    bounce_type   TEXT NOT NULL CHECK (bounce_type IN ('hard', 'soft', 'complaint')),
    diagnostic    TEXT,
    bounced_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_bounces_delivery_id ON email_bounces (delivery_id);

-- email_suppressions: addresses never to email (stored lower-case); expires_at NULL = forever.
CREATE TABLE email_suppressions (
    id            INTEGER PRIMARY KEY,
    email_address TEXT NOT NULL UNIQUE CHECK (email_address = lower(email_address)),
    reason        TEXT NOT NULL CHECK (reason IN ('hard_bounce', 'complaint', 'unsubscribe', 'manual', 'legal')),
    source        TEXT,
    expires_at    TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TRIGGER trg_email_suppressions_updated_at AFTER UPDATE ON email_suppressions FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE email_suppressions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- email_links: tracked links inside a delivered email.
CREATE TABLE email_links (
    id               INTEGER PRIMARY KEY,
    delivery_id      INTEGER NOT NULL REFERENCES email_deliveries (id) ON DELETE CASCADE,
    original_url     TEXT NOT NULL,
    tracking_url     TEXT NOT NULL UNIQUE,
    click_count      INTEGER NOT NULL DEFAULT 0 CHECK (click_count >= 0),
    first_clicked_at TEXT,
    last_clicked_at  TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_email_links_delivery_id ON email_links (delivery_id);
CREATE TRIGGER trg_email_links_updated_at AFTER UPDATE ON email_links FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE email_links SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- =============================================================================================
-- Compliance & Audit
-- =============================================================================================

-- audit_logs (append-only): who did what to which entity. UPDATE and DELETE are rejected by
-- the triggers trg_audit_logs_no_update and trg_audit_logs_no_delete below.
CREATE TABLE audit_logs (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    actor_type  TEXT NOT NULL CHECK (actor_type IN ('user', 'agent', 'system', 'api_key')),
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    old_values  TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
    new_values  TEXT CHECK (new_values IS NULL OR json_valid(new_values)),
    ip_address  TEXT,
    user_agent  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_audit_logs_actor_id ON audit_logs (actor_id);
CREATE INDEX idx_audit_logs_entity_type_entity_id ON audit_logs (entity_type, entity_id);
CREATE INDEX idx_audit_logs_created_at ON audit_logs (created_at);
CREATE TRIGGER trg_audit_logs_no_update BEFORE UPDATE ON audit_logs FOR EACH ROW
BEGIN
    SELECT RAISE(ABORT, 'audit_logs is append-only');
END;
CREATE TRIGGER trg_audit_logs_no_delete BEFORE DELETE ON audit_logs FOR EACH ROW
BEGIN
    SELECT RAISE(ABORT, 'audit_logs is append-only');
END;

-- compliance_rules: the rule packs' rules; condition is a JSON object the rule engine reads.
CREATE TABLE compliance_rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    rule_pack   TEXT NOT NULL CHECK (rule_pack IN ('consumer_us', 'tcpa', 'uk_fca', 'b2b', 'gdpr')),
    rule_type   TEXT NOT NULL CHECK (rule_type IN ('contact_window', 'call_frequency', 'channel_block',
                                                   'cease_and_desist', 'attorney', 'bankruptcy', 'deceased',
                                                   'validation_notice', 'dispute_pause', 'opt_out_keyword',
                                                   'retention', 'ai_voice_consent')),
    condition   TEXT NOT NULL CHECK (json_valid(condition)),
    action      TEXT NOT NULL CHECK (action IN ('block', 'delay', 'require_review', 'log')),
    description TEXT,
    priority    INTEGER NOT NULL DEFAULT 100,
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TRIGGER trg_compliance_rules_updated_at AFTER UPDATE ON compliance_rules FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE compliance_rules SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- =============================================================================================
-- Analytics & Metrics
-- =============================================================================================

-- system_metrics (log): time series of numeric measurements with JSON dimensions.
CREATE TABLE system_metrics (
    id          INTEGER PRIMARY KEY,
    metric_type TEXT NOT NULL,
    metric_name TEXT NOT NULL,
    value       REAL NOT NULL,
    dimensions  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dimensions) AND json_type(dimensions) = 'object'),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_system_metrics_metric_type_recorded_at ON system_metrics (metric_type, recorded_at);

-- llm_usage_logs (log): one row per LLM call; cost in millionths of currency.
CREATE TABLE llm_usage_logs (
    id                INTEGER PRIMARY KEY,
    provider          TEXT NOT NULL,
    model             TEXT NOT NULL,
    agent_id          INTEGER REFERENCES agents (id) ON DELETE SET NULL,
    task_id           INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
    campaign_id       INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    completion_tokens INTEGER NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    total_tokens      INTEGER NOT NULL DEFAULT 0 CHECK (total_tokens >= 0),
    cost              INTEGER NOT NULL CHECK (typeof(cost) = 'integer' AND cost >= 0),
    currency          TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    latency_ms        INTEGER CHECK (latency_ms >= 0),
    cache_hit         INTEGER NOT NULL DEFAULT 0 CHECK (cache_hit IN (0, 1)),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX idx_llm_usage_logs_agent_id ON llm_usage_logs (agent_id);
CREATE INDEX idx_llm_usage_logs_task_id ON llm_usage_logs (task_id);
CREATE INDEX idx_llm_usage_logs_campaign_id ON llm_usage_logs (campaign_id);
CREATE INDEX idx_llm_usage_logs_created_at ON llm_usage_logs (created_at);
CREATE INDEX idx_llm_usage_logs_provider_created_at ON llm_usage_logs (provider, created_at);

-- llm_budget_limits: spending caps; scope_ref is an id or provider name, NULL for global.
CREATE TABLE llm_budget_limits (
    id                  INTEGER PRIMARY KEY,
    scope               TEXT NOT NULL CHECK (scope IN ('global', 'agent', 'campaign', 'provider')),
    scope_ref           TEXT,
    period              TEXT NOT NULL CHECK (period IN ('daily', 'monthly')),
    limit_amount        INTEGER NOT NULL CHECK (typeof(limit_amount) = 'integer' AND limit_amount >= 0),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    alert_threshold_pct INTEGER NOT NULL DEFAULT 80 CHECK (alert_threshold_pct BETWEEN 1 AND 100),
    is_active           INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK ((scope = 'global') = (scope_ref IS NULL))
);
CREATE TRIGGER trg_llm_budget_limits_updated_at AFTER UPDATE ON llm_budget_limits FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE llm_budget_limits SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- llm_cache: cached LLM responses by key; expires_at NULL = never expires.
CREATE TABLE llm_cache (
    id            INTEGER PRIMARY KEY,
    cache_key     TEXT NOT NULL UNIQUE,
    provider      TEXT NOT NULL,
    model         TEXT NOT NULL,
    prompt_hash   TEXT NOT NULL,
    response_text TEXT NOT NULL,
    tokens        INTEGER NOT NULL DEFAULT 0 CHECK (tokens >= 0),
    hit_count     INTEGER NOT NULL DEFAULT 0 CHECK (hit_count >= 0),
    expires_at    TEXT,
    last_hit_at   TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TRIGGER trg_llm_cache_updated_at AFTER UPDATE ON llm_cache FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE llm_cache SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;

-- campaign_email_stats: per campaign and UTC day; rates are fractions rounded to 4 decimals.
CREATE TABLE campaign_email_stats (
    id               INTEGER PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    stat_date        TEXT NOT NULL CHECK (stat_date IS date(stat_date)),
    sent_count       INTEGER NOT NULL DEFAULT 0 CHECK (sent_count >= 0),
    delivered_count  INTEGER NOT NULL DEFAULT 0 CHECK (delivered_count >= 0),
    opened_count     INTEGER NOT NULL DEFAULT 0 CHECK (opened_count >= 0),
    clicked_count    INTEGER NOT NULL DEFAULT 0 CHECK (clicked_count >= 0),
    bounced_count    INTEGER NOT NULL DEFAULT 0 CHECK (bounced_count >= 0),
    complained_count INTEGER NOT NULL DEFAULT 0 CHECK (complained_count >= 0),
    open_rate        REAL NOT NULL DEFAULT 0,
    click_rate       REAL NOT NULL DEFAULT 0,
    bounce_rate      REAL NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
-- Unique (campaign_id, stat_date); its leading column makes it the foreign key index too.
CREATE UNIQUE INDEX idx_campaign_email_stats_campaign_id ON campaign_email_stats (campaign_id, stat_date);
CREATE TRIGGER trg_campaign_email_stats_updated_at AFTER UPDATE ON campaign_email_stats FOR EACH ROW
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE campaign_email_stats SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;
END;
