/** A section's card on the road: its number, title, summary and a progress ring. */
import type { CSSProperties } from 'react';
import type { Section } from '../../../../electron/shared/types';
import { Icon } from '../../app/components/icons';
import { ProgressRing } from '../../app/components/progress-ring';
import type { StatusCounts } from '../../lib/progress-math';

interface SectionCardProps {
  readonly section: Section;
  readonly index: number;
  readonly counts: StatusCounts;
  /** Share covered, counting checklist ticks, from 0 to 1. */
  readonly ratio: number;
  readonly style: CSSProperties;
}

export function SectionCard({ section, index, counts, ratio, style }: SectionCardProps) {
  const complete = counts.total > 0 && counts.done === counts.total;
  return (
    <div className={`section-card${complete ? ' section-card--complete' : ''}`} style={style} data-testid="roadmap-section" data-section-id={section.id}>
      <div className="section-card__text">
        <p className="section-card__eyebrow">
          <span className="section-card__number" aria-hidden="true">
            {complete ? <Icon name="check" /> : index + 1}
          </span>
          <span data-testid="section-count">
            {counts.done}/{counts.total} done
          </span>
        </p>
        <h2 id={`section-${section.id}-title`} className="section-card__title">
          {section.title}
        </h2>
        <p className="section-card__summary">{section.summary}</p>
      </div>
      <ProgressRing
        value={ratio}
        size={46}
        stroke={5}
        className="section-card__ring"
        label={`${section.title}: ${Math.round(ratio * 100)}% covered, ${counts.done} of ${counts.total} topics done`}
      >
        <span className="section-card__percent" data-testid="section-percent">
          {Math.round(ratio * 100)}
          <small>%</small>
        </span>
      </ProgressRing>
    </div>
  );
}
