-- CollectDesk migration 0002 (SQLite): the role/permission matrix (models/README.md,
-- "Roles and permissions"). Rows are (role, resource, action); resources are table names,
-- actions read, create, update, delete, export, manage; '*' is a wildcard. The same 134 rows on
-- both engines (each statement: its role x the listed tables x the listed actions).
-- PermissionService (services/) answers from this table and the models enforce it. A role may
-- do only what a row allows: nothing is granted by omission.

-- admin: everything ('*' resource, '*' action).
INSERT INTO role_permissions (role, resource, action) VALUES ('admin', '*', '*');

-- manager: runs the business: everything but 'manage' on the customer, workflow and
-- communication tables and the compliance rules ...
INSERT INTO role_permissions (role, resource, action)
SELECT 'manager', resources.column1, actions.column1
FROM (VALUES
    ('customers'), ('customer_profiles'), ('payment_records'), ('opt_outs'),
    ('campaigns'), ('tasks'), ('agents'), ('contact_attempts'),
    ('templates'), ('email_deliveries'), ('email_bounces'), ('email_suppressions'),
    ('email_links'), ('compliance_rules')) AS resources
CROSS JOIN (VALUES ('read'), ('create'), ('update'), ('delete'), ('export')) AS actions;

-- manager: ... reads and exports analytics and LLM spend ...
INSERT INTO role_permissions (role, resource, action)
SELECT 'manager', resources.column1, actions.column1
FROM (VALUES
    ('system_metrics'), ('campaign_email_stats'), ('llm_usage_logs'), ('llm_budget_limits'),
    ('llm_cache')) AS resources
CROSS JOIN (VALUES ('read'), ('export')) AS actions;

-- manager: ... and reads the audit trail and the staff list. No user, session, key or
-- permission administration.
INSERT INTO role_permissions (role, resource, action)
SELECT 'manager', resources.column1, actions.column1
FROM (VALUES
    ('audit_logs'), ('users')) AS resources
CROSS JOIN (VALUES ('read')) AS actions;

-- collector: works accounts: reads, adds and changes customers, profiles, invoices, opt-outs,
-- campaigns, tasks and contact attempts (deletes nothing) ...
INSERT INTO role_permissions (role, resource, action)
SELECT 'collector', resources.column1, actions.column1
FROM (VALUES
    ('customers'), ('customer_profiles'), ('payment_records'), ('opt_outs'),
    ('campaigns'), ('tasks'), ('contact_attempts')) AS resources
CROSS JOIN (VALUES ('read'), ('create'), ('update')) AS actions;

-- collector: ... and reads what contacting needs. Templates are read-only: they carry regulated
-- wording (validation notices) that a manager approves. Nothing on users, sessions, keys,
-- permissions, the audit trail, metrics or LLM tables.
INSERT INTO role_permissions (role, resource, action)
SELECT 'collector', resources.column1, actions.column1
FROM (VALUES
    ('templates'), ('agents'), ('email_deliveries'), ('email_bounces'),
    ('email_suppressions'), ('email_links'), ('compliance_rules')) AS resources
CROSS JOIN (VALUES ('read')) AS actions;

-- auditor: reads every table except the secrets (user_sessions, password_reset_tokens,
-- api_keys) ...
INSERT INTO role_permissions (role, resource, action)
SELECT 'auditor', resources.column1, actions.column1
FROM (VALUES
    ('users'), ('role_permissions'), ('customers'), ('customer_profiles'),
    ('payment_records'), ('opt_outs'), ('campaigns'), ('tasks'),
    ('agents'), ('contact_attempts'), ('templates'), ('email_deliveries'),
    ('email_bounces'), ('email_suppressions'), ('email_links'), ('audit_logs'),
    ('compliance_rules'), ('system_metrics'), ('llm_usage_logs'), ('llm_budget_limits'),
    ('llm_cache'), ('campaign_email_stats')) AS resources
CROSS JOIN (VALUES ('read')) AS actions;

-- auditor: ... and exports the audit trail. It writes nothing.
INSERT INTO role_permissions (role, resource, action) VALUES ('auditor', 'audit_logs', 'export');
