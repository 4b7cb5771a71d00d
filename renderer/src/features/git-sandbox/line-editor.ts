/**
 * The terminal's input line: text, cursor and history, with the keys a shell's line editor
 * has (arrows, Home/End, Backspace/Delete, Ctrl+A/E/U/K/W). Pure, so it is tested without a
 * terminal; the xterm component draws what it holds.
 */

export const MAX_HISTORY = 200;

export class LineEditor {
  text = '';
  cursor = 0;
  private history: string[] = [];
  /** Position while walking the history; history.length means the line being typed. */
  private browsing = 0;
  private draft = '';

  constructor(history: readonly string[] = []) {
    this.history = history.slice(-MAX_HISTORY);
    this.browsing = this.history.length;
  }

  get entries(): readonly string[] {
    return this.history;
  }

  insert(text: string): void {
    // Newlines become spaces; other control characters (bell, escape…) are dropped.
    const clean = [...text.replace(/[\r\n]+/g, ' ')].filter((c) => c >= ' ' && c !== '\x7f').join('');
    this.text = this.text.slice(0, this.cursor) + clean + this.text.slice(this.cursor);
    this.cursor += clean.length;
  }

  backspace(): void {
    if (this.cursor === 0) return;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
  }

  deleteForward(): void {
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
  }

  left(): void {
    this.cursor = Math.max(0, this.cursor - 1);
  }

  right(): void {
    this.cursor = Math.min(this.text.length, this.cursor + 1);
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  /** Ctrl+U: everything before the cursor. */
  killBefore(): void {
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
  }

  /** Ctrl+K: everything after the cursor. */
  killAfter(): void {
    this.text = this.text.slice(0, this.cursor);
  }

  /** Ctrl+W: the word before the cursor. */
  killWord(): void {
    const before = this.text.slice(0, this.cursor).replace(/\S+\s*$/, '');
    this.text = before + this.text.slice(this.cursor);
    this.cursor = before.length;
  }

  /** Replaces the part before the cursor (tab completion). */
  replaceBefore(text: string): void {
    this.text = text + this.text.slice(this.cursor);
    this.cursor = text.length;
  }

  up(): void {
    if (this.browsing === 0) return;
    if (this.browsing === this.history.length) this.draft = this.text;
    this.browsing--;
    this.set(this.history[this.browsing]!);
  }

  down(): void {
    if (this.browsing >= this.history.length) return;
    this.browsing++;
    this.set(this.browsing === this.history.length ? this.draft : this.history[this.browsing]!);
  }

  /** Enter: returns the line, keeps it in the history (not twice in a row, not blank). */
  submit(): string {
    const line = this.text;
    if (line.trim() !== '' && this.history.at(-1) !== line) {
      this.history.push(line);
      if (this.history.length > MAX_HISTORY) this.history.shift();
    }
    this.clear();
    return line;
  }

  /** Ctrl+C: drops the line. */
  clear(): void {
    this.text = '';
    this.cursor = 0;
    this.draft = '';
    this.browsing = this.history.length;
  }

  private set(text: string): void {
    this.text = text;
    this.cursor = text.length;
  }
}
