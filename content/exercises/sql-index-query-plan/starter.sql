-- Create idx_orders_customer_created, idx_orders_status_created and
-- idx_customers_email_lower so that the README's three queries use them.
-- Check with EXPLAIN QUERY PLAN <query>.
-- This first attempt indexes only the customer, so the sort still needs a temporary
-- B-tree, and the other two queries still scan their tables.
CREATE INDEX idx_orders_customer_created ON orders (customer_id);
