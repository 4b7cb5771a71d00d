CREATE TABLE inventory (
  sku TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  updated_at TEXT NOT NULL
);

CREATE TABLE stock_updates (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  delta INTEGER NOT NULL,
  received_at TEXT NOT NULL
);

INSERT INTO inventory (sku, name, quantity, updated_at) VALUES
  ('BOLT-10', 'Bolt M10', 100, '2024-06-15'),
  ('NUT-10', 'Nut M10', 80, '2024-06-20'),
  ('WASHER-10', 'Washer M10', 50, '2024-07-05');

INSERT INTO stock_updates (sku, name, delta, received_at) VALUES
  ('BOLT-10', 'BOLT m10 (box)', 40, '2024-07-02'),
  ('SCREW-4', 'Wood screw 4mm', 20, '2024-07-03'),
  ('WASHER-10', 'Washer M10', 25, '2024-07-02'),
  ('SCREW-4', 'Wood screw 4mm', 15, '2024-07-01');
