export type Item = { id: number; name: string };
export type Page = { items: Item[]; nextCursor: string | null };

// Return up to `limit` items after the cursor, and a cursor for the next page.
// This version uses an offset as its cursor, which breaks when items are
// removed between requests, and it does not validate anything.
export function paginate(items: Item[], options: { limit?: number; cursor?: string | null } = {}): Page {
  const limit = options.limit ?? 20;
  const offset = options.cursor ? Number(options.cursor) : 0;
  const page = items.slice(offset, offset + limit);
  return { items: page, nextCursor: String(offset + limit) };
}
