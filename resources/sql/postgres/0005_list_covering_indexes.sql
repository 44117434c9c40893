-- CollectDesk migration 0005 (PostgreSQL): indexes that hold the customer list's columns.
--
-- A search that matches many customers is found by walking the list's sort index and testing
-- each customer in order (CustomerListQuery::Plan::walkRowsPerRow, PageFetcher::setWalkBudget).
-- With only the sort key in the index every customer passed is a read of its table row, in an
-- order unrelated to the table's: about 1.4 microseconds each at a million customers. These
-- indexes include the columns the list shows and searches (CustomerListFetcher::columns), so
-- the walk is an index-only scan: about 0.2 microseconds a customer, the search test aside
-- (tests/benchmarks/bench_customerlist.cpp). Their keys are the list's orders: the sort column,
-- then the id as the tie-breaker.
-- idx_customers_company_name and idx_customers_email stay: they are a third of the size, so a
-- page reached by skipping rows (an offset into the order) still skips through them.
-- SQLite has no INCLUDE, and its walk reads no table rows already, so its 0005 is empty.
CREATE INDEX idx_customers_list_company_name ON customers (company_name, id)
    INCLUDE (contact_name, email, phone, time_zone);
CREATE INDEX idx_customers_list_email ON customers (email, id)
    INCLUDE (company_name, contact_name, phone, time_zone);
