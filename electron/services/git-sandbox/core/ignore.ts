/**
 * `.gitignore` rules (and `.git/info/exclude`): blank lines and `#` comments skipped, `!`
 * re-includes, a trailing `/` matches folders only, a `/` elsewhere anchors the pattern to
 * its file's folder, `*`, `?`, `[…]` and `**` as git reads them. A folder that is ignored is
 * not looked into, as in git.
 */
import path from 'node:path';
import type { SandboxFs } from '../jail';
import { compileGlob, type Matcher } from './wildmatch';

interface Rule {
  readonly matcher: Matcher;
  readonly negate: boolean;
  readonly dirOnly: boolean;
  /** Folder holding the .gitignore, repo-relative ('' for the root). */
  readonly base: string;
  /** Match against the basename only (pattern without a slash). */
  readonly basenameOnly: boolean;
}

export function parseIgnoreFile(text: string, base: string): Rule[] {
  const rules: Rule[] = [];
  for (let line of text.split('\n')) {
    line = line.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    line = line.replace(/(?<!\\)\s+$/, '');
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (line === '') continue;
    const basenameOnly = !line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ matcher: compileGlob(line, { doubleStar: true, escapes: true }), negate, dirOnly, base, basenameOnly });
  }
  return rules;
}

export class IgnoreRules {
  private readonly byDir = new Map<string, Rule[]>();
  private readonly exclude: Rule[];

  constructor(private readonly fs: SandboxFs) {
    this.exclude = parseIgnoreFile(fs.tryReadText('.git/info/exclude') ?? '', '');
  }

  private rulesIn(dir: string): Rule[] {
    let rules = this.byDir.get(dir);
    if (!rules) {
      const file = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
      rules = parseIgnoreFile(this.fs.tryReadText(file) ?? '', dir);
      this.byDir.set(dir, rules);
    }
    return rules;
  }

  private matchOne(rel: string, isDir: boolean): boolean | undefined {
    const dir = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
    // Deeper .gitignore files win over shallower ones; later lines win within a file.
    const chain: string[] = [''];
    if (dir !== '') {
      const parts = dir.split('/');
      for (let i = 1; i <= parts.length; i++) chain.push(parts.slice(0, i).join('/'));
    }
    const groups = [this.exclude, ...chain.map((d) => this.rulesIn(d))];
    for (let g = groups.length - 1; g >= 0; g--) {
      const rules = groups[g]!;
      for (let r = rules.length - 1; r >= 0; r--) {
        const rule = rules[r]!;
        if (rule.dirOnly && !isDir) continue;
        const within = rule.base === '' ? rel : rel.startsWith(`${rule.base}/`) ? rel.slice(rule.base.length + 1) : undefined;
        if (within === undefined) continue;
        const subject = rule.basenameOnly ? path.posix.basename(within) : within;
        if (rule.matcher.test(subject)) return !rule.negate;
      }
    }
    return undefined;
  }

  /** Whether the rules match this path itself (parents not considered: the walker checks them). */
  matches(rel: string, isDir: boolean): boolean {
    return this.matchOne(rel, isDir) === true;
  }

  /** Whether a path (file or folder) is ignored, including through an ignored parent folder. */
  isIgnored(rel: string, isDir: boolean): boolean {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (this.matchOne(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.matchOne(rel, isDir) === true;
  }
}
