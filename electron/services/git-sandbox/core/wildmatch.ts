/**
 * Glob matching without backtracking: a pattern compiles to a small automaton that is run
 * over the text with a set of live states, so the time is O(text × pattern) whatever the
 * pattern. Regular expressions built from learner globs (`*a*a*a*…b`) could take ages in a
 * backtracking engine and freeze the app; this cannot.
 */
type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'class'; readonly negate: boolean; readonly items: readonly (string | readonly [string, string])[] }
  | { readonly kind: 'star'; readonly crossSlash: boolean }
  /** `**` + `/`: zero or more whole folders (the following '/' is part of the token). */
  | { readonly kind: 'dirs' };

export interface Matcher {
  test(text: string): boolean;
}

export interface GlobOptions {
  /** `*` also matches '/' (git pathspecs); otherwise it stops at '/' (shell globs, gitignore). */
  readonly starCrossesSlash?: boolean;
  /** Understand gitignore's `**`: leading `**\/`, trailing `/**`, and `/**\/` in the middle. */
  readonly doubleStar?: boolean;
  /** Backslash escapes the next character (gitignore); shells have already removed quoting. */
  readonly escapes?: boolean;
}

function compile(pattern: string, options: GlobOptions): Token[] {
  const tokens: Token[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      let j = i;
      while (chars[j + 1] === '*') j++;
      const double = j > i;
      const atStart = i === 0 || chars[i - 1] === '/';
      const atEnd = j + 1 === chars.length || chars[j + 1] === '/';
      if (options.doubleStar && double && atStart && atEnd) {
        if (j + 1 === chars.length) tokens.push({ kind: 'star', crossSlash: true });
        else {
          tokens.push({ kind: 'dirs' });
          j++; // the '/' belongs to the token
        }
      } else if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star', crossSlash: Boolean(options.starCrossesSlash) || (options.doubleStar === true && double) });
      i = j;
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[') {
      const close = chars.indexOf(']', i + 2);
      if (close === -1) {
        tokens.push({ kind: 'char', ch: '[' });
        continue;
      }
      let body = chars.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const items: (string | readonly [string, string])[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          items.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else items.push(body[k]!);
      }
      tokens.push({ kind: 'class', negate, items });
      i = close;
    } else if (c === '\\' && options.escapes && i + 1 < chars.length) {
      tokens.push({ kind: 'char', ch: chars[++i]! });
    } else tokens.push({ kind: 'char', ch: c });
  }
  return tokens;
}

export function compileGlob(pattern: string, options: GlobOptions = {}): Matcher {
  const tokens = compile(pattern, options);
  const end = tokens.length;
  // States: token index, plus for 'dirs' an inner state (inside a folder name) numbered end + 1 + i.
  const close = (states: Set<number>): Set<number> => {
    const stack = [...states];
    while (stack.length) {
      const s = stack.pop()!;
      if (s >= end) continue;
      const t = tokens[s]!;
      if ((t.kind === 'star' || t.kind === 'dirs') && !states.has(s + 1)) {
        states.add(s + 1);
        stack.push(s + 1);
      }
    }
    return states;
  };
  return {
    test(text: string): boolean {
      let states = close(new Set([0]));
      for (const c of text) {
        const next = new Set<number>();
        for (const s of states) {
          if (s > end) {
            // inside a 'dirs' folder name: keep going, or finish the folder at '/'
            const i = s - end - 1;
            if (c === '/') next.add(i + 1).add(i);
            else next.add(s);
            continue;
          }
          if (s === end) continue;
          const t = tokens[s]!;
          if (t.kind === 'char' && t.ch === c) next.add(s + 1);
          else if (t.kind === 'one' && c !== '/') next.add(s + 1);
          else if (t.kind === 'class' && c !== '/') {
            const hit = t.items.some((item) => (typeof item === 'string' ? item === c : c >= item[0] && c <= item[1]));
            if (hit !== t.negate) next.add(s + 1);
          } else if (t.kind === 'star' && (t.crossSlash || c !== '/')) next.add(s);
          else if (t.kind === 'dirs') {
            if (c === '/') next.add(s + 1).add(s);
            else next.add(end + 1 + s);
          }
        }
        if (next.size === 0) return false;
        states = close(next);
      }
      return states.has(end);
    },
  };
}
