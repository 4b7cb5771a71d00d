/**
 * Counts time actively studying: while the window is visible and focused and the learner has
 * touched the keyboard, mouse or touch screen in the last two minutes, every heartbeat adds
 * the time since the previous one (capped) to today's activity.
 */
import { useEffect } from 'react';
import { client } from '../../lib/api';
import { HEARTBEAT_MS, studiedSeconds } from './study-time';

export function useStudyHeartbeat(): void {
  useEffect(() => {
    let lastInput = Date.now();
    let lastBeat = Date.now();
    const touched = () => {
      lastInput = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, touched, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      const seconds = studiedSeconds({ now, lastBeat, lastInput, visible: document.visibilityState === 'visible', focused: document.hasFocus() });
      lastBeat = now;
      if (seconds >= 1) {
        // Study time is a nicety: a failed heartbeat is simply not counted.
        client.progress.recordActivity({ seconds }).catch(() => {});
      }
    }, HEARTBEAT_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of events) window.removeEventListener(name, touched, { capture: true });
    };
  }, []);
}
