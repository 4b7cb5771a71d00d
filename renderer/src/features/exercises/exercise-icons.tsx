/** Glyphs only the exercise views use, drawn like the app's icon set (24px grid, 1.8 stroke). */
import type { ReactElement } from 'react';

const PATHS = {
  play: <path d="M7 5.5v13l11-6.5z" />,
  clock: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  bulb: <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z" />,
  compare: <path d="M8 4v16M16 4v16M4 8h4M4 16h4M16 12h4M5 12h1M18 8h1M18 16h1" />,
  reset: <path d="M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5" />,
  dot: <circle cx="12" cy="12" r="4" />,
  cross: <path d="M7 7l10 10M17 7 7 17" />,
  skip: <path d="M6 12h12" />,
  warning: <path d="M12 4 2.8 19.5h18.4zM12 10v4.5M12 17.2v.3" />,
} satisfies Record<string, ReactElement>;

export type ExerciseIconName = keyof typeof PATHS;

export function ExerciseIcon({ name, className }: { readonly name: ExerciseIconName; readonly className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
