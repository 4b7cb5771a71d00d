/**
 * Scenarios for remotes: bare repositories under .remotes/, the teammate, clone, fetch,
 * pull (merge and --rebase), push (-u, rejected, --force, --delete).
 */
import type { Scenario } from '../harness';

// Printed output is compared for every git command; the `teammate` lines are left out (the
// twin does their work with plumbing, which prints nothing), and so is `git clone`, which
// the twin performs through a temporary folder.

const base = ['git init', 'echo base > f.txt', 'echo one > g.txt', 'git add .', 'git commit -m base'];
const published = [...base, 'teammate create-remote origin', 'git push -u origin main'];

export const scenarios: readonly Scenario[] = [
  {
    name: 'push -u publishes main and sets its upstream',
    compareOutput: { except: [5] },
    commands: [...published, 'git remote -v', 'git status', 'git push'],
  },
  {
    name: 'clone a remote the teammate filled',
    compareOutput: { except: [0, 1, 2, 3] },
    // Native git logs the clone with the remote's absolute path, which differs between the folders.
    ignoreReflogs: true,
    commands: ['teammate create-remote origin', 'teammate commit --file a.txt --content "hello" -m "First"', 'teammate commit --file b.txt --content "world" -m "Second"', 'git clone .remotes/origin.git', 'git log --oneline', 'git status'],
  },
  {
    name: 'fetch, then merge the remote-tracking branch',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file f.txt --content "from sam" -m "Sam edits"', 'git fetch', 'git status', 'git merge origin/main'],
  },
  {
    name: 'pull fast-forwards',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file new.txt --content "n" -m "Sam adds"', 'git pull'],
  },
  {
    name: 'pull --no-rebase merges divergent work',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file new.txt --content "n" -m "Sam adds"', 'echo mine > mine.txt', 'git add mine.txt', 'git commit -m mine', 'git pull --no-rebase', 'git push'],
  },
  {
    name: 'plain pull refuses divergent branches until told how',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file new.txt --content "n" -m "Sam adds"', 'echo mine > mine.txt', 'git add mine.txt', 'git commit -m mine', 'git pull', 'git config pull.rebase false', 'git pull'],
  },
  {
    name: 'pull --rebase with no local work fast-forwards',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file new.txt --content "n" -m "Sam adds"', 'git pull --rebase'],
  },
  {
    name: 'pull --rebase replays local work on the teammate commit',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file new.txt --content "n" -m "Sam adds"', 'echo mine > mine.txt', 'git add mine.txt', 'git commit -m mine', 'git pull --rebase', 'git push'],
  },
  {
    name: 'teammate pushed first: rejected push, pull with a conflict, resolve, push',
    compareOutput: { except: [5, 7] },
    commands: [
      ...published,
      'teammate commit --file f.txt --content "sam" -m "Sam edits f"',
      'echo me > f.txt',
      'git commit -am "I edit f"',
      'git push',
      'git pull --no-rebase',
      'git status',
      'echo both > f.txt',
      'git add f.txt',
      'git commit --no-edit',
      'git push',
    ],
  },
  {
    name: 'push --force overwrites the remote branch',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --file f.txt --content "sam" -m "Sam edits f"', 'echo me > f.txt', 'git commit -am "I edit f"', 'git push', 'git push --force'],
  },
  {
    name: 'push a second branch, then delete it on the remote',
    compareOutput: { except: [5] },
    commands: [...published, 'git switch -c topic', 'echo t > t.txt', 'git add t.txt', 'git commit -m t', 'git push origin topic', 'git push origin --delete topic', 'git push origin --delete topic'],
  },
  {
    name: 'fetch a branch the teammate started and switch to it',
    compareOutput: { except: [5, 7, 10] },
    commands: [...published, 'teammate commit --branch feature --file x.txt --content "x" -m "Sam starts feature"', 'git fetch', 'git branch -a', 'git switch feature', 'git status'],
  },
  {
    name: 'the teammate starts a branch from main; fetch and merge it',
    compareOutput: { except: [5, 7] },
    commands: [...published, 'teammate commit --branch topic --from main --file t.txt --content "topic work" -m "Sam starts topic"', 'git fetch origin', 'git merge --no-ff origin/topic'],
  },
  {
    name: 'fetch --prune drops a branch the teammate deleted; remote rename keeps the rest',
    // git signs the reflog line of a remote rename with the machine's default identity.
    ignoreReflogs: true,
    compareOutput: { except: [5, 7, 9] },
    commands: [...published, 'teammate commit --branch old --from main --file o.txt --content "o" -m "Old work"', 'git fetch', 'teammate delete-branch old', 'git fetch', 'git branch -r', 'git fetch --prune', 'git branch -r', 'git remote rename origin upstream', 'git branch -r', 'git status', 'git pull'],
  },
  {
    name: 'init, add the remote, then pull a named branch into the empty repository',
    compareOutput: { except: [0, 1] },
    commands: ['teammate create-remote origin', 'teammate commit --file a.txt --content "hello" -m "First"', 'git init', 'git remote add origin .remotes/origin.git', 'git pull origin main', 'git status', 'git fetch origin main'],
  },
  {
    name: 'remote remove forgets the remote and its branches',
    compareOutput: { except: [5] },
    commands: [...published, 'git remote remove origin', 'git remote -v', 'git branch -a'],
  },
];
