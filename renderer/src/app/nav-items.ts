/** The views in the sidebar, in order, with their icons and shortcuts. */
import type { MenuCommand } from '../../../electron/shared/api';
import type { IconName } from './components/icons';
import type { ViewId } from './router';

export interface NavItem {
  readonly view: ViewId;
  readonly label: string;
  readonly icon: IconName;
  /** In the `mod+1` notation of lib/platform. */
  readonly shortcut: string;
  readonly command: MenuCommand;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { view: 'roadmap', label: 'Roadmap', icon: 'map', shortcut: 'mod+1', command: 'navigate:roadmap' },
  { view: 'git', label: 'Git sandbox', icon: 'git', shortcut: 'mod+2', command: 'navigate:git' },
  { view: 'exercises', label: 'Exercises', icon: 'code', shortcut: 'mod+3', command: 'navigate:exercises' },
  { view: 'review', label: 'Review', icon: 'review', shortcut: 'mod+4', command: 'navigate:review' },
  { view: 'progress', label: 'Progress', icon: 'progress', shortcut: 'mod+5', command: 'navigate:progress' },
  { view: 'settings', label: 'Settings', icon: 'settings', shortcut: 'mod+,', command: 'navigate:settings' },
];

export function navItemFor(view: ViewId): NavItem {
  return NAV_ITEMS.find((item) => item.view === view) ?? NAV_ITEMS[0]!;
}
