/**
 * The sandbox terminal on xterm.js: a prompt with the folder and branch, a line editor with
 * history and tab completion, Ctrl+C / Ctrl+L, copy and paste. Each line goes to `onRun`;
 * keys typed while a command runs wait and are replayed after it, as in a real shell.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { GitRepoPicture, GitRunResult, GitVocabulary } from '../../../../electron/shared/git-view';
import { complete } from './completion';
import { LineEditor } from './line-editor';

export interface TerminalHandle {
  /** Types a line as if the learner had (used by the toolbar buttons), then runs it. */
  runTyped(line: string): void;
  /** Prints a command's result that arrived from elsewhere (e.g. a saved rebase plan). */
  showResult(result: GitRunResult): void;
  focus(): void;
}

interface TerminalProps {
  /** Shown at the start of the prompt: the sandbox's or level's name. */
  readonly name: string;
  readonly picture: GitRepoPicture;
  readonly vocabulary: GitVocabulary | undefined;
  readonly greeting: readonly string[];
  readonly theme: 'light' | 'dark';
  readonly onRun: (line: string) => Promise<GitRunResult | undefined>;
}

const ESC = '\x1b[';
const style = {
  reset: `${ESC}0m`,
  bold: `${ESC}1m`,
  dim: `${ESC}90m`,
  red: `${ESC}31m`,
  green: `${ESC}32m`,
  yellow: `${ESC}33m`,
  blue: `${ESC}34m`,
  magenta: `${ESC}35m`,
  cyan: `${ESC}36m`,
};

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** The terminal's colours, from the app's theme tokens. */
function terminalTheme(): ITheme {
  return {
    background: cssVar('--term-bg') || cssVar('--code-bg'),
    foreground: cssVar('--code-text'),
    cursor: cssVar('--accent'),
    cursorAccent: cssVar('--code-bg'),
    selectionBackground: cssVar('--term-selection'),
    black: cssVar('--text'),
    brightBlack: cssVar('--text-3'),
    red: cssVar('--danger-text'),
    brightRed: cssVar('--danger-text'),
    green: cssVar('--done-text'),
    brightGreen: cssVar('--done-text'),
    yellow: cssVar('--learning-text'),
    brightYellow: cssVar('--learning-text'),
    blue: cssVar('--accent-text'),
    brightBlue: cssVar('--accent-text'),
    magenta: cssVar('--term-magenta'),
    brightMagenta: cssVar('--term-magenta'),
    cyan: cssVar('--term-cyan'),
    brightCyan: cssVar('--term-cyan'),
    white: cssVar('--text-2'),
    brightWhite: cssVar('--text'),
    scrollbarSliderBackground: cssVar('--border-strong'),
    scrollbarSliderHoverBackground: cssVar('--text-3'),
    scrollbarSliderActiveBackground: cssVar('--text-3'),
  };
}

function promptParts(name: string, picture: GitRepoPicture): { text: string; plain: string } {
  const where = picture.cwd ? `${name}/${picture.cwd}` : name;
  let branch = '';
  if (picture.initialized) {
    if (picture.head.attached) branch = picture.head.branch ?? '';
    else branch = picture.head.oid ? `HEAD ${picture.head.oid.slice(0, 7)}` : 'HEAD';
    const op = picture.operations[0];
    if (op) branch += `|${op.toUpperCase()}`;
  }
  const branchText = branch ? ` ${picture.head.attached ? style.magenta : style.yellow}(${branch})${style.reset}` : '';
  return {
    text: `${style.blue}${style.bold}${where}${style.reset}${branchText} ${style.dim}$${style.reset} `,
    plain: `${where}${branch ? ` (${branch})` : ''} $ `,
  };
}

/** Colours a command's output: errors red, hints dim, learner-action answers in cyan. */
function colourOutput(result: GitRunResult): string {
  let out = '';
  for (const chunk of result.output) {
    const lines = chunk.text.replace(/\r?\n/g, '\n').split('\n');
    const trailing = lines.at(-1) === '' ? lines.pop() : undefined;
    const painted = lines.map((line) => {
      if (chunk.stream === 'info') return `${style.cyan}${line}${style.reset}`;
      if (/^(fatal|error):/.test(line) || /^CONFLICT/.test(line)) return `${style.red}${line}${style.reset}`;
      if (/^hint:/.test(line)) return `${style.dim}${line}${style.reset}`;
      if (chunk.stream === 'stdout' && /^\+(?!\+\+)/.test(line)) return `${style.green}${line}${style.reset}`;
      if (chunk.stream === 'stdout' && /^-(?!--)/.test(line)) return `${style.red}${line}${style.reset}`;
      if (chunk.stream === 'stdout' && /^@@/.test(line)) return `${style.cyan}${line}${style.reset}`;
      return line;
    });
    out += painted.join('\r\n') + (trailing !== undefined ? '\r\n' : '');
  }
  return out;
}

/** Choices laid out in columns, like a shell lists completions. */
function columns(choices: readonly string[], width: number): string {
  const cell = Math.min(Math.max(...choices.map((c) => c.length)) + 2, width);
  const perRow = Math.max(1, Math.floor(width / cell));
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += perRow) rows.push(choices.slice(i, i + perRow).map((c) => c.padEnd(cell)).join('').trimEnd());
  return rows.join('\r\n');
}

export const SandboxTerminal = forwardRef<TerminalHandle, TerminalProps>(function SandboxTerminal({ name, picture, vocabulary, greeting, theme, onRun }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | undefined>(undefined);
  const state = useRef({ editor: new LineEditor(), busy: false, queue: [] as string[], lastCursor: 0 });
  const latest = useRef({ name, picture, vocabulary, onRun });
  latest.current = { name, picture, vocabulary, onRun };
  const greetingRef = useRef(greeting);
  const api = useRef<{ handle: (data: string) => void; runTyped: (line: string) => void; showResult: (result: GitRunResult) => void }>(undefined);

  useEffect(() => {
    const terminal = new Terminal({
      fontFamily: cssVar('--font-mono'),
      fontSize: 13,
      lineHeight: 1.25,
      cursorBlink: true,
      scrollback: 5000,
      theme: terminalTheme(),
      allowProposedApi: false,
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(host.current!);
    term.current = terminal;
    const s = state.current;
    const fitNow = () => {
      try {
        fit.fit();
      } catch {
        // The panel is hidden (zero size): nothing to fit.
      }
    };
    fitNow();
    const observer = new ResizeObserver(fitNow);
    observer.observe(host.current!);

    const prompt = () => promptParts(latest.current.name, latest.current.picture);

    // Redraws the prompt and the line in place, even when it wraps over several rows.
    const redraw = () => {
      const cols = terminal.cols;
      const { text, plain } = prompt();
      const up = Math.floor((plain.length + s.lastCursor) / cols);
      let out = up > 0 ? `${ESC}${up}A` : '';
      out += `\r${ESC}J${text}${s.editor.text}`;
      const endPos = plain.length + s.editor.text.length;
      if (endPos > 0 && endPos % cols === 0) out += ' \b';
      const curPos = plain.length + s.editor.cursor;
      const rowsUp = Math.floor(endPos / cols) - Math.floor(curPos / cols);
      if (rowsUp > 0) out += `${ESC}${rowsUp}A`;
      out += '\r';
      if (curPos % cols > 0) out += `${ESC}${curPos % cols}C`;
      s.lastCursor = s.editor.cursor;
      terminal.write(out);
    };

    const freshPrompt = () => {
      s.lastCursor = 0;
      redraw();
    };

    const printResult = (result: GitRunResult) => {
      if (result.cleared) terminal.clear();
      const text = colourOutput(result);
      if (text) terminal.write(text.endsWith('\r\n') ? text : `${text}\r\n`);
    };

    const execute = async (line: string) => {
      // Leave the typed line on screen and move below it.
      s.editor.end();
      redraw();
      terminal.write('\r\n');
      s.busy = true;
      try {
        const result = await latest.current.onRun(line);
        if (result) {
          // The next prompt shows where this command left HEAD, before React re-renders with it.
          latest.current = { ...latest.current, picture: result.picture };
          printResult(result);
        }
      } catch (error) {
        terminal.write(`${style.red}${error instanceof Error ? error.message : String(error)}${style.reset}\r\n`);
      } finally {
        s.busy = false;
      }
      freshPrompt();
      const queued = s.queue.splice(0);
      for (const data of queued) handle(data);
    };

    const tab = () => {
      const vocab = latest.current.vocabulary;
      if (!vocab) return;
      const before = s.editor.text.slice(0, s.editor.cursor);
      const result = complete(before, vocab, latest.current.picture);
      if (result.line !== before) {
        s.editor.replaceBefore(result.line);
        redraw();
      } else if (result.choices.length > 0) {
        s.editor.end();
        redraw();
        terminal.write(`\r\n${columns(result.choices, terminal.cols)}\r\n`);
        freshPrompt();
      } else {
        terminal.write('\x07');
      }
    };

    const KEYS: Record<string, () => void> = {
      '\x7f': () => s.editor.backspace(),
      '\b': () => s.editor.backspace(),
      [`${ESC}3~`]: () => s.editor.deleteForward(),
      [`${ESC}A`]: () => s.editor.up(),
      [`${ESC}B`]: () => s.editor.down(),
      [`${ESC}C`]: () => s.editor.right(),
      [`${ESC}D`]: () => s.editor.left(),
      [`${ESC}H`]: () => s.editor.home(),
      '\x1bOH': () => s.editor.home(),
      [`${ESC}F`]: () => s.editor.end(),
      '\x1bOF': () => s.editor.end(),
      '\x01': () => s.editor.home(),
      '\x05': () => s.editor.end(),
      '\x15': () => s.editor.killBefore(),
      '\x0b': () => s.editor.killAfter(),
      '\x17': () => s.editor.killWord(),
    };

    function handle(data: string): void {
      if (s.busy) {
        s.queue.push(data);
        return;
      }
      // Typed text can arrive with Enter inside it (fast typing, a pasted script): split it.
      const enter = data.search(/[\r\n]/);
      if (enter !== -1 && !data.startsWith('\x1b')) {
        const before = data.slice(0, enter);
        const rest = data.slice(enter + 1).replace(/^\n/, '');
        if (before) handle(before);
        const line = s.editor.submit();
        // submit() cleared the editor; put the line back for execute's final redraw.
        s.editor.insert(line);
        void execute(line);
        s.editor.clear();
        if (rest) s.queue.push(rest);
        return;
      }
      if (data === '\t') return tab();
      if (data === '\x03') {
        s.editor.end();
        redraw();
        terminal.write('^C\r\n');
        s.editor.clear();
        return freshPrompt();
      }
      if (data === '\x0c') {
        terminal.clear();
        terminal.write(`\r${ESC}2K`);
        s.lastCursor = 0;
        return redraw();
      }
      const key = KEYS[data];
      if (key) {
        key();
        return redraw();
      }
      if (data.startsWith('\x1b')) return; // other escape sequences: ignored
      s.editor.insert(data);
      redraw();
    }

    terminal.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      const mod = event.ctrlKey || event.metaKey;
      // Ctrl+C copies when text is selected (and Ctrl+Shift+C always), otherwise it cancels the line.
      if (mod && event.key.toLowerCase() === 'c' && (event.shiftKey || event.metaKey || terminal.hasSelection())) {
        if (terminal.hasSelection()) void navigator.clipboard?.writeText(terminal.getSelection()).catch(() => undefined);
        return false;
      }
      // Ctrl+V / Ctrl+Shift+V: let the browser paste into xterm's textarea.
      if (mod && event.key.toLowerCase() === 'v') return false;
      return true;
    });
    const data = terminal.onData(handle);

    api.current = {
      handle,
      runTyped: (line: string) => {
        s.editor.clear();
        s.editor.insert(line);
        handle('\r');
      },
      showResult: (result: GitRunResult) => {
        latest.current = { ...latest.current, picture: result.picture };
        printResult(result);
        freshPrompt();
      },
    };
    for (const line of greetingRef.current) terminal.write(`${style.dim}${line}${style.reset}\r\n`);
    freshPrompt();

    return () => {
      data.dispose();
      observer.disconnect();
      terminal.dispose();
      term.current = undefined;
    };
    // The terminal lives as long as the component; props are read through `latest`.
  }, []);

  // The theme provider sets <html data-theme> in its own effect, after this one: read the new colours a frame later.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (term.current) term.current.options.theme = terminalTheme();
    });
    return () => cancelAnimationFrame(frame);
  }, [theme]);

  useImperativeHandle(ref, () => ({
    runTyped: (line) => api.current?.runTyped(line),
    showResult: (result) => api.current?.showResult(result),
    focus: () => term.current?.focus(),
  }));

  return <div className="git-terminal" ref={host} data-testid="git-terminal" />;
});
