/**
 * Search everywhere, offline: topics (title, summary, explanation, checklist, cards), the
 * learner's notes, exercises and git levels. Every typed word must match somewhere in an item;
 * items rank by where the words matched (title first, then summary, notes, then body text).
 */
import type { ProgressSnapshot, Roadmap } from '../../../electron/shared/types';
import { orderedTopicIds } from './progress-math';

export type SearchKind = 'topic' | 'note' | 'exercise' | 'level';

/** Anything searchable. `fields` go from most to least important. */
export interface SearchDoc {
  readonly kind: SearchKind;
  /** Where choosing the result goes: a topic id, an exercise id, a level id. */
  readonly target: string;
  readonly title: string;
  /** A short line under the title when nothing better matched (section, kind, difficulty). */
  readonly context: string;
  readonly fields: readonly { readonly text: string; readonly weight: number }[];
}

export interface SearchResult {
  readonly doc: SearchDoc;
  readonly score: number;
  /** A piece of text around the first match outside the title, or the context line. */
  readonly snippet: string;
}

const FIELD_WEIGHTS = { title: 12, summary: 5, notes: 4, checklist: 2, cards: 2, body: 1 } as const;

/** Markdown to plain text, enough for matching and snippets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/gi, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The documents for the roadmap's topics and the learner's notes. */
export function roadmapDocs(roadmap: Roadmap, snapshot: ProgressSnapshot | undefined): SearchDoc[] {
  const sectionTitle = new Map(roadmap.sections.map((s) => [s.id, s.title]));
  const docs: SearchDoc[] = [];
  for (const id of orderedTopicIds(roadmap)) {
    const topic = roadmap.topics[id]!;
    docs.push({
      kind: 'topic',
      target: id,
      title: topic.title,
      context: sectionTitle.get(topic.sectionId) ?? '',
      fields: [
        { text: topic.title, weight: FIELD_WEIGHTS.title },
        { text: topic.summary, weight: FIELD_WEIGHTS.summary },
        { text: topic.checklist.join(' · '), weight: FIELD_WEIGHTS.checklist },
        { text: topic.cards.map((c) => `${c.q} ${c.a}`).join(' · '), weight: FIELD_WEIGHTS.cards },
        { text: plainText(topic.body), weight: FIELD_WEIGHTS.body },
      ],
    });
    const notes = snapshot?.topics[id]?.notes?.trim();
    if (notes) {
      docs.push({
        kind: 'note',
        target: id,
        title: `Your notes on ${topic.title}`,
        context: sectionTitle.get(topic.sectionId) ?? '',
        fields: [{ text: plainText(notes), weight: FIELD_WEIGHTS.notes }],
      });
    }
  }
  return docs;
}

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function snippetAround(text: string, at: number, length: number): string {
  // Start and end on word boundaries, so the snippet never begins mid-word.
  let start = Math.max(0, at - 50);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  let end = Math.min(text.length, at + length + 90);
  if (end < text.length) end = text.lastIndexOf(' ', end) > at + length ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * Ranks the documents for a query. With no words, returns the documents in their given order.
 * A word scores more at the start of a word than inside one, and more at the start of a title.
 */
export function search(docs: readonly SearchDoc[], query: string, limit = 50): SearchResult[] {
  const terms = words(query);
  if (terms.length === 0) return docs.slice(0, limit).map((doc) => ({ doc, score: 0, snippet: doc.context }));
  const phrase = terms.join(' ');
  const startRes = terms.map((t) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(t)}`));
  const results: (SearchResult & { order: number })[] = [];
  docs.forEach((doc, order) => {
    const lowered = doc.fields.map((f) => f.text.toLowerCase());
    let score = 0;
    let snippet = '';
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i]!;
      let best = 0;
      for (let f = 0; f < doc.fields.length; f += 1) {
        const at = lowered[f]!.indexOf(term);
        if (at < 0) continue;
        const wordStart = startRes[i]!.test(lowered[f]!);
        const value = doc.fields[f]!.weight * (wordStart ? 1 : 0.4);
        if (value > best) best = value;
        if (!snippet && f > 0) snippet = snippetAround(doc.fields[f]!.text, at, term.length);
      }
      if (best === 0) return;
      score += best;
    }
    const title = lowered[0] ?? '';
    if (title.startsWith(phrase)) score += 20;
    else if (title.includes(phrase)) score += 8;
    if (doc.kind === 'topic') score += 0.5;
    results.push({ doc, score, snippet: snippet || doc.context, order });
  });
  return results
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ doc, score, snippet }) => ({ doc, score, snippet }));
}
