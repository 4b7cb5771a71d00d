const STOP_WORDS = new Set(['a', 'an', 'and', 'in', 'is', 'of', 'or', 'the', 'to']);

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '' && !STOP_WORDS.has(term));
}

export function createSearchIndex() {
  const postings = new Map<string, Map<string, number>>();
  const termsOf = new Map<string, Set<string>>();

  function remove(id: string): void {
    const terms = termsOf.get(id);
    if (!terms) return;
    for (const term of terms) {
      const list = postings.get(term);
      list?.delete(id);
      if (list && list.size === 0) postings.delete(term);
    }
    termsOf.delete(id);
  }

  return {
    add(doc: { id: string; text: string }): void {
      remove(doc.id);
      const terms = new Set<string>();
      for (const term of tokenize(doc.text)) {
        terms.add(term);
        let list = postings.get(term);
        if (!list) postings.set(term, (list = new Map()));
        list.set(doc.id, (list.get(doc.id) ?? 0) + 1);
      }
      termsOf.set(doc.id, terms);
    },
    remove,
    search(query: string): string[] {
      const terms = [...new Set(tokenize(query))];
      if (terms.length === 0) return [];
      const lists = terms.map((term) => postings.get(term));
      if (lists.some((list) => list === undefined)) return [];
      const [first, ...rest] = lists as Map<string, number>[];
      const results: Array<{ id: string; score: number }> = [];
      for (const [id, count] of first) {
        if (!rest.every((list) => list.has(id))) continue;
        results.push({ id, score: rest.reduce((sum, list) => sum + (list.get(id) ?? 0), count) });
      }
      results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return results.map((r) => r.id);
    },
  };
}
