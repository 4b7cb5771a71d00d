/** When a heartbeat counts as study time: pure rules, kept apart from the hook for tests. */

export const HEARTBEAT_MS = 30_000;
/** Input older than this means the learner stepped away. */
export const IDLE_AFTER_MS = 2 * 60_000;
/** The most one heartbeat may add (a sleeping laptop must not count as study). */
export const MAX_SECONDS_PER_BEAT = 60;

/** Seconds a heartbeat should record, or 0 when the learner is away. Pure, for tests. */
export function studiedSeconds(input: {
  readonly now: number;
  readonly lastBeat: number;
  readonly lastInput: number;
  readonly visible: boolean;
  readonly focused: boolean;
}): number {
  if (!input.visible || !input.focused) return 0;
  if (input.now - input.lastInput > IDLE_AFTER_MS) return 0;
  const seconds = Math.round((input.now - input.lastBeat) / 1000);
  return Math.max(0, Math.min(MAX_SECONDS_PER_BEAT, seconds));
}
