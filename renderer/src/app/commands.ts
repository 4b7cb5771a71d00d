/**
 * Keyboard shortcuts and application-menu commands, turned into one stream of commands.
 * On the desktop a shortcut may arrive twice (the page's keydown and the menu accelerator):
 * the same command from the other source within a moment is dropped, so toggles toggle once.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/shared/api';
import { onMenuCommand } from '../lib/api';
import { hasMod } from '../lib/platform';
import { NAV_ITEMS } from './nav-items';

export type AppCommand = MenuCommand | 'topic:close';

const DUPLICATE_WINDOW_MS = 400;

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'password', 'number', 'tel']);

/** A field where Escape means something to the field itself (typing text, an editor, the terminal). */
function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.closest('textarea, [contenteditable="true"], .xterm, .monaco-editor') !== null;
}

/** The command a key press stands for, if any. */
export function commandForKey(event: KeyboardEvent): AppCommand | undefined {
  if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
    // Escape in a text field belongs to the field (an editor, the terminal, a note).
    return isEditable(event.target) ? undefined : 'topic:close';
  }
  if (!hasMod(event) || event.altKey) return undefined;
  if (event.shiftKey) return event.code === 'KeyL' || event.key.toLowerCase() === 'l' ? 'theme:toggle' : undefined;
  if (event.key.toLowerCase() === 'k') return 'search:open';
  if (event.key.toLowerCase() === 'p') return 'roadmap:print';
  const item = NAV_ITEMS.find((nav) => nav.shortcut === `mod+${event.key}`);
  return item?.command;
}

interface Options {
  /** While a modal dialog is open, shortcuts belong to it. */
  readonly modalOpen: boolean;
}

export function useAppCommands(run: (command: AppCommand) => void, { modalOpen }: Options): void {
  const runRef = useRef(run);
  runRef.current = run;
  const modalRef = useRef(modalOpen);
  modalRef.current = modalOpen;

  useEffect(() => {
    let last: { command: AppCommand; source: 'key' | 'menu'; at: number } | undefined;
    const dispatch = (command: AppCommand, source: 'key' | 'menu') => {
      const now = performance.now();
      const duplicate = last && last.command === command && last.source !== source && now - last.at < DUPLICATE_WINDOW_MS;
      last = { command, source, at: now };
      if (!duplicate) runRef.current(command);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || modalRef.current) return;
      const command = commandForKey(event);
      if (!command) return;
      if (command !== 'topic:close') event.preventDefault();
      dispatch(command, 'key');
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = onMenuCommand((command) => dispatch(command, 'menu'));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
