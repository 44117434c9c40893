-- CollectDesk migration 0003 (PostgreSQL): search as you type over the customer list.
--
-- CustomerListQuery matches every typed word with ILIKE '%word%' against company name, contact
-- name, e-mail and phone. Trigram GIN indexes (pg_trgm, created by 0001) serve those patterns;
-- company_name has had one since 0001 (idx_customers_company_name_trgm). The planner combines
-- the four with a BitmapOr per word.
CREATE INDEX idx_customers_contact_name_trgm ON customers USING gin (contact_name gin_trgm_ops);
CREATE INDEX idx_customers_email_trgm ON customers USING gin (email gin_trgm_ops);
CREATE INDEX idx_customers_phone_trgm ON customers USING gin (phone gin_trgm_ops);

-- The customer list's filters that usually select few customers: read through an index when
-- they do (CustomerListFetcher counts up to a few thousand matches first), instead of testing
-- every customer in list order.
CREATE INDEX idx_customer_profiles_risk_level ON customer_profiles (risk_level, customer_id);
CREATE INDEX idx_customer_profiles_do_not_contact ON customer_profiles (do_not_contact, customer_id);
