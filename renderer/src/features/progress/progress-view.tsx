/**
 * Progress: how far the learner has come. Overall and per-section progress, a year of
 * activity, streaks, this week's study time, what was finished lately, what to do next, and
 * any progress kept for content that no longer exists (archived).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ExerciseSummary } from '../../../../electron/shared/exercises';
import type { ProgressSnapshot, Roadmap, TopicStatus } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { Icon, StatusIcon, type IconName } from '../../app/components/icons';
import { ProgressRing } from '../../app/components/progress-ring';
import { ViewHeader } from '../../app/components/view-header';
import { navigate, openTopic } from '../../app/router';
import { client } from '../../lib/api';
import { percent, plural, relativeTime, STATUS_LABELS } from '../../lib/format';
import { countStatuses, doneRatio, orderedTopicIds, sectionCounts, suggestNext, type StatusCounts } from '../../lib/progress-math';
import { useDueCount } from '../review/review-due';
import { ActivityHeatmap } from './activity-heatmap';
import { dayKey, formatDuration, parseDayKey, secondsThisWeek, streaks } from './activity-math';
import './progress.css';

const STAT_ORDER: readonly { status: TopicStatus; key: keyof StatusCounts }[] = [
  { status: 'done', key: 'done' },
  { status: 'learning', key: 'learning' },
  { status: 'skipped', key: 'skipped' },
  { status: 'not-started', key: 'notStarted' },
];

interface Finished {
  readonly kind: 'topic' | 'exercise' | 'level';
  readonly id: string;
  readonly title: string;
  readonly at: string;
}

function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Topics done, exercises passed and levels completed, newest first. */
export function recentlyFinished(
  map: Roadmap,
  progress: ProgressSnapshot,
  exerciseTitles: ReadonlyMap<string, string>,
  levelTitles: ReadonlyMap<string, string>,
  limit = 8,
): Finished[] {
  const items: Finished[] = [];
  for (const [id, entry] of Object.entries(progress.topics)) {
    if (entry.status !== 'done') continue;
    const title = map.topics[id]?.title ?? progress.customTopics[id]?.title;
    if (title) items.push({ kind: 'topic', id, title, at: entry.updatedAt });
  }
  for (const [id, entry] of Object.entries(progress.exercises)) {
    if (entry.passedAt) items.push({ kind: 'exercise', id, title: exerciseTitles.get(id) ?? humanize(id), at: entry.passedAt });
  }
  for (const [id, entry] of Object.entries(progress.levels)) items.push({ kind: 'level', id, title: levelTitles.get(id) ?? humanize(id), at: entry.completedAt });
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

/** Topic ids with progress that the roadmap no longer has (kept, never dropped). */
export function archivedTopicIds(map: Roadmap, progress: ProgressSnapshot): string[] {
  return Object.keys(progress.topics)
    .filter((id) => !map.topics[id] && !progress.customTopics[id])
    .sort();
}

const KIND_ICONS: Record<Finished['kind'], IconName> = { topic: 'map', exercise: 'code', level: 'git' };
const KIND_NAMES: Record<Finished['kind'], string> = { topic: 'Topic', exercise: 'Exercise', level: 'Git level' };

export function ProgressView() {
  const { roadmap, progress, saveProgress } = useAppStore();
  const [exercises, setExercises] = useState<readonly ExerciseSummary[] | undefined>();
  const [levelTitles, setLevelTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const due = useDueCount(progress);
  const todayKey = dayKey(new Date());
  const today = useMemo(() => parseDayKey(todayKey), [todayKey]);

  useEffect(() => {
    // Study time is recorded in the background; read it fresh when the dashboard opens.
    void saveProgress(() => client.progress.snapshot({}), 'Could not refresh your progress');
    client.exercises.list({}).then(setExercises, () => setExercises([]));
    client.git.levels({}).then(
      (sequences) => setLevelTitles(new Map(sequences.flatMap((sequence) => sequence.levels.map((level) => [level.id, level.title] as const)))),
      () => {},
    );
  }, [saveProgress]);

  if (roadmap.state !== 'ready' || !progress) {
    return (
      <div className="view" data-testid="view-progress" aria-busy={roadmap.state === 'loading'}>
        <ViewHeader title="Progress" />
        <div className="view-scroll view-scroll--center">
          <p className="muted">{roadmap.state === 'error' ? 'Progress needs the roadmap, which could not be loaded.' : 'Loading your progress…'}</p>
        </div>
      </div>
    );
  }
  const map = roadmap.value;
  const overall = countStatuses(orderedTopicIds(map), progress);
  const streak = streaks(progress.activity, today);
  const week = secondsThisWeek(progress.activity, today);
  const exerciseTitles = new Map((exercises ?? []).map((e) => [e.id, e.title]));
  const finished = recentlyFinished(map, progress, exerciseTitles, levelTitles);
  const next = suggestNext(map, progress, 4);
  const archived = archivedTopicIds(map, progress);
  // Exercises can only be called archived once the list of current ones has loaded.
  const archivedExercises = exercises && exercises.length > 0 ? Object.keys(progress.exercises).filter((id) => !exerciseTitles.has(id)).sort() : [];
  const passed = Object.values(progress.exercises).filter((e) => e.status === 'passed').length;
  const levels = Object.keys(progress.levels).length;
  const customIds = Object.keys(progress.customTopics);
  const customDone = customIds.filter((id) => progress.topics[id]?.status === 'done').length;

  return (
    <div className="view" data-testid="view-progress">
      <ViewHeader title="Progress" subtitle="Kept on this computer, updated as you go" />
      <div className="view-scroll">
        <div className="progress-page">
          <section className="card progress-overview" aria-labelledby="progress-overall">
            <ProgressRing value={doneRatio(overall)} size={112} stroke={10} label={`${overall.done} of ${overall.total} topics done`}>
              <span className="progress-overview__percent" data-testid="progress-percent">
                {percent(doneRatio(overall))}
              </span>
            </ProgressRing>
            <div className="progress-overview__text">
              <h2 id="progress-overall" className="progress-overview__title" data-testid="progress-overall">
                {overall.done} of {plural(overall.total, 'topic')} done
              </h2>
              <p className="muted">
                {overall.done === overall.total && overall.total > 0
                  ? 'Every topic on the roadmap is done. Well walked.'
                  : `${plural(overall.total - overall.done - overall.skipped, 'topic')} still ahead of you.`}
                {customIds.length > 0 && ` Plus ${plural(customIds.length, 'topic')} of your own, ${customDone} done.`}
              </p>
              <dl className="stat-grid">
                {STAT_ORDER.map(({ status, key }) => (
                  <div key={status} className={`stat stat--${status}`} data-testid={`progress-count-${status}`}>
                    <dt>
                      <StatusIcon status={status} />
                      {STATUS_LABELS[status]}
                    </dt>
                    <dd>{overall[key]}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>

          <dl className="tile-grid">
            <Tile icon="sparkle" label="Current streak" value={plural(streak.current, 'day')} hint={streak.current > 0 ? 'Keep it going today' : 'Study a little to start one'} testId="stat-streak" />
            <Tile icon="flag" label="Longest streak" value={plural(streak.longest, 'day')} hint="Your best run so far" testId="stat-longest" />
            <Tile icon="progress" label="Studied this week" value={formatDuration(week)} hint="Active time since Monday" testId="stat-week" />
            <Tile
              icon="review"
              label="Practice and review"
              value={`${passed + levels} passed`}
              hint={`${plural(passed, 'exercise')}, ${plural(levels, 'level')} · ${plural(progress.review.log.length, 'review answer')}`}
              testId="stat-practice"
            />
          </dl>

          <Card id="progress-activity" title="Activity">
            <ActivityHeatmap activity={progress.activity} today={today} />
          </Card>

          <div className="progress-columns">
            <Card id="progress-next" title="Up next">
              <ul className="recent-list" data-testid="up-next">
                {due !== undefined && due > 0 && (
                  <li>
                    <button type="button" className="recent-item" onClick={() => navigate({ view: 'review' })}>
                      <span className="kind-icon kind-icon--review">
                        <Icon name="review" />
                      </span>
                      <span className="recent-item__title">Review {plural(due, 'card')}</span>
                      <span className="recent-item__meta">due now</span>
                      <Icon name="chevron-right" className="recent-item__chevron" />
                    </button>
                  </li>
                )}
                {next.map((id) => (
                  <li key={id}>
                    <button type="button" className="recent-item" onClick={() => openTopic(id)}>
                      <StatusIcon status={progress.topics[id]?.status ?? 'not-started'} />
                      <span className="recent-item__title">{map.topics[id]!.title}</span>
                      <span className="recent-item__meta">{progress.topics[id]?.status === 'learning' ? 'in progress' : 'next on the road'}</span>
                      <Icon name="chevron-right" className="recent-item__chevron" />
                    </button>
                  </li>
                ))}
                {next.length === 0 && (due ?? 0) === 0 && <li className="muted">Nothing left to suggest: every topic is done or skipped.</li>}
              </ul>
            </Card>

            <Card id="progress-recent" title="Recently finished">
              {finished.length === 0 ? (
                <div className="progress-empty">
                  <p className="muted">Nothing finished yet. Mark a topic done, pass an exercise or clear a git level to see it here.</p>
                </div>
              ) : (
                <ul className="recent-list" data-testid="recently-finished">
                  {finished.map((item) => (
                    <li key={`${item.kind}:${item.id}`}>
                      <button
                        type="button"
                        className="recent-item"
                        onClick={() => openFinished(item)}
                      >
                        <span className={`kind-icon kind-icon--${item.kind}`} title={KIND_NAMES[item.kind]}>
                          <Icon name={KIND_ICONS[item.kind]} />
                        </span>
                        <span className="recent-item__title">{item.title}</span>
                        <span className="recent-item__meta">{relativeTime(item.at)}</span>
                        <Icon name="chevron-right" className="recent-item__chevron" />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>

          <Card id="progress-sections" title="By section">
            <ol className="section-bars">
              {map.sections.map((section, index) => {
                const counts = sectionCounts(section, progress);
                const width = (n: number) => `${counts.total === 0 ? 0 : (n / counts.total) * 100}%`;
                return (
                  <li key={section.id} className="section-bar" data-testid="progress-section" data-section-id={section.id}>
                    <div className="section-bar__label">
                      <span className="number-badge">{index + 1}</span>
                      <span className="section-bar__title">{section.title}</span>
                      <span className="section-bar__count">
                        {counts.done}/{counts.total} done
                      </span>
                    </div>
                    <div
                      className="stacked-bar"
                      role="img"
                      aria-label={`${section.title}: ${counts.done} done, ${counts.learning} learning, ${counts.skipped} skipped, ${counts.notStarted} not started`}
                    >
                      <span className="stacked-bar__part stacked-bar__part--done" style={{ width: width(counts.done) }} />
                      <span className="stacked-bar__part stacked-bar__part--learning" style={{ width: width(counts.learning) }} />
                      <span className="stacked-bar__part stacked-bar__part--skipped" style={{ width: width(counts.skipped) }} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </Card>

          {archived.length + archivedExercises.length > 0 && (
            <Card id="progress-archived" title="Archived">
              <p className="muted archived-lead">
                These are no longer part of Roadbook’s content. Your progress on them is kept, notes and drafts included, in case you want it.
              </p>
              <ul className="archived-list" data-testid="archived">
                {archived.map((id) => {
                  const entry = progress.topics[id]!;
                  return (
                    <li key={id} className="archived-item" data-testid="archived-item" data-topic-id={id}>
                      <StatusIcon status={entry.status} />
                      <span className="archived-item__id">{humanize(id)}</span>
                      <span className="recent-item__meta">
                        {STATUS_LABELS[entry.status]}
                        {entry.notes ? ' · has notes' : ''}
                      </span>
                      {entry.notes && (
                        <details className="archived-item__notes">
                          <summary>Show notes</summary>
                          <pre>{entry.notes}</pre>
                        </details>
                      )}
                    </li>
                  );
                })}
                {archivedExercises.map((id) => (
                  <li key={`exercise:${id}`} className="archived-item" data-testid="archived-item" data-exercise-id={id}>
                    <span className="kind-icon kind-icon--exercise">
                      <Icon name="code" />
                    </span>
                    <span className="archived-item__id">{humanize(id)}</span>
                    <span className="recent-item__meta">
                      Exercise · {progress.exercises[id]!.status === 'passed' ? 'passed' : `${plural(progress.exercises[id]!.attempts, 'run')}`}
                      {progress.exercises[id]!.draft ? ' · has a draft' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}

function openFinished(item: Finished): void {
  if (item.kind === 'topic') openTopic(item.id);
  else if (item.kind === 'exercise') navigate({ view: 'exercises', exerciseId: item.id });
  else navigate({ view: 'git', levelId: item.id });
}

function Tile({ icon, label, value, hint, testId }: { readonly icon: IconName; readonly label: string; readonly value: string; readonly hint: string; readonly testId: string }) {
  return (
    <div className="tile" data-testid={testId}>
      <dt className="tile__label">
        <Icon name={icon} />
        {label}
      </dt>
      <dd className="tile__value">{value}</dd>
      <dd className="tile__hint">{hint}</dd>
    </div>
  );
}
