/** A designed placeholder for a view whose capability arrives later. */
import type { ReactNode } from 'react';
import { navigate } from '../router';
import { Icon } from './icons';
import { ViewHeader } from './view-header';

interface EmptyStateProps {
  readonly illustration: ReactNode;
  readonly title: string;
  readonly description: string;
  readonly badge?: string;
}

export function EmptyState({ illustration, title, description, badge = 'Coming soon' }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <div className="empty-state__art">{illustration}</div>
      <span className="pill pill--accent">{badge}</span>
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__text">{description}</p>
      <button type="button" className="button button--primary" onClick={() => navigate({ view: 'roadmap' })}>
        <Icon name="arrow-left" />
        Back to the roadmap
      </button>
    </div>
  );
}

interface ComingSoonViewProps extends EmptyStateProps {
  readonly testId: string;
  readonly viewTitle: string;
  readonly viewSubtitle: string;
}

/** A whole view (header and centred empty state) for a capability that arrives later. */
export function ComingSoonView({ testId, viewTitle, viewSubtitle, ...emptyState }: ComingSoonViewProps) {
  return (
    <div className="view" data-testid={testId}>
      <ViewHeader title={viewTitle} subtitle={viewSubtitle} />
      <div className="view-scroll view-scroll--center">
        <EmptyState {...emptyState} />
      </div>
    </div>
  );
}
