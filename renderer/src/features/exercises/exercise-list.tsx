/** Every exercise, filterable by roadmap section, kind, difficulty and the learner's status. */
import { useMemo, useState } from 'react';
import { EXERCISE_DIFFICULTIES, EXERCISE_KINDS } from '../../../../electron/shared/constants';
import type { ExerciseSummary } from '../../../../electron/shared/exercises';
import type { Roadmap } from '../../../../electron/shared/types';
import { useAppStore, useRoadmap } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { ViewHeader } from '../../app/components/view-header';
import { plural } from '../../lib/format';
import { DIFFICULTY_LABELS, DifficultyBadge, EXERCISE_STATUS_LABELS, KIND_LABELS, KindBadge, StatusBadge, exerciseStatus, type ExerciseStatus } from './exercise-labels';
import { useExerciseList } from './use-exercise-list';

interface Filters {
  readonly section: string;
  readonly kind: string;
  readonly difficulty: string;
  readonly status: string;
}

const ALL = 'all';
const NO_FILTERS: Filters = { section: ALL, kind: ALL, difficulty: ALL, status: ALL };
const STATUSES: readonly ExerciseStatus[] = ['not-started', 'attempted', 'passed'];

/** The roadmap sections an exercise practises, through its topics. */
function sectionsOf(exercise: ExerciseSummary, roadmap: Roadmap | undefined): string[] {
  if (!roadmap) return [];
  return [...new Set(exercise.topics.map((id) => roadmap.topics[id]?.sectionId).filter((id): id is string => id !== undefined))];
}

const DIFFICULTY_RANK = Object.fromEntries(EXERCISE_DIFFICULTIES.map((d, i) => [d, i])) as Record<string, number>;

/** In the order a learner meets them: by the first roadmap section they practise, then easiest first. */
function inRoadmapOrder(exercises: readonly ExerciseSummary[], roadmap: Roadmap | undefined): ExerciseSummary[] {
  const sectionRank = new Map((roadmap?.sections ?? []).map((s, i) => [s.id, i]));
  const rank = (e: ExerciseSummary) => Math.min(Infinity, ...sectionsOf(e, roadmap).map((id) => sectionRank.get(id) ?? Infinity));
  return [...exercises].sort(
    (a, b) => rank(a) - rank(b) || DIFFICULTY_RANK[a.difficulty]! - DIFFICULTY_RANK[b.difficulty]! || a.title.localeCompare(b.title),
  );
}

export function ExerciseList() {
  const list = useExerciseList();
  const roadmap = useRoadmap();
  const { progress } = useAppStore();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  const exercises = useMemo(() => (list.state === 'ready' ? inRoadmapOrder(list.value, roadmap) : []), [list, roadmap]);
  const sections = useMemo(() => {
    const used = new Set(exercises.flatMap((e) => sectionsOf(e, roadmap)));
    return (roadmap?.sections ?? []).filter((s) => used.has(s.id));
  }, [exercises, roadmap]);

  const shown = exercises.filter(
    (e) =>
      (filters.section === ALL || sectionsOf(e, roadmap).includes(filters.section)) &&
      (filters.kind === ALL || e.kind === filters.kind) &&
      (filters.difficulty === ALL || e.difficulty === filters.difficulty) &&
      (filters.status === ALL || exerciseStatus(progress, e.id) === filters.status),
  );
  const passed = exercises.filter((e) => exerciseStatus(progress, e.id) === 'passed').length;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) => setFilters((f) => ({ ...f, [key]: event.target.value }));

  return (
    <div className="view" data-testid="view-exercises">
      <ViewHeader
        title="Exercises"
        subtitle={list.state === 'ready' ? `${plural(exercises.length, 'exercise')} · ${passed} passed` : 'Write code, get it graded'}
      />
      <div className="view-scroll">
        <div className="exercise-list">
          <div className="exercise-filters" role="group" aria-label="Filter exercises">
            <FilterSelect label="Section" value={filters.section} onChange={set('section')} options={sections.map((s) => [s.id, s.title])} />
            <FilterSelect label="Kind" value={filters.kind} onChange={set('kind')} options={EXERCISE_KINDS.map((k) => [k, KIND_LABELS[k]])} />
            <FilterSelect label="Difficulty" value={filters.difficulty} onChange={set('difficulty')} options={EXERCISE_DIFFICULTIES.map((d) => [d, DIFFICULTY_LABELS[d]])} />
            <FilterSelect label="Status" value={filters.status} onChange={set('status')} options={STATUSES.map((s) => [s, EXERCISE_STATUS_LABELS[s]])} />
            {filtered && (
              <button type="button" className="button button--ghost" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            )}
            <span className="exercise-filters__count" aria-live="polite">
              {list.state === 'ready' && (filtered ? `${shown.length} of ${exercises.length}` : plural(exercises.length, 'exercise'))}
            </span>
          </div>

          {list.state === 'loading' && <div className="exercise-grid" aria-busy="true">{[0, 1, 2, 3, 4, 5].map((i) => <div key={i} className="skeleton exercise-card--skeleton" />)}</div>}
          {list.state === 'error' && <p className="exercise-list__message" role="alert">The exercises could not be loaded: {list.message}</p>}
          {list.state === 'ready' && shown.length === 0 && (
            <p className="exercise-list__message">{exercises.length === 0 ? 'No exercises are installed.' : 'No exercise matches these filters.'}</p>
          )}
          {shown.length > 0 && (
            <ul className="exercise-grid" aria-label="Exercises">
              {shown.map((exercise) => (
                <li key={exercise.id}>
                  <ExerciseCard exercise={exercise} roadmap={roadmap} status={exerciseStatus(progress, exercise.id)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

interface FilterSelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (event: React.ChangeEvent<HTMLSelectElement>) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label className="exercise-filter">
      <span className="exercise-filter__label">{label}</span>
      <select className="select exercise-filter__select" value={value} onChange={onChange}>
        <option value={ALL}>All</option>
        {options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ExerciseCardProps {
  readonly exercise: ExerciseSummary;
  readonly roadmap: Roadmap | undefined;
  readonly status: ExerciseStatus;
}

function ExerciseCard({ exercise, roadmap, status }: ExerciseCardProps) {
  const topics = exercise.topics.map((id) => roadmap?.topics[id]?.title ?? id);
  return (
    <a className={`exercise-card exercise-card--${status}`} href={`#/exercises/${exercise.id}`} data-testid={`exercise-card-${exercise.id}`}>
      <span className="exercise-card__top">
        <KindBadge kind={exercise.kind} />
        <StatusBadge status={status} />
      </span>
      <span className="exercise-card__title">{exercise.title}</span>
      <span className="exercise-card__topics">{topics.join(' · ')}</span>
      <span className="exercise-card__meta">
        <DifficultyBadge difficulty={exercise.difficulty} />
        <span className="exercise-card__minutes">
          <Icon name="clock" />
          {exercise.minutes} min
        </span>
      </span>
    </a>
  );
}
