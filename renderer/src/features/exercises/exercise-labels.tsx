/** Names and badges for exercise kinds, difficulties and the learner's status. */
import type { ExerciseDifficulty, ExerciseKind } from '../../../../electron/shared/exercises';
import type { ProgressSnapshot } from '../../../../electron/shared/types';
import { Icon } from '../../app/components/icons';

export const KIND_LABELS: Readonly<Record<ExerciseKind, string>> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  http: 'HTTP handler',
  sql: 'SQL',
};

export const DIFFICULTY_LABELS: Readonly<Record<ExerciseDifficulty, string>> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export type ExerciseStatus = 'not-started' | 'attempted' | 'passed';

export const EXERCISE_STATUS_LABELS: Readonly<Record<ExerciseStatus, string>> = {
  'not-started': 'Not started',
  attempted: 'In progress',
  passed: 'Passed',
};

export function exerciseStatus(progress: ProgressSnapshot | undefined, exerciseId: string): ExerciseStatus {
  return progress?.exercises[exerciseId]?.status ?? 'not-started';
}

export function StatusBadge({ status }: { readonly status: ExerciseStatus }) {
  if (status === 'not-started') return <span className="exercise-status exercise-status--not-started">{EXERCISE_STATUS_LABELS[status]}</span>;
  return (
    <span className={`pill ${status === 'passed' ? 'pill--good' : 'pill--warn'} exercise-status`} data-status={status}>
      {status === 'passed' && <Icon name="check" />}
      {EXERCISE_STATUS_LABELS[status]}
    </span>
  );
}

export function KindBadge({ kind }: { readonly kind: ExerciseKind }) {
  return <span className={`exercise-kind exercise-kind--${kind}`}>{KIND_LABELS[kind]}</span>;
}

export function DifficultyBadge({ difficulty }: { readonly difficulty: ExerciseDifficulty }) {
  const level = difficulty === 'beginner' ? 1 : difficulty === 'intermediate' ? 2 : 3;
  return (
    <span className="exercise-difficulty" title={`Difficulty: ${DIFFICULTY_LABELS[difficulty]}`}>
      <span className="exercise-difficulty__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <span key={bar} className={bar <= level ? 'is-on' : undefined} />
        ))}
      </span>
      {DIFFICULTY_LABELS[difficulty]}
    </span>
  );
}
