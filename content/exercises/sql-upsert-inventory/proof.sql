INSERT INTO inventory (sku, name, quantity, updated_at)
SELECT sku, name, delta, received_at
FROM stock_updates
WHERE true
ON CONFLICT (sku) DO UPDATE SET
  quantity = quantity + excluded.quantity,
  updated_at = max(updated_at, excluded.updated_at);
