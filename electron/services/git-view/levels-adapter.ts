/** The git-levels content and runner, seen through the LevelBackend the view service uses. */
import { loadLevels, type Level, type LevelCatalog } from '../git-levels/level-loader';
import { checkLevel, setupLevel } from '../git-levels/level-runner';
import type { LevelBackend, PlayableLevel, PlayableSequence } from './level-backend';

/** The first sentence of the introduction, as plain text, for the levels map. */
export function summaryOf(introduction: string): string {
  const plain = introduction
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>)\s?/gm, '')
    .replace(/\*\*|__|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = plain.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? plain : plain.slice(0, end + 1);
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

function playable(level: Level): PlayableLevel {
  return {
    id: level.id,
    title: level.title,
    summary: summaryOf(level.introduction),
    introduction: level.introduction,
    hints: level.hints,
    solution: level.solution,
    par: level.par,
    topics: level.topics,
  };
}

/** Reads content/git-levels once (content does not change while the app runs). */
export function createLevelBackend(contentDir: string): LevelBackend {
  let catalog: LevelCatalog | undefined;
  const load = () => (catalog ??= loadLevels(contentDir));
  const level = (id: string): Level => {
    const found = load().byId.get(id);
    if (!found) throw new Error(`There is no git level called "${id}".`);
    return found;
  };
  return {
    sequences: (): PlayableSequence[] =>
      load()
        .sequences.map((s) => ({
          id: s.id,
          title: s.title,
          levels: s.levelIds.flatMap((id) => {
            const found = load().byId.get(id);
            return found ? [playable(found)] : [];
          }),
        }))
        .filter((s) => s.levels.length > 0),
    setup: (id, dir) => setupLevel(level(id), dir),
    check: async (id, dir) => (await checkLevel(level(id), dir)).results.map((r) => ({ label: r.text, passed: r.passed, ...(r.detail ? { detail: r.detail } : {}) })),
  };
}
