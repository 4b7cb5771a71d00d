/**
 * The git sandbox never reads or writes outside its folder: a sentinel file next to the
 * sandbox survives hostile commands unchanged and its content never shows up in any output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITDIR } from '../../electron/services/git-sandbox/context';
import { serializeTree } from '../../electron/services/git-sandbox/core/objects';
import { updateRef, writeCommit } from '../../electron/services/git-sandbox/core/repo-ops';
import { SandboxSession } from '../../electron/services/git-sandbox/session';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

const SECRET = 'TOP-SECRET-SENTINEL-4c1d';

let parent: string;
let sentinel: string;
let sandboxDir: string;
let session: SandboxSession;
let sentinelStat: fs.Stats;
const transcript: string[] = [];

async function run(line: string): Promise<number> {
  const result = await session.run(line);
  transcript.push(`$ ${line}\n${result.output.map((c) => c.text).join('')}`);
  return result.exitCode;
}

function parentEntries(): string[] {
  return fs.readdirSync(parent).sort();
}

beforeAll(async () => {
  parent = makeTempDir('roadbook-jail-parent-');
  sentinel = path.join(parent, 'sentinel.txt');
  fs.writeFileSync(sentinel, `${SECRET}\n`);
  sentinelStat = fs.statSync(sentinel);
  sandboxDir = path.join(parent, 'sandbox');
  session = new SandboxSession({ dir: sandboxDir, clock: 1_700_000_000 });
  await run('git init');
  await run('echo safe > a.txt');
  await run('git add a.txt');
  await run('git commit -m safe');
});

afterAll(() => removeDir(parent));

function expectSentinelUntouched(): void {
  expect(fs.readFileSync(sentinel, 'utf8')).toBe(`${SECRET}\n`);
  const st = fs.statSync(sentinel);
  expect(st.mtimeMs).toBe(sentinelStat.mtimeMs);
  expect(st.ino).toBe(sentinelStat.ino);
  expect(parentEntries()).toEqual(['sandbox', 'sentinel.txt']);
  expect(transcript.join('\n')).not.toContain(SECRET);
}

describe('the git sandbox jail', () => {
  it.each([
    'cat ../sentinel.txt',
    `cat ${path.join('..', 'sentinel.txt')}`,
    'echo pwned > ../sentinel.txt',
    'echo pwned >> ../sentinel.txt',
    'cp ../sentinel.txt stolen.txt',
    'mv ../sentinel.txt here.txt',
    'rm ../sentinel.txt',
    'rm -rf ..',
    'touch ../new.txt',
    'mkdir ../evil',
    'ls ..',
    'cd .. && cat sentinel.txt',
    'cd ../.. && ls',
    'git add ../sentinel.txt',
    'git rm ../sentinel.txt',
    'git mv a.txt ../a.txt',
    'git restore ../sentinel.txt',
    'git checkout -- ../sentinel.txt',
    'git diff -- ../sentinel.txt',
    'git init ..',
    'git commit -F ../sentinel.txt',
    'git show HEAD:../sentinel.txt',
    'echo x > a.txt && git commit -am x && git restore --source HEAD -- ../sentinel.txt',
  ])('refuses relative escapes: %s', async (line) => {
    await run(line);
    expectSentinelUntouched();
  });

  it.each(['cat SENTINEL', 'echo pwned > SENTINEL', 'cp SENTINEL x.txt', 'git add SENTINEL', 'rm SENTINEL', 'cd PARENT'])('refuses absolute paths: %s', async (template) => {
    const line = template.replace('SENTINEL', sentinel).replace('PARENT', parent);
    expect(await run(line)).not.toBe(0);
    expectSentinelUntouched();
  });

  it('does not follow symbolic links planted in the work tree', async () => {
    fs.symlinkSync(parent, path.join(sandboxDir, 'up'));
    fs.symlinkSync(sentinel, path.join(sandboxDir, 'link.txt'));
    for (const line of [
      'cat link.txt',
      'cat up/sentinel.txt',
      'echo pwned > link.txt',
      'echo pwned >> link.txt',
      'echo pwned > up/sentinel.txt',
      'echo pwned > up/new.txt',
      'cp link.txt copy.txt',
      'cp -r up copied',
      'mv up/sentinel.txt moved.txt',
      'rm up/sentinel.txt',
      'touch up/new.txt',
      'cd up',
      'git add link.txt',
      'git add up',
      'git add .',
      'git add -A',
      'git status',
      'git diff',
      'git commit -am "with links around"',
    ]) {
      await run(line);
      expectSentinelUntouched();
    }
    // The learner may delete the link itself; its target stays.
    await run('rm link.txt');
    fs.unlinkSync(path.join(sandboxDir, 'up'));
    expectSentinelUntouched();
  });

  it('refuses symbolic links and escaping paths that arrive in a commit', async () => {
    const ctx = session.context();
    const { objects } = ctx.repo();
    const head = ctx.repo().refs.head().oid!;
    const link = objects.writeBlob('../sentinel.txt');
    const payload = objects.writeBlob('pwned\n');
    const hostileTrees = [
      serializeTree([{ mode: '120000', name: 'evil', oid: link }]),
      serializeTree([{ mode: '100644', name: '../sentinel.txt', oid: payload }]),
      serializeTree([{ mode: '40000', name: '.git', oid: objects.write('tree', serializeTree([{ mode: '100644', name: 'config', oid: payload }])) }]),
      serializeTree([{ mode: '40000', name: '..', oid: objects.write('tree', serializeTree([{ mode: '100644', name: 'sentinel.txt', oid: payload }])) }]),
    ];
    for (const [i, tree] of hostileTrees.entries()) {
      const treeOid = objects.write('tree', tree);
      const commit = writeCommit(ctx, { tree: treeOid, parents: [head], message: `hostile ${i}\n` });
      updateRef(ctx, `refs/heads/hostile${i}`, commit, 'test: hostile tree');
      for (const line of [`git switch hostile${i}`, `git checkout hostile${i}`, `git reset --hard hostile${i}`, `git restore --source hostile${i} .`, `git checkout hostile${i} -- .`]) {
        expect(await run(line), line).not.toBe(0);
        expectSentinelUntouched();
        expect(fs.lstatSync(path.join(sandboxDir, GITDIR, 'config')).isFile()).toBe(true);
        expect(fs.readFileSync(path.join(sandboxDir, GITDIR, 'config'), 'utf8')).not.toContain('pwned');
        expect(fs.existsSync(path.join(sandboxDir, 'evil'))).toBe(false);
      }
    }
  });

  it('keeps learner file commands out of .git', async () => {
    const head = fs.readFileSync(path.join(sandboxDir, GITDIR, 'HEAD'), 'utf8');
    for (const line of ['echo "ref: refs/heads/evil" > .git/HEAD', 'echo x >> .git/config', 'rm -r .git', 'rm .git/HEAD', 'mv .git moved', 'cp a.txt .git/hooks/pre-commit', 'touch .git/evil', 'mkdir .git/evil', 'cd .git && touch evil', 'cp -r . .git/copy']) {
      expect(await run(line), line).not.toBe(0);
    }
    expect(fs.readFileSync(path.join(sandboxDir, GITDIR, 'HEAD'), 'utf8')).toBe(head);
    expect(fs.existsSync(path.join(sandboxDir, GITDIR, 'evil'))).toBe(false);
    expect(fs.existsSync(path.join(sandboxDir, GITDIR, 'hooks', 'pre-commit'))).toBe(false);
    expectSentinelUntouched();
  });

  it('refuses NUL bytes and huge names', async () => {
    expect(await run('echo x > "a\0b"')).not.toBe(0);
    expect(await run(`touch ${'n'.repeat(5000)}`)).not.toBe(0);
    expect(await run(`mkdir -p ${Array(400).fill('deep').join('/')}`)).not.toBe(0);
    expect(fs.readdirSync(sandboxDir).some((name) => name.startsWith('nnnn') || name.startsWith('deep'))).toBe(false);
    expectSentinelUntouched();
  });
});
