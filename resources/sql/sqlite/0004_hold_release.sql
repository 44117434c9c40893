-- CollectDesk migration 0004 (SQLite): who may release a customer's hold.
-- Setting a hold (dispute, cease-and-desist, attorney, bankruptcy, deceased, hardship) needs
-- update on customer_profiles, tasks and campaigns; releasing one needs 'manage' on
-- customer_profiles (services/CustomerHoldService). Admin has it through ('*', '*'); this grants
-- it to manager. Collector and auditor do not get it. The permission editor can change it like
-- any other grant. Same row on both engines.
INSERT INTO role_permissions (role, resource, action) VALUES ('manager', 'customer_profiles', 'manage');
