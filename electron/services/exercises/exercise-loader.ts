/**
 * Loads the exercises from content/exercises/<slug>/. Each folder is validated on its own, so
 * one broken exercise is reported with its reason and the rest stay usable; a content check
 * turns any problem into a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ExerciseDetail, ExerciseSummary } from '../../shared/exercises';
import { EXERCISE_META, SQL_TESTS_FILE, filesFor, type ExerciseMeta, type SqlTest } from './exercise-schema';

export interface Exercise {
  readonly meta: ExerciseMeta;
  readonly dir: string;
  readonly instructions: string;
  readonly starter: string;
  readonly proof: string;
  /** JS/TS: the tests module. SQL: undefined (see sqlTests). */
  readonly tests?: string;
  readonly sqlTests?: readonly SqlTest[];
  readonly schema?: string;
  readonly types?: string;
  /** The learner's file name, e.g. solution.ts. */
  readonly fileName: string;
  readonly testsFileName: string;
}

export interface ExerciseCatalog {
  readonly exercises: ReadonlyMap<string, Exercise>;
  /** One line per problem, naming the exercise folder. */
  readonly problems: readonly string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadExercises(contentDir: string): ExerciseCatalog {
  const root = path.join(contentDir, 'exercises');
  const exercises = new Map<string, Exercise>();
  const problems: string[] = [];
  let slugs: string[];
  try {
    slugs = fs.readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return { exercises, problems: [`${root} could not be read`] };
  }
  for (const slug of slugs) {
    const found: string[] = [];
    const exercise = loadExercise(path.join(root, slug), slug, found);
    problems.push(...found.map((problem) => `exercises/${slug}: ${problem}`));
    if (exercise && found.length === 0) exercises.set(slug, exercise);
  }
  return { exercises, problems };
}

function loadExercise(dir: string, slug: string, problems: string[]): Exercise | undefined {
  if (!SLUG.test(slug)) problems.push('the folder name must be a kebab-case id');
  const rawMeta = readYaml(path.join(dir, 'exercise.yaml'), problems);
  if (rawMeta === undefined) return undefined;
  const parsed = EXERCISE_META.safeParse(rawMeta);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `exercise.yaml ${issue.path.join('.') || '(file)'}: ${issue.message}`));
    return undefined;
  }
  const meta = parsed.data;
  if (meta.id !== slug) problems.push(`exercise.yaml declares id "${meta.id}" but the folder is "${slug}"`);
  const kind = filesFor(meta.kind);
  const read = (name: string, optional = false) => readText(path.join(dir, name), problems, optional);
  const instructions = read('README.md');
  if (instructions !== undefined && instructions.trim().length === 0) problems.push('README.md is empty');
  const starter = read(`starter.${kind.extension}`);
  const proof = read(`proof.${kind.extension}`);
  const types = read('types.d.ts', true);
  let tests: string | undefined;
  let sqlTests: readonly SqlTest[] | undefined;
  let schema: string | undefined;
  if (meta.kind === 'sql') {
    schema = read('schema.sql');
    const rawTests = readYaml(path.join(dir, 'tests.yaml'), problems);
    if (rawTests !== undefined) {
      const testsFile = SQL_TESTS_FILE.safeParse(rawTests);
      if (testsFile.success) sqlTests = testsFile.data.tests;
      else problems.push(...testsFile.error.issues.map((issue) => `tests.yaml ${issue.path.join('.') || '(file)'}: ${issue.message}`));
    }
  } else {
    tests = read(kind.tests);
  }
  if (instructions === undefined || starter === undefined || proof === undefined) return undefined;
  if (meta.kind === 'sql' ? schema === undefined || sqlTests === undefined : tests === undefined) return undefined;
  return {
    meta,
    dir,
    instructions,
    starter,
    proof,
    tests,
    sqlTests,
    schema,
    types,
    fileName: `solution.${kind.extension}`,
    testsFileName: kind.tests,
  };
}

function readText(file: string, problems: string[], optional: boolean): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    if (!optional) problems.push(`${path.basename(file)} is missing`);
    return undefined;
  }
}

function readYaml(file: string, problems: string[]): unknown {
  const text = readText(file, problems, false);
  if (text === undefined) return undefined;
  try {
    return parseYaml(text);
  } catch (error) {
    problems.push(`${path.basename(file)} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export function summaryOf(exercise: Exercise): ExerciseSummary {
  const { id, title, kind, difficulty, topics, minutes } = exercise.meta;
  return { id, title, kind, difficulty, topics, minutes };
}

export function detailOf(exercise: Exercise): ExerciseDetail {
  return {
    ...summaryOf(exercise),
    instructions: exercise.instructions,
    hints: exercise.meta.hints,
    starter: exercise.starter,
    language: filesFor(exercise.meta.kind).language,
    fileName: exercise.fileName,
    ...(exercise.types !== undefined ? { types: exercise.types } : {}),
    ...(exercise.schema !== undefined ? { schema: exercise.schema } : {}),
  };
}
