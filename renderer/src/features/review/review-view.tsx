/** Review: not built yet, so a designed empty state says what it will do. */
import { ComingSoonView } from '../../app/components/empty-state';

export function ReviewView() {
  return (
    <ComingSoonView
      testId="view-review"
      viewTitle="Review"
      viewSubtitle="A few minutes a day keeps it fresh"
      illustration={<CardsArt />}
      title="Spaced-repetition review"
      description="Answer short cards about the topics you have learned, each one coming back just before you would forget it."
    />
  );
}

function CardsArt() {
  return (
    <svg viewBox="0 0 240 150" width="240" height="150" aria-hidden="true" focusable="false">
      <rect className="art-panel art-panel--back" x="62" y="18" width="132" height="92" rx="12" transform="rotate(-8 128 64)" />
      <rect className="art-panel art-panel--mid" x="56" y="26" width="132" height="92" rx="12" transform="rotate(4 122 72)" />
      <rect className="art-panel" x="50" y="34" width="132" height="92" rx="12" />
      <rect className="art-code art-code--accent" x="68" y="54" width="64" height="9" rx="4.5" />
      <rect className="art-code" x="68" y="72" width="92" height="7" rx="3.5" />
      <rect className="art-code" x="68" y="86" width="74" height="7" rx="3.5" />
      <rect className="art-chip art-chip--good" x="68" y="102" width="36" height="12" rx="6" />
      <rect className="art-chip art-chip--muted" x="110" y="102" width="36" height="12" rx="6" />
      <circle className="art-node art-node--accent" cx="190" cy="36" r="16" />
      <path className="art-clock" d="M190 27v9l6 4" />
    </svg>
  );
}
