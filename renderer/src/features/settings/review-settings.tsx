/** Settings › Review: how many new cards a day, and the desktop's daily reminder. */
import { useAppStore } from '../../app/app-store';
import { Card } from '../../app/components/card';
import { isDesktop } from '../../lib/api';
import './data-section.css';

const NEW_CARD_CHOICES = [0, 5, 10, 20, 30, 50, 100] as const;

export function ReviewSettings() {
  const { progress, updateSettings } = useAppStore();
  if (!progress) return null;
  const { newCardsPerDay, reviewReminder, reviewReminderTime } = progress.settings;
  const choices = NEW_CARD_CHOICES.includes(newCardsPerDay as (typeof NEW_CARD_CHOICES)[number]) ? NEW_CARD_CHOICES : [...NEW_CARD_CHOICES, newCardsPerDay].sort((a, b) => a - b);
  return (
    <Card id="settings-review" title="Review" className="settings-section">
      <div className="review-settings">
        <label className="review-setting">
          <span className="review-setting__text">
            <span className="review-setting__label">New cards a day</span>
            <span className="review-setting__hint"> · cards from newly finished topics introduced each day</span>
          </span>
          <select
            className="input"
            value={newCardsPerDay}
            onChange={(event) => void updateSettings({ newCardsPerDay: Number(event.target.value) })}
            data-testid="setting-new-cards"
          >
            {choices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <div className="review-setting">
          <span className="review-setting__text">
            <label className="review-setting__label" id="reminder-label" htmlFor="setting-reminder-switch">
              Daily reminder
            </label>
            <span className="review-setting__hint" id="reminder-hint">
              {isDesktop ? ' · a notification once a day when cards are due' : ' · shown by the desktop app; the browser version does not send notifications'}
            </span>
          </span>
          <input
            type="time"
            className="input"
            value={reviewReminderTime}
            disabled={!isDesktop || !reviewReminder}
            aria-label="Reminder time"
            onChange={(event) => {
              if (/^\d{2}:\d{2}$/.test(event.target.value)) void updateSettings({ reviewReminderTime: event.target.value });
            }}
          />
          <span className="switch">
            <input
              type="checkbox"
              id="setting-reminder-switch"
              role="switch"
              checked={reviewReminder}
              disabled={!isDesktop}
              aria-labelledby="reminder-label"
              aria-describedby="reminder-hint"
              onChange={(event) => void updateSettings({ reviewReminder: event.target.checked })}
              data-testid="setting-reminder"
            />
            <span className="switch__track" />
          </span>
        </div>
      </div>
    </Card>
  );
}
