/** Small builders shared by the progress unit tests. */
import { emptyStore } from '../../../electron/services/progress/migrations';
import type { ProgressStore } from '../../../electron/shared/schemas';
import type { Roadmap, Topic } from '../../../electron/shared/types';

export const T0 = new Date('2026-03-10T09:00:00.000Z');

export function at(offsetMinutes: number, base: Date = T0): Date {
  return new Date(base.getTime() + offsetMinutes * 60_000);
}

export function store(patch: Partial<ProgressStore> = {}): ProgressStore {
  return { ...emptyStore(), ...patch };
}

function topic(id: string, sectionId: string, cards: number): Topic {
  return {
    id,
    sectionId,
    title: `Title of ${id}`,
    summary: 's',
    body: 'b',
    checklist: ['one', 'two', 'three'],
    resources: [],
    related: [],
    cards: Array.from({ length: cards }, (_, i) => ({ id: `c${i + 1}`, q: `Question ${i + 1} about ${id}?`, a: `Answer ${i + 1}.` })),
  };
}

/** Two sections: `net` (dns: 3 cards, http: 2 cards) and `data` (sql: 3 cards). */
export function roadmap(): Roadmap {
  const topics = [topic('dns', 'net', 3), topic('http', 'net', 2), topic('sql', 'data', 3)];
  return {
    title: 'Test',
    sections: [
      { id: 'net', title: 'Net', summary: 's', topicIds: ['dns', 'http'] },
      { id: 'data', title: 'Data', summary: 's', topicIds: ['sql'] },
    ],
    topics: Object.fromEntries(topics.map((t) => [t.id, t])),
  };
}
