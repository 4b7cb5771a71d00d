/** Progress: real numbers from the store, overall and per section, and what changed lately. */
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { Icon, StatusIcon } from '../../app/components/icons';
import { ProgressRing } from '../../app/components/progress-ring';
import { ViewHeader } from '../../app/components/view-header';
import { navigate, openTopic } from '../../app/router';
import { percent, plural, relativeTime, STATUS_LABELS } from '../../lib/format';
import { countStatuses, doneRatio, orderedTopicIds, sectionCounts, type StatusCounts } from '../../lib/progress-math';
import type { TopicStatus } from '../../../../electron/shared/types';
import './progress.css';

const STAT_ORDER: readonly { status: TopicStatus; key: keyof StatusCounts }[] = [
  { status: 'done', key: 'done' },
  { status: 'learning', key: 'learning' },
  { status: 'skipped', key: 'skipped' },
  { status: 'not-started', key: 'notStarted' },
];

export function ProgressView() {
  const { roadmap, progress } = useAppStore();
  if (roadmap.state !== 'ready') {
    return (
      <div className="view" data-testid="view-progress" aria-busy={roadmap.state === 'loading'}>
        <ViewHeader title="Progress" />
        <div className="view-scroll view-scroll--center">
          <p className="muted">{roadmap.state === 'loading' ? 'Loading your progress…' : 'Progress needs the roadmap, which could not be loaded.'}</p>
        </div>
      </div>
    );
  }
  const map = roadmap.value;
  const overall = countStatuses(orderedTopicIds(map), progress);
  const recent = Object.entries(progress?.topics ?? {})
    .filter(([id, entry]) => map.topics[id] && entry.status !== 'not-started')
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 6);

  return (
    <div className="view" data-testid="view-progress">
      <ViewHeader title="Progress" subtitle="Kept on this computer, updated as you go" />
      <div className="view-scroll">
        <div className="progress-page">
          <section className="card progress-overview" aria-labelledby="progress-overall">
            <ProgressRing value={doneRatio(overall)} size={112} stroke={10} label={`${overall.done} of ${overall.total} topics done`}>
              <span className="progress-overview__percent">{percent(doneRatio(overall))}</span>
            </ProgressRing>
            <div className="progress-overview__text">
              <h2 id="progress-overall" className="progress-overview__title">
                {overall.done} of {plural(overall.total, 'topic')} done
              </h2>
              <p className="muted">
                {overall.done === overall.total && overall.total > 0
                  ? 'Every topic on the roadmap is done. Well walked.'
                  : `${plural(overall.total - overall.done - overall.skipped, 'topic')} still ahead of you.`}
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

          <Card id="progress-recent" title="Recently updated">
            {recent.length === 0 ? (
              <div className="progress-empty">
                <p className="muted">Nothing yet. Open a topic on the roadmap and set its status to see it here.</p>
                <button type="button" className="button" onClick={() => navigate({ view: 'roadmap' })}>
                  <Icon name="map" />
                  Open the roadmap
                </button>
              </div>
            ) : (
              <ul className="recent-list">
                {recent.map(([id, entry]) => (
                  <li key={id}>
                    <button type="button" className="recent-item" onClick={() => openTopic(id)}>
                      <StatusIcon status={entry.status} />
                      <span className="recent-item__title">{map.topics[id]!.title}</span>
                      <span className="recent-item__meta">
                        {STATUS_LABELS[entry.status]} · {relativeTime(entry.updatedAt)}
                      </span>
                      <Icon name="chevron-right" className="recent-item__chevron" />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
