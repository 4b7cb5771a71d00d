/** Settings: theme, where progress is kept, the app's version, and the welcome tour. */
import type { Theme } from '../../../../electron/shared/schemas';
import { THEMES } from '../../../../electron/shared/constants';
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { ViewHeader } from '../../app/components/view-header';
import { NAV_ITEMS } from '../../app/nav-items';
import { useTheme } from '../../app/theme';
import { DataSection } from './data-section';
import { ReviewSettings } from './review-settings';
import './settings.css';

const THEME_TEXT: Record<Theme, { label: string; hint: string }> = {
  system: { label: 'System', hint: 'Follows your computer' },
  light: { label: 'Light', hint: 'Always light' },
  dark: { label: 'Dark', hint: 'Always dark' },
};

const RUNTIME_NAMES: Record<string, string> = { desktop: 'Desktop app', web: 'Browser (web host)', cli: 'Command line' };

/** Every shortcut the app answers to, in the order the list shows them. */
const SHORTCUTS: readonly { readonly label: string; readonly shortcut: string }[] = [
  ...NAV_ITEMS.map((item) => ({ label: `Go to ${item.label}`, shortcut: item.shortcut })),
  { label: 'Find a topic', shortcut: 'mod+k' },
  { label: 'Switch between light and dark', shortcut: 'mod+shift+l' },
  { label: 'Close the topic or dialog', shortcut: 'esc' },
  { label: 'Review: show the answer', shortcut: 'Space' },
  { label: 'Review: Again, Hard, Good, Easy', shortcut: '1–4' },
];

export function SettingsView({ onShowWelcome }: { onShowWelcome: () => void }) {
  const { storage, info } = useAppStore();
  const { setting, setTheme } = useTheme();
  return (
    <div className="view" data-testid="view-settings">
      <ViewHeader title="Settings" subtitle="Appearance, your data and shortcuts" />
      <div className="view-scroll">
        <div className="settings-page">
          <Card id="settings-appearance" title="Appearance" className="settings-section">
            <div className="theme-options" role="radiogroup" aria-labelledby="settings-appearance">
              {THEMES.map((theme) => (
                <label key={theme} className="theme-option">
                  <input
                    type="radio"
                    name="theme"
                    value={theme}
                    checked={setting === theme}
                    onChange={() => setTheme(theme)}
                    data-testid={`theme-option-${theme}`}
                    className="theme-option__input"
                  />
                  <span className="theme-preview-frame" aria-hidden="true">
                    <ThemePreview look={theme === 'dark' ? 'dark' : 'light'} />
                    {theme === 'system' && <ThemePreview look="dark" className="theme-preview--half" />}
                  </span>
                  <span className="theme-option__text">
                    <span className="theme-option__label">{THEME_TEXT[theme].label}</span>
                    <span className="theme-option__hint">{THEME_TEXT[theme].hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </Card>

          <Card id="settings-data" title="Your data" className="settings-section">
            <p className="settings-note">
              <Icon name="lock" />
              Your progress stays on this computer. Roadbook has no account and sends nothing over the network.
            </p>
            {storage ? (
              <dl className="settings-list">
                <div className="settings-row">
                  <dt>Data folder</dt>
                  <dd>
                    <code className="path" data-testid="settings-data-dir">{storage.dataDir}</code>
                  </dd>
                </div>
                <div className="settings-row">
                  <dt>Progress file</dt>
                  <dd>
                    <code className="path" data-testid="settings-store-path">{storage.storePath}</code>
                  </dd>
                </div>
                <div className="settings-row">
                  <dt>Saving</dt>
                  <dd data-testid="settings-persistent" data-persistent={storage.persistent}>
                    {storage.persistent ? (
                      <span className="pill pill--good">
                        <Icon name="check" /> Changes are saved
                      </span>
                    ) : (
                      <span className="pill pill--warn">
                        <Icon name="alert" /> Not saving: changes last until you quit
                      </span>
                    )}
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="muted">Reading the storage status…</p>
            )}
          </Card>

          <DataSection />

          <ReviewSettings />

          <Card id="settings-shortcuts" title="Keyboard shortcuts" className="settings-section">
            <dl className="shortcut-list">
              {SHORTCUTS.map(({ label, shortcut }) => (
                <div key={label} className="shortcut-row">
                  <dt>{label}</dt>
                  <dd>
                    <Kbd shortcut={shortcut} />
                  </dd>
                </div>
              ))}
            </dl>
          </Card>

          <Card id="settings-about" title="About" className="settings-section">
            <dl className="settings-list">
              <div className="settings-row">
                <dt>Version</dt>
                <dd data-testid="settings-version">{info ? `${info.name} ${info.version}` : '…'}</dd>
              </div>
              <div className="settings-row">
                <dt>Running as</dt>
                <dd data-testid="settings-runtime">{info ? `${RUNTIME_NAMES[info.runtime] ?? info.runtime} on ${info.platform}` : '…'}</dd>
              </div>
            </dl>
            <div className="settings-actions">
              <button type="button" className="button" onClick={onShowWelcome} data-testid="show-welcome">
                <Icon name="info" />
                Show welcome again
              </button>
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}

/** A miniature window in one theme, for the theme choices. */
function ThemePreview({ look, className }: { look: 'light' | 'dark'; className?: string }) {
  return (
    <span className={`theme-preview theme-preview--${look}${className ? ` ${className}` : ''}`}>
      <span className="theme-preview__side" />
      <span className="theme-preview__main">
        <span className="theme-preview__line" />
        <span className="theme-preview__line theme-preview__line--short" />
        <span className="theme-preview__dot" />
      </span>
    </span>
  );
}
