/**
 * Practice (exercises and git levels), loaded once per page and shared: the topic panel lists
 * the practice linked to a topic, and search finds practice by its title and topics.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ProgressSnapshot, Roadmap } from '../../../electron/shared/types';
import { client } from './api';
import type { SearchDoc } from './search';

export interface PracticeItem {
  readonly kind: 'exercise' | 'level';
  readonly id: string;
  readonly title: string;
  readonly topics: readonly string[];
  /** "SQL · beginner · 15 min", "Par 4 commands". */
  readonly detail: string;
}

let loading: Promise<readonly PracticeItem[]> | undefined;

const KIND_NAMES: Record<string, string> = { javascript: 'JavaScript', typescript: 'TypeScript', http: 'HTTP handler', sql: 'SQL' };

function loadPractice(): Promise<readonly PracticeItem[]> {
  // A list that fails to load is retried on the next use instead of being remembered as empty.
  let failed = false;
  const orEmpty = <T,>(promise: Promise<readonly T[]>) =>
    promise.catch(() => {
      failed = true;
      return [] as readonly T[];
    });
  loading ??= Promise.all([orEmpty(client.exercises.list({})), orEmpty(client.git.levels({}))]).then(([exercises, sequences]) => [
    ...exercises.map<PracticeItem>((e) => ({
      kind: 'exercise',
      id: e.id,
      title: e.title,
      topics: e.topics,
      detail: `${KIND_NAMES[e.kind] ?? e.kind} · ${e.difficulty} · ${e.minutes} min`,
    })),
    ...sequences.flatMap((sequence) =>
      sequence.levels.map<PracticeItem>((level) => ({
        kind: 'level',
        id: level.id,
        title: level.title,
        topics: level.topics ?? [],
        detail: `${sequence.title} · par ${level.par}`,
      })),
    ),
  ]);
  const current = loading;
  void current.then(() => {
    if (failed && loading === current) loading = undefined;
  });
  return current;
}

/** Every exercise and level; empty until loaded (and if loading fails). */
export function usePractice(): readonly PracticeItem[] {
  const [items, setItems] = useState<readonly PracticeItem[]>([]);
  useEffect(() => {
    let live = true;
    void loadPractice().then((loaded) => live && setItems(loaded));
    return () => {
      live = false;
    };
  }, []);
  return items;
}

/** Practice as search documents. */
export function usePracticeDocs(roadmap?: Roadmap): readonly SearchDoc[] {
  const items = usePractice();
  return useMemo(
    () =>
      items.map((item) => ({
        kind: item.kind,
        target: item.id,
        title: item.title,
        context: item.detail,
        fields: [
          { text: item.title, weight: 12 },
          { text: item.topics.map((id) => roadmap?.topics[id]?.title ?? id).join(' · '), weight: 2 },
          { text: item.detail, weight: 1 },
        ],
      })),
    [items, roadmap],
  );
}

/** The learner's standing on one practice item. */
export function practiceStatus(item: PracticeItem, snapshot: ProgressSnapshot | undefined): 'done' | 'done-at-par' | 'attempted' | 'new' {
  if (item.kind === 'exercise') {
    const entry = snapshot?.exercises[item.id];
    return entry?.status === 'passed' ? 'done' : entry ? 'attempted' : 'new';
  }
  const level = snapshot?.levels[item.id];
  if (!level) return 'new';
  return level.bestCommands <= level.par ? 'done-at-par' : 'done';
}
