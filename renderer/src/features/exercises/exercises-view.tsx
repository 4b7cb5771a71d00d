/** Exercises: not built yet, so a designed empty state says what they will do. */
import { ComingSoonView } from '../../app/components/empty-state';

export function ExercisesView() {
  return (
    <ComingSoonView
      testId="view-exercises"
      viewTitle="Exercises"
      viewSubtitle="Write code, get it graded"
      illustration={<EditorArt />}
      title="Graded code exercises"
      description="Solve small backend problems in a real editor and run the tests right here, offline, until every check turns green."
    />
  );
}

function EditorArt() {
  return (
    <svg viewBox="0 0 240 150" width="240" height="150" aria-hidden="true" focusable="false">
      <rect className="art-panel" x="10" y="10" width="220" height="130" rx="14" />
      <path className="art-divider" d="M10 34 H230" />
      <circle className="art-dot" cx="28" cy="22" r="4" />
      <circle className="art-dot" cx="42" cy="22" r="4" />
      <circle className="art-dot" cx="56" cy="22" r="4" />
      <rect className="art-code art-code--accent" x="30" y="50" width="46" height="8" rx="4" />
      <rect className="art-code" x="82" y="50" width="64" height="8" rx="4" />
      <rect className="art-code" x="46" y="68" width="78" height="8" rx="4" />
      <rect className="art-code art-code--accent" x="46" y="86" width="40" height="8" rx="4" />
      <rect className="art-code" x="92" y="86" width="36" height="8" rx="4" />
      <rect className="art-code" x="30" y="104" width="22" height="8" rx="4" />
      <rect className="art-result" x="150" y="64" width="66" height="58" rx="10" />
      <circle className="art-node art-node--good" cx="168" cy="82" r="7" />
      <path className="art-check" d="m164.5 82 2.5 2.5 4.5-5" />
      <rect className="art-code" x="180" y="78" width="26" height="7" rx="3.5" />
      <circle className="art-node art-node--good" cx="168" cy="104" r="7" />
      <path className="art-check" d="m164.5 104 2.5 2.5 4.5-5" />
      <rect className="art-code" x="180" y="100" width="20" height="7" rx="3.5" />
    </svg>
  );
}
