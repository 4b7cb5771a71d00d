/** Small, hand-written roadmaps and progress snapshots for the renderer's pure logic. */
import { vi } from 'vitest';
import type { ProgressSnapshot, Roadmap, Section, Topic, TopicStatus } from '../../../electron/shared/types';

function topic(id: string, sectionId: string, title: string): Topic {
  return { id, sectionId, title, summary: `${title}.`, body: '', checklist: [], resources: [], related: [], cards: [] };
}

function section(id: string, title: string, topicIds: readonly string[]): Section {
  return { id, title, summary: `${title}.`, topicIds };
}

/** Two sections, in reading order: internet (3 topics), then databases (3 topics). */
export function sampleRoadmap(): Roadmap {
  const topics = [
    topic('how-the-internet-works', 'internet', 'How the Internet Works'),
    topic('dns-and-domain-names', 'internet', 'DNS and Domain Names'),
    topic('http', 'internet', 'HTTP'),
    topic('relational-databases', 'databases', 'Relational Databases'),
    topic('sql-basics', 'databases', 'SQL Basics'),
    topic('database-indexes', 'databases', 'Database Indexes'),
  ];
  return {
    title: 'Backend Developer Roadmap',
    sections: [
      section('internet', 'Internet', ['how-the-internet-works', 'dns-and-domain-names', 'http']),
      section('databases', 'Databases', ['relational-databases', 'sql-basics', 'database-indexes']),
    ],
    topics: Object.fromEntries(topics.map((t) => [t.id, t])),
  };
}

/** A roadmap whose topics have exactly these titles, in this order, in one section. */
export function roadmapWithTitles(titles: readonly string[]): Roadmap {
  const topics = titles.map((title, index) => topic(`topic-${index}`, 'only', title));
  return {
    title: 'Test roadmap',
    sections: [section('only', 'Only', topics.map((t) => t.id))],
    topics: Object.fromEntries(topics.map((t) => [t.id, t])),
  };
}

export function snapshot(statuses: Readonly<Record<string, TopicStatus>> = {}): ProgressSnapshot {
  return {
    topics: Object.fromEntries(
      Object.entries(statuses).map(([id, status]) => [id, { status, updatedAt: '2025-01-01T00:00:00.000Z' }]),
    ),
    customTopics: {},
    levels: {},
    exercises: {},
    review: { cards: {}, log: [] },
    activity: {},
    settings: { theme: 'system', welcomeSeen: true, reviewReminder: false, reviewReminderTime: '09:00', newCardsPerDay: 20 },
  };
}

/**
 * Modules under renderer/src/app reach lib/api.ts, which picks its transport from `window`
 * when it loads. Stub the desktop bridge so they can be imported in Node; call this before
 * a dynamic `import()`.
 */
export function stubDesktopWindow(): void {
  vi.stubGlobal('window', {
    roadbook: {
      api: {},
      onMenuCommand: () => () => {},
      openExternal: async () => {},
    },
  });
}
