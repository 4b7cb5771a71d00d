/** The first-run welcome: what Roadbook offers, in three points, and where to begin. */
import { useRef } from 'react';
import { Icon, Logo, type IconName } from './components/icons';
import { Kbd } from './components/kbd';
import { Modal } from './components/modal';

const POINTS: readonly { icon: IconName; title: string; text: string }[] = [
  {
    icon: 'map',
    title: 'Follow a backend roadmap',
    text: 'Short explanations, checklists and links to official docs, from the command line to shipping a service.',
  },
  {
    icon: 'git',
    title: 'Practise for real',
    text: 'A git sandbox with real repositories and graded code exercises, right inside the app.',
  },
  {
    icon: 'lock',
    title: 'Remember it, offline',
    text: 'Spaced-repetition review keeps it fresh. No account, no network: your progress stays on this computer.',
  },
];

interface WelcomeDialogProps {
  /** Closes without going anywhere (Esc). */
  readonly onClose: () => void;
  /** Closes and opens the roadmap. */
  readonly onStart: () => void;
}

export function WelcomeDialog({ onClose, onStart }: WelcomeDialogProps) {
  const startRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy="welcome-title" describedBy="welcome-lead" onClose={onClose} testId="welcome" className="welcome" initialFocus={startRef} closeOnBackdrop={false}>
      <div className="welcome__hero">
        <Logo size={48} />
        <h2 id="welcome-title" className="welcome__title">
          Welcome to Roadbook
        </h2>
        <p id="welcome-lead" className="welcome__lead">
          Your offline study companion on the way to becoming a backend developer.
        </p>
      </div>
      <ul className="welcome__points">
        {POINTS.map((point) => (
          <li key={point.title} className="welcome__point">
            <span className="welcome__point-icon">
              <Icon name={point.icon} />
            </span>
            <span>
              <strong>{point.title}</strong>
              <span className="welcome__point-text">{point.text}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="welcome__footer">
        <span className="welcome__tip">
          <Kbd shortcut="mod+k" /> finds any topic
        </span>
        <button ref={startRef} type="button" className="button button--primary button--large" data-testid="welcome-start" onClick={onStart}>
          Start with the roadmap
          <Icon name="arrow-right" />
        </button>
      </div>
    </Modal>
  );
}
