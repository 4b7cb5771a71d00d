import { describe, expect, it } from 'vitest';
import { stubDesktopWindow } from './fixtures';

stubDesktopWindow();
const { commandForKey } = await import('../../../renderer/src/app/commands');

interface Press {
  readonly key: string;
  readonly code?: string;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

/** A key press as the browser reports it (Node has no KeyboardEvent). */
function press({ key, code = '', ctrl = false, meta = false, shift = false, alt = false }: Press): KeyboardEvent {
  return { key, code, ctrlKey: ctrl, metaKey: meta, shiftKey: shift, altKey: alt } as KeyboardEvent;
}

describe('keyboard shortcuts', () => {
  it('Ctrl+Shift+L and ⌘+Shift+L toggle the theme', () => {
    expect(commandForKey(press({ key: 'L', code: 'KeyL', ctrl: true, shift: true }))).toBe('theme:toggle');
    expect(commandForKey(press({ key: 'L', code: 'KeyL', meta: true, shift: true }))).toBe('theme:toggle');
  });

  it('toggles the theme from the L key on a non-Latin layout too', () => {
    // Russian layout: the key labelled L types "д", but its physical code is still KeyL.
    expect(commandForKey(press({ key: 'Д', code: 'KeyL', ctrl: true, shift: true }))).toBe('theme:toggle');
  });

  it('Ctrl+K and ⌘+K open quick open, with or without Caps Lock', () => {
    expect(commandForKey(press({ key: 'k', code: 'KeyK', ctrl: true }))).toBe('search:open');
    expect(commandForKey(press({ key: 'k', code: 'KeyK', meta: true }))).toBe('search:open');
    expect(commandForKey(press({ key: 'K', code: 'KeyK', ctrl: true }))).toBe('search:open');
    expect(commandForKey(press({ key: 'p', code: 'KeyP', ctrl: true }))).toBe('roadmap:print');
  });

  it('Ctrl+1…5 and Ctrl+, go to the sidebar views', () => {
    const expected: Record<string, string> = {
      '1': 'navigate:roadmap',
      '2': 'navigate:git',
      '3': 'navigate:exercises',
      '4': 'navigate:review',
      '5': 'navigate:progress',
      ',': 'navigate:settings',
    };
    for (const [key, command] of Object.entries(expected)) {
      expect(commandForKey(press({ key, ctrl: true })), `Ctrl+${key}`).toBe(command);
      expect(commandForKey(press({ key, meta: true })), `⌘+${key}`).toBe(command);
    }
    expect(commandForKey(press({ key: '6', ctrl: true }))).toBeUndefined();
  });

  it('Escape closes the open topic, but not when combined with a modifier', () => {
    expect(commandForKey(press({ key: 'Escape' }))).toBe('topic:close');
    for (const modifier of ['ctrl', 'meta', 'alt', 'shift'] as const) {
      expect(commandForKey(press({ key: 'Escape', [modifier]: true })), modifier).toBeUndefined();
    }
  });

  it('leaves plain typing alone: letters and digits without Ctrl or ⌘ are no command', () => {
    for (const key of ['k', 'K', 'l', 'L', '1', ',', 'Enter', ' ']) {
      expect(commandForKey(press({ key })), key).toBeUndefined();
      expect(commandForKey(press({ key, shift: true })), `Shift+${key}`).toBeUndefined();
    }
  });

  it('leaves Alt combinations to the system (AltGr on European layouts is Ctrl+Alt)', () => {
    expect(commandForKey(press({ key: 'l', code: 'KeyL', ctrl: true, alt: true, shift: true }))).toBeUndefined();
    expect(commandForKey(press({ key: 'k', code: 'KeyK', ctrl: true, alt: true }))).toBeUndefined();
    expect(commandForKey(press({ key: '1', ctrl: true, alt: true }))).toBeUndefined();
  });

  it('does not take other Shift shortcuts for its own', () => {
    expect(commandForKey(press({ key: 'K', code: 'KeyK', ctrl: true, shift: true }))).toBeUndefined();
    expect(commandForKey(press({ key: '!', code: 'Digit1', ctrl: true, shift: true }))).toBeUndefined();
  });
});
