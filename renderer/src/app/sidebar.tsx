/** The left sidebar: wordmark, navigation, overall progress and the theme toggle. */
import { countStatuses, orderedTopicIds, progressRatio } from '../lib/progress-math';
import { percent } from '../lib/format';
import { useAppStore, useRoadmap } from './app-store';
import { Icon, Logo, type IconName } from './components/icons';
import { Kbd } from './components/kbd';
import { ProgressRing } from './components/progress-ring';
import { NAV_ITEMS } from './nav-items';
import { navigate, routeToHash, type Route } from './router';
import { useTheme } from './theme';
import { DueBadge } from '../features/review/due-badge';
import { ariaKeyShortcut, shortcutLabel } from '../lib/platform';

const THEME_ICONS: Record<string, IconName> = { light: 'sun', dark: 'moon', system: 'monitor' };
const THEME_NAMES: Record<string, string> = { light: 'Light', dark: 'Dark', system: 'System' };

export function Sidebar({ route }: { route: Route }) {
  return (
    <div className="sidebar">
      <div className="sidebar__brand">
        <Logo size={26} />
        <span className="sidebar__wordmark">Roadbook</span>
      </div>
      <nav className="sidebar__nav" aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => {
            const active = route.view === item.view;
            return (
              <li key={item.view}>
                <a
                  className="nav-item"
                  href={routeToHash({ view: item.view })}
                  aria-current={active ? 'page' : undefined}
                  data-testid={`nav-${item.view}`}
                  aria-keyshortcuts={ariaKeyShortcut(item.shortcut)}
                  onClick={(event) => {
                    // Keep the open topic when going back to the roadmap from its own nav item.
                    if (active && item.view === 'roadmap') event.preventDefault();
                    else if (!event.ctrlKey && !event.metaKey && !event.shiftKey) {
                      event.preventDefault();
                      navigate({ view: item.view });
                    }
                  }}
                >
                  <Icon name={item.icon} className="nav-item__icon" />
                  <span className="nav-item__label">{item.label}</span>
                  {item.view === 'review' && <DueBadge />}
                  <Kbd shortcut={item.shortcut} className="nav-item__kbd" decorative />
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar__footer">
        <SidebarProgress />
        <ThemeToggle />
      </div>
    </div>
  );
}

function SidebarProgress() {
  const roadmap = useRoadmap();
  const { progress } = useAppStore();
  if (!roadmap) return <div className="sidebar-progress sidebar-progress--placeholder" aria-hidden="true" />;
  const ids = orderedTopicIds(roadmap);
  const counts = countStatuses(ids, progress);
  // The same measure as the roadmap's header ring: done topics plus checklist ticks.
  const ratio = progressRatio(roadmap, ids, progress);
  return (
    <a
      className="sidebar-progress"
      href={routeToHash({ view: 'progress' })}
      data-testid="sidebar-progress"
      onClick={(event) => {
        event.preventDefault();
        navigate({ view: 'progress' });
      }}
    >
      <ProgressRing value={ratio} size={34} stroke={3.5} label={`${counts.done} of ${counts.total} topics done, ${percent(ratio)} of the roadmap covered`} />
      <span className="sidebar-progress__text">
        <span className="sidebar-progress__count">
          <strong data-testid="sidebar-done-count">{counts.done}</strong> of {counts.total} done
        </span>
        <span className="sidebar-progress__meta">
          {percent(ratio)} covered
        </span>
      </span>
    </a>
  );
}

function ThemeToggle() {
  const { setting, effective, toggleTheme } = useTheme();
  const label = `Theme: ${THEME_NAMES[setting]}${setting === 'system' ? ` (${effective})` : ''}. Switch theme (${shortcutLabel('mod+shift+l')})`;
  return (
    <button type="button" className="icon-button sidebar__theme" aria-label={label} title={label} data-testid="theme-toggle" aria-keyshortcuts={ariaKeyShortcut('mod+shift+l')} onClick={toggleTheme}>
      <Icon name={THEME_ICONS[setting] ?? 'monitor'} />
    </button>
  );
}
