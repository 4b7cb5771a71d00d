/** A keyboard shortcut shown as key caps, e.g. Ctrl + K. */
import { shortcutKeys, shortcutLabel } from '../../lib/platform';

interface KbdProps {
  readonly shortcut: string;
  readonly className?: string;
  /**
   * Decorative caps next to a control that already announces its shortcut with
   * `aria-keyshortcuts`: hidden from assistive technology so it is not read twice.
   */
  readonly decorative?: boolean;
}

export function Kbd({ shortcut, className, decorative = false }: KbdProps) {
  return (
    <span className={`kbd-group${className ? ` ${className}` : ''}`} aria-hidden={decorative || undefined}>
      {!decorative && <span className="visually-hidden">{shortcutLabel(shortcut)}</span>}
      {shortcutKeys(shortcut).map((key, index) => (
        <kbd key={index} className="kbd" aria-hidden="true">
          {key}
        </kbd>
      ))}
    </span>
  );
}
