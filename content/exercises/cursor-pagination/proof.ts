export type Item = { id: number; name: string };
export type Page = { items: Item[]; nextCursor: string | null };

function encodeCursor(after: number): string {
  return btoa(JSON.stringify({ after }));
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(atob(cursor));
    const after = (parsed as { after?: unknown }).after;
    if (typeof after === 'number' && Number.isInteger(after)) return after;
  } catch {
    // fall through to the error below
  }
  throw new Error(`invalid cursor: ${JSON.stringify(cursor)}`);
}

export function paginate(items: Item[], options: { limit?: number; cursor?: string | null } = {}): Page {
  const requested = options.limit ?? 20;
  if (!Number.isInteger(requested) || requested < 1) {
    throw new RangeError(`limit must be a whole number of at least 1, got ${requested}`);
  }
  const limit = Math.min(requested, 100);
  const after = options.cursor === undefined || options.cursor === null ? -Infinity : decodeCursor(options.cursor);
  const start = items.findIndex((item) => item.id > after);
  const window = start === -1 ? [] : items.slice(start, start + limit + 1);
  const page = window.slice(0, limit);
  const hasMore = window.length > limit;
  return { items: page, nextCursor: hasMore ? encodeCursor(page[page.length - 1].id) : null };
}
