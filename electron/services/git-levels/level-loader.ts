/**
 * Loads the git levels: content/git-levels/sequences.yaml gives the order, and each level is
 * content/git-levels/levels/<id>.yaml. Every file is checked on its own, so one broken level
 * is reported with its reason and the rest stay usable; the content check turns any problem
 * into a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LEVEL_FILE, SEQUENCES_FILE, type LevelFile } from './level-schema';

export interface Level extends LevelFile {
  /** The id of the sequence the level belongs to. */
  readonly sequence: string;
  readonly sequenceTitle: string;
  /** 1-based position inside its sequence. */
  readonly position: number;
}

export interface LevelSequence {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly levelIds: readonly string[];
}

export interface LevelCatalog {
  /** Every valid level, in the order of the sequences. */
  readonly levels: readonly Level[];
  readonly byId: ReadonlyMap<string, Level>;
  readonly sequences: readonly LevelSequence[];
  /** One line per problem, naming the file. */
  readonly problems: readonly string[];
}

export const LEVELS_DIR = 'git-levels';

function readYaml(file: string, label: string, problems: string[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    problems.push(`${label}: the file could not be read`);
    return undefined;
  }
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    problems.push(`${label}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

export function loadLevels(contentDir: string): LevelCatalog {
  const root = path.join(contentDir, LEVELS_DIR);
  const problems: string[] = [];
  const empty: LevelCatalog = { levels: [], byId: new Map(), sequences: [], problems };
  if (!fs.existsSync(root)) {
    problems.push(`${LEVELS_DIR}: the folder is missing`);
    return empty;
  }
  const rawSequences = readYaml(path.join(root, 'sequences.yaml'), `${LEVELS_DIR}/sequences.yaml`, problems);
  if (rawSequences === undefined) return empty;
  const parsedSequences = SEQUENCES_FILE.safeParse(rawSequences);
  if (!parsedSequences.success) {
    problems.push(...parsedSequences.error.issues.map((issue) => `${LEVELS_DIR}/sequences.yaml ${issue.path.join('.') || '(file)'}: ${issue.message}`));
    return empty;
  }

  const files = new Map<string, LevelFile>();
  const levelsDir = path.join(root, 'levels');
  let names: string[] = [];
  try {
    names = fs.readdirSync(levelsDir).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    problems.push(`${LEVELS_DIR}/levels: the folder could not be read`);
  }
  for (const name of names) {
    const label = `${LEVELS_DIR}/levels/${name}`;
    const raw = readYaml(path.join(levelsDir, name), label, problems);
    if (raw === undefined) continue;
    const parsed = LEVEL_FILE.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${label} ${issue.path.join('.') || '(file)'}: ${issue.message}`));
      continue;
    }
    const id = name.replace(/\.yaml$/, '');
    if (parsed.data.id !== id) {
      problems.push(`${label}: declares id "${parsed.data.id}" but the file is named "${id}.yaml"`);
      continue;
    }
    files.set(id, parsed.data);
  }

  const levels: Level[] = [];
  const placed = new Set<string>();
  const sequenceIds = new Set<string>();
  const sequences: LevelSequence[] = [];
  for (const sequence of parsedSequences.data.sequences) {
    if (sequenceIds.has(sequence.id)) problems.push(`${LEVELS_DIR}/sequences.yaml: the sequence id "${sequence.id}" is used twice`);
    sequenceIds.add(sequence.id);
    sequences.push({ id: sequence.id, title: sequence.title, summary: sequence.summary, levelIds: sequence.levels });
    sequence.levels.forEach((levelId, index) => {
      if (placed.has(levelId)) {
        problems.push(`${LEVELS_DIR}/sequences.yaml: the level "${levelId}" is listed twice`);
        return;
      }
      placed.add(levelId);
      const file = files.get(levelId);
      if (!file) {
        if (!names.includes(`${levelId}.yaml`)) problems.push(`${LEVELS_DIR}/sequences.yaml: lists "${levelId}" but there is no levels/${levelId}.yaml`);
        return;
      }
      levels.push({ ...file, sequence: sequence.id, sequenceTitle: sequence.title, position: index + 1 });
    });
  }
  for (const id of files.keys()) {
    if (!placed.has(id)) problems.push(`${LEVELS_DIR}/levels/${id}.yaml: the level is not listed in any sequence of sequences.yaml`);
  }
  return { levels, byId: new Map(levels.map((level) => [level.id, level])), sequences, problems };
}
