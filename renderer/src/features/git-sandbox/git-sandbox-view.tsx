/** The git sandbox: not built yet, so a designed empty state says what it will do. */
import { ComingSoonView } from '../../app/components/empty-state';

export function GitSandboxView() {
  return (
    <ComingSoonView
      testId="view-git"
      viewTitle="Git sandbox"
      viewSubtitle="Real repositories, safe to break"
      illustration={<BranchArt />}
      title="Your own practice repositories"
      description="Run real git commands against real repositories on this computer, watch the commit graph change as you go, and clear each level's goal."
    />
  );
}

function BranchArt() {
  return (
    <svg viewBox="0 0 240 150" width="240" height="150" aria-hidden="true" focusable="false">
      <rect className="art-panel" x="10" y="10" width="220" height="130" rx="14" />
      <path className="art-line" d="M50 110 H190" />
      <path className="art-line art-line--accent" d="M86 110 C 100 110, 100 62, 120 62 H170" />
      <path className="art-line art-line--good" d="M140 62 C 156 62, 156 110, 174 110" strokeDasharray="4 5" />
      <circle className="art-node" cx="50" cy="110" r="9" />
      <circle className="art-node" cx="86" cy="110" r="9" />
      <circle className="art-node" cx="130" cy="110" r="9" />
      <circle className="art-node art-node--accent" cx="120" cy="62" r="9" />
      <circle className="art-node art-node--accent" cx="158" cy="62" r="9" />
      <circle className="art-node art-node--good" cx="186" cy="110" r="11" />
      <path className="art-check" d="m181 110 3.5 3.5 6.5-7" />
      <rect className="art-chip" x="100" y="28" width="56" height="18" rx="9" />
      <rect className="art-chip art-chip--muted" x="32" y="76" width="44" height="14" rx="7" />
    </svg>
  );
}
