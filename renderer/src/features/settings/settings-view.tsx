/** Settings: theme, where progress is kept, the app's version, and the welcome tour. */
import type { Theme } from '../../../../electron/shared/schemas';
import { THEMES } from '../../../../electron/shared/constants';
import { useAppStore } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { ViewHeader } from '../../app/components/view-header';
import { NAV_ITEMS } from '../../app/nav-items';
import { useTheme } from '../../app/theme';
import './settings.css';

const THEME_TEXT: Record<Theme, { label: string; hint: string }> = {
  system: { label: 'System', hint: 'Follows your computer' },
  light: { label: 'Light', hint: 'Always light' },
  dark: { label: 'Dark', hint: 'Always dark' },
};

const RUNTIME_NAMES: Record<string, string> = { desktop: 'Desktop app', web: 'Browser (web host)', cli: 'Command line' };

export function SettingsView({ onShowWelcome }: { onShowWelcome: () => void }) {
  const { storage, info } = useAppStore();
  const { setting, setTheme } = useTheme();
  return (
    <div className="view" data-testid="view-settings">
      <ViewHeader title="Settings" subtitle="Appearance, your data and shortcuts" />
      <div className="view-scroll">
        <div className="settings-page">
          <section className="card settings-section" aria-labelledby="settings-appearance">
            <h2 id="settings-appearance" className="card__title">
              Appearance
            </h2>
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
          </section>

          <section className="card settings-section" aria-labelledby="settings-data">
            <h2 id="settings-data" className="card__title">
              Your data
            </h2>
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
          </section>

          <section className="card settings-section" aria-labelledby="settings-shortcuts">
            <h2 id="settings-shortcuts" className="card__title">
              Keyboard shortcuts
            </h2>
            <dl className="shortcut-list">
              {NAV_ITEMS.map((item) => (
                <div key={item.view} className="shortcut-row">
                  <dt>Go to {item.label}</dt>
                  <dd>
                    <Kbd shortcut={item.shortcut} />
                  </dd>
                </div>
              ))}
              <div className="shortcut-row">
                <dt>Find a topic</dt>
                <dd>
                  <Kbd shortcut="mod+k" />
                </dd>
              </div>
              <div className="shortcut-row">
                <dt>Switch between light and dark</dt>
                <dd>
                  <Kbd shortcut="mod+shift+l" />
                </dd>
              </div>
              <div className="shortcut-row">
                <dt>Close the topic or dialog</dt>
                <dd>
                  <Kbd shortcut="esc" />
                </dd>
              </div>
            </dl>
          </section>

          <section className="card settings-section" aria-labelledby="settings-about">
            <h2 id="settings-about" className="card__title">
              About
            </h2>
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
          </section>
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
