import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSandboxScript } from '../../../electron/services/git-sandbox/script';
import { estimateSteps } from '../../../electron/services/git-sandbox/advanced/bisect';
import { interactiveRebaseCommand, splitTodo } from '../../../electron/services/git-sandbox/advanced/rebase-state';
import { parseCommandLine } from '../../../electron/services/git-sandbox/shell-parser';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function run(lines: string[]): Promise<{ text: string; codes: readonly number[]; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-adv-'));
  dirs.push(dir);
  const result = await runSandboxScript(lines, { dir, clock: 1_700_000_000 });
  return { text: result.output.map((c) => c.text).join(''), codes: result.codes, dir };
}

const base = ['git init', 'echo base > f.txt', 'git add f.txt', 'git commit -m base'];
const clashing = [...base, 'git switch -c feature', 'echo feature > f.txt', 'git commit -am feat', 'git switch main', 'echo main > f.txt', 'git commit -am mainc'];

describe('merge in the sandbox', () => {
  it('leaves git’s markers and messages on a conflict, and exits 1', async () => {
    const { text, codes, dir } = await run([...clashing, 'git merge feature']);
    expect(codes.at(-1)).toBe(1);
    expect(text).toContain('Auto-merging f.txt\nCONFLICT (content): Merge conflict in f.txt\nAutomatic merge failed; fix conflicts and then commit the result.\n');
    expect(fs.readFileSync(path.join(dir, 'f.txt'), 'utf8')).toBe('<<<<<<< HEAD\nmain\n=======\nfeature\n>>>>>>> feature\n');
    expect(fs.readFileSync(path.join(dir, '.git', 'MERGE_MSG'), 'utf8')).toBe("Merge branch 'feature'\n\n# Conflicts:\n#\tf.txt\n");
  });

  it('names an unknown branch the way git does', async () => {
    const { text, codes } = await run([...base, 'git merge nope']);
    expect(codes.at(-1)).toBe(1);
    expect(text).toContain('merge: nope - not something we can merge');
  });
});

describe('rebase in the sandbox', () => {
  it('prints the plan for rebase -i without --todo and changes nothing', async () => {
    const { text, dir } = await run([...base, 'echo 1 >> f.txt', 'git commit -am one', 'git rebase -i HEAD~1']);
    expect(text).toMatch(/^pick [0-9a-f]{7} one$/m);
    expect(text).toContain('--todo');
    expect(fs.existsSync(path.join(dir, '.git', 'rebase-merge'))).toBe(false);
  });

  it('refuses a plan that starts with squash, and an unknown command', async () => {
    const first = await run([...base, 'echo 1 >> f.txt', 'git commit -am one', 'git rebase -i HEAD~1 --todo "squash main"']);
    expect(first.text).toContain("cannot 'squash' without a previous commit");
    const second = await run([...base, 'echo 1 >> f.txt', 'git commit -am one', 'git rebase -i HEAD~1 --todo "exec make"']);
    expect(second.text).toContain("'exec' is not a rebase command the sandbox knows");
  });

  it('writes .git/rebase-merge like git while stopped on a conflict', async () => {
    const { dir, codes } = await run([...clashing, 'git switch feature', 'git rebase main']);
    expect(codes.at(-1)).toBe(1);
    const state = path.join(dir, '.git', 'rebase-merge');
    expect(fs.readFileSync(path.join(state, 'head-name'), 'utf8')).toBe('refs/heads/feature\n');
    expect(fs.readFileSync(path.join(state, 'done'), 'utf8')).toMatch(/^pick [0-9a-f]{40} feat\n$/);
    expect(fs.existsSync(path.join(dir, '.git', 'REBASE_HEAD'))).toBe(true);
  });
});

describe('remotes in the sandbox', () => {
  it('rejects a push behind the remote with git’s hint', async () => {
    const { text, codes } = await run([
      ...base,
      'teammate create-remote origin',
      'git push -u origin main',
      'teammate commit --file f.txt --content "sam" -m "Sam edits"',
      'echo me > f.txt',
      'git commit -am mine',
      'git push',
    ]);
    expect(codes.at(-1)).toBe(1);
    expect(text).toContain(' ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to \'.remotes/origin.git\'\nhint: Updates were rejected because the remote contains work that you do\n');
  });

  it('keeps remotes out of git status through .git/info/exclude', async () => {
    const { text, dir } = await run([...base, 'teammate create-remote origin', 'git status --short']);
    expect(fs.readFileSync(path.join(dir, '.git', 'info', 'exclude'), 'utf8')).toContain('/.remotes/');
    expect(text).not.toContain('?? .remotes');
  });

  it('refuses a remote path outside the sandbox', async () => {
    const { text, codes } = await run([...base, 'git remote add evil ../elsewhere.git', 'git fetch evil']);
    expect(codes.at(-1)).not.toBe(0);
    expect(text).toContain('outside the sandbox');
  });
});

describe('bisect', () => {
  it('estimates the remaining steps like git', () => {
    // Checked against native git's "(roughly N steps)" for 3, 5 and 8 candidates.
    expect([1, 2, 3, 4, 5, 8, 9, 16].map(estimateSteps)).toEqual([0, 0, 1, 1, 1, 2, 2, 3]);
  });
});

describe('interactive rebase plans from the UI', () => {
  it('quotes the plan so the sandbox shell hands it over intact, semicolons and quotes included', () => {
    const line = interactiveRebaseCommand('HEAD~2', [
      { action: 'pick', commit: 'abc1234' },
      { action: 'reword', commit: 'def5678', message: "It's done; really\n\nBody" },
    ]);
    const words = parseCommandLine(line)[0]!.command.words.map((w) => w.text);
    expect(words.slice(0, 4)).toEqual(['git', 'rebase', '-i', 'HEAD~2']);
    expect(words[4]).toBe('--todo');
    expect(splitTodo(words[5]!)).toEqual(['pick abc1234', " reword def5678 -- It's done; really\\n\\nBody"]);
  });

  it('rewords with a multi-line message in the sandbox', async () => {
    const { dir } = await run([...base, 'echo 1 >> f.txt', 'git commit -am one', interactiveRebaseCommand('HEAD~1', [{ action: 'reword', commit: 'main', message: 'Subject\n\nBody; text' }])]);
    const head = fs.readFileSync(path.join(dir, '.git', 'refs', 'heads', 'main'), 'utf8').trim();
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const log = await runSandboxScript(['git log --format=%B -n 1'], { dir });
    expect(log.output.map((c) => c.text).join('')).toBe('Subject\n\nBody; text\n\n');
  });
});
