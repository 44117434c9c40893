-- CollectDesk migration 0003 (SQLite): search as you type over the customer list.
--
-- customers_fts is a contentless FTS5 index (content = '') of each customer's company name,
-- contact name, e-mail and phone, keyed by rowid = customers.id. Contentless because the phone
-- column indexes more than the stored value: the E.164 digits with and without 1 to 3 leading
-- digits (the country code), so "4155550123" finds +14155550123. The triggers below are the
-- only writers; a 'delete' must repeat the values that were indexed, which they do from OLD.
-- Queries (CustomerListQuery) match every typed word as a token prefix: "acm*".
-- unicode61 with remove_diacritics 2: case- and accent-insensitive ("muller" finds Müller).
-- Prefix indexes of 1, 2 and 3 characters: a short prefix ("a*", "sa*") is then one list of rows
-- instead of a merge of every term it starts (thousands of them for "1*" in phone numbers), and
-- the customer list can look single customers up in it (CustomerListQuery::Plan::searchPerRow).
-- Not a schema table (TableCatalog): Dialect::tableNames lists neither it nor its shadow tables.
CREATE VIRTUAL TABLE customers_fts USING fts5(
    company_name, contact_name, email, phone,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER trg_customers_fts_insert AFTER INSERT ON customers FOR EACH ROW
BEGIN
    INSERT INTO customers_fts (rowid, company_name, contact_name, email, phone)
    VALUES (NEW.id, NEW.company_name, NEW.contact_name, NEW.email,
            substr(NEW.phone, 2) || ' ' || substr(NEW.phone, 3) || ' ' || substr(NEW.phone, 4) || ' '
                || substr(NEW.phone, 5));
END;

CREATE TRIGGER trg_customers_fts_delete AFTER DELETE ON customers FOR EACH ROW
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, company_name, contact_name, email, phone)
    VALUES ('delete', OLD.id, OLD.company_name, OLD.contact_name, OLD.email,
            substr(OLD.phone, 2) || ' ' || substr(OLD.phone, 3) || ' ' || substr(OLD.phone, 4) || ' '
                || substr(OLD.phone, 5));
END;

CREATE TRIGGER trg_customers_fts_update AFTER UPDATE OF id, company_name, contact_name, email, phone ON customers
FOR EACH ROW
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, company_name, contact_name, email, phone)
    VALUES ('delete', OLD.id, OLD.company_name, OLD.contact_name, OLD.email,
            substr(OLD.phone, 2) || ' ' || substr(OLD.phone, 3) || ' ' || substr(OLD.phone, 4) || ' '
                || substr(OLD.phone, 5));
    INSERT INTO customers_fts (rowid, company_name, contact_name, email, phone)
    VALUES (NEW.id, NEW.company_name, NEW.contact_name, NEW.email,
            substr(NEW.phone, 2) || ' ' || substr(NEW.phone, 3) || ' ' || substr(NEW.phone, 4) || ' '
                || substr(NEW.phone, 5));
END;

-- Customers that exist already.
INSERT INTO customers_fts (rowid, company_name, contact_name, email, phone)
SELECT id, company_name, contact_name, email,
       substr(phone, 2) || ' ' || substr(phone, 3) || ' ' || substr(phone, 4) || ' ' || substr(phone, 5)
FROM customers;
-- One segment instead of the many the row-by-row backfill leaves: each query reads each term once.
INSERT INTO customers_fts (customers_fts) VALUES ('optimize');

-- The customer list's filters that usually select few customers: read through an index when
-- they do (CustomerListFetcher counts up to a few thousand matches first), instead of testing
-- every customer in list order.
CREATE INDEX idx_customer_profiles_risk_level ON customer_profiles (risk_level, customer_id);
CREATE INDEX idx_customer_profiles_do_not_contact ON customer_profiles (do_not_contact, customer_id);
