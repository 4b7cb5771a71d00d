/**
 * Registers the advanced git commands (merge, rebase, cherry-pick, revert, stash, remote,
 * clone, fetch, pull, push) and the `teammate` program with the sandbox's registry.
 * Imported once from commands/all.ts.
 */
import { CommandError, fatal } from '../errors';
import { abbrev } from '../core/repo-ops';
import { resolveCommit } from '../core/revisions';
import { parseOptions } from '../options';
import { registerGitCommand, registerProgram } from '../registry';
import { runPickCommand } from './cherry-pick';
import { MERGE_USAGE, runMerge } from './merge';
import { abortRebase, continueRebase, defaultUpstream, rebasePlan, skipRebase, startRebase } from './rebase';
import { resolveTodo } from './rebase-todo';
import { formatTodoForLearner } from './rebase-state';
import { runStash } from './stash';
import { runBisect } from './bisect';
import { runBlame } from './blame';
import { runFetch, runPush } from './fetch-push';
import { runClone, runPull, runRemote } from './remote-commands';
import { runTeammate, TEAMMATE_USAGE } from './teammate';

const REBASE_USAGE = [
  'git rebase [-i [--todo <plan>]] [--onto <newbase>] [<upstream> [<branch>]] | --continue | --skip | --abort',
  '',
  '    --todo <plan>   the plan git would open in its editor, one command per line or',
  '                    separated by ";": pick, reword, edit, squash, fixup [-C | -c], drop',
  '                    e.g. "pick a1b2c3d; fixup HEAD~1; reword HEAD -- Better message"',
  '                    For reword, squash and fixup -c, text after " -- " is the new message;',
  '                    inside it write \\; for a ";" and \\n to start a new line.',
].join('\n');

registerGitCommand({ name: 'merge', summary: 'join another branch into the current one', usage: MERGE_USAGE, run: runMerge });

registerGitCommand({
  name: 'cherry-pick',
  summary: 'apply the changes of existing commits on top of HEAD',
  usage: 'git cherry-pick [-n] [-x] [-m <parent-number>] <commit>... | --continue | --skip | --abort',
  run: (ctx, args) => runPickCommand(ctx, 'pick', args),
});

registerGitCommand({
  name: 'revert',
  summary: 'make a new commit that undoes an earlier one',
  usage: 'git revert [--no-edit] [-n] [-m <parent-number>] <commit>... | --continue | --skip | --abort',
  run: (ctx, args) => runPickCommand(ctx, 'revert', args),
});

registerGitCommand({
  name: 'rebase',
  summary: 'replay your commits on top of another base (-i with --todo to reorder, squash, reword, edit or drop)',
  usage: REBASE_USAGE,
  run: (ctx, args) => {
    const opts = parseOptions(
      args,
      [
        { name: 'interactive', short: 'i', long: ['interactive'] },
        { name: 'onto', long: ['onto'], value: true },
        { name: 'todo', long: ['todo'], value: true },
        { name: 'continue', long: ['continue'] },
        { name: 'skip', long: ['skip'] },
        { name: 'abort', long: ['abort'] },
      ],
      REBASE_USAGE,
    );
    if (opts.has('continue')) return continueRebase(ctx);
    if (opts.has('skip')) return skipRebase(ctx);
    if (opts.has('abort')) return abortRebase(ctx);
    if (opts.positional.length > 2) throw new CommandError([`usage: ${REBASE_USAGE}`], 129);
    const branch = opts.positional[1];
    const upstreamName = opts.positional[0] ?? defaultUpstream(ctx);
    const upstream = resolveCommit(ctx, upstreamName);
    if (!upstream) throw fatal(`invalid upstream '${upstreamName}'`);
    const ontoName = opts.value('onto') ?? upstreamName;
    const onto = resolveCommit(ctx, ontoName);
    if (!onto) throw fatal(`Does not point to a valid commit '${ontoName}'`);
    if (opts.has('interactive')) {
      const todoText = opts.value('todo');
      if (todoText === undefined) {
        const plan = rebasePlan(ctx, upstream);
        const head = ctx.repo().refs.head().oid!;
        ctx.out(formatTodoForLearner(ctx, plan, `${upstream.slice(0, 7)}..${head.slice(0, 7)} onto ${onto.slice(0, 7)}`));
        ctx.out('');
        const example = plan.map((oid) => `pick ${abbrev(ctx, oid)}`).join('; ');
        ctx.out('sandbox: there is no editor here, so give the plan with --todo, commands separated by ";"');
        ctx.out('(for reword and squash, text after " -- " becomes the new message; write \\; for a ";" in it):');
        ctx.out(`  git rebase -i ${upstreamName} --todo "${example}"`);
        return 0;
      }
      return startRebase(ctx, { upstream, onto, ontoName, todo: resolveTodo(ctx, todoText), ...(branch !== undefined ? { branch } : {}) });
    }
    return startRebase(ctx, { upstream, onto, ontoName, ...(branch !== undefined ? { branch } : {}) });
  },
});

registerGitCommand({
  name: 'stash',
  summary: 'put local changes aside (push -u -m [-- <paths>], list, show -p, apply, pop, drop, branch, clear)',
  usage: 'git stash [push [-u] [-m <message>] [--] [<pathspec>...]] | list | show [-p] [-u] | apply | pop | drop | branch <name> | clear',
  readOnly: (args) => args[0] === 'list' || args[0] === 'show',
  run: runStash,
});

registerGitCommand({
  name: 'remote',
  summary: 'list, add, rename or remove remotes (repositories kept in the sandbox under .remotes/)',
  usage: 'git remote [-v] | add <name> <url> | remove <name> | rename <old> <new> | get-url <name>',
  readOnly: (args) => args.length === 0 || args[0] === '-v' || args[0] === '--verbose' || args[0] === 'get-url',
  run: runRemote,
});

registerGitCommand({
  name: 'clone',
  summary: 'copy a remote repository into this (empty) sandbox',
  usage: 'git clone <repository> [.]',
  needsRepo: false,
  run: runClone,
});

registerGitCommand({ name: 'fetch', summary: 'download commits and branches from a remote', usage: 'git fetch [--all] [--prune] [<remote> [<branch>]]', run: runFetch });

registerGitCommand({
  name: 'pull',
  summary: 'fetch and integrate the upstream branch (merge, or --rebase)',
  usage: 'git pull [--rebase | --no-rebase | --ff-only] [<remote> [<branch>]]',
  run: runPull,
});

registerGitCommand({
  name: 'push',
  summary: 'send your commits to a remote branch (-u sets the upstream)',
  usage: 'git push [-u] [-f] [--delete] [<remote> [<branch>...]]',
  run: runPush,
});

registerProgram({
  name: 'teammate',
  summary: 'a simulated teammate: creates remotes and pushes commits to them (for level setups)',
  usage: TEAMMATE_USAGE,
  run: runTeammate,
});

registerGitCommand({
  name: 'bisect',
  summary: 'binary-search the history for the commit that introduced a bug',
  usage: 'git bisect start [<bad> [<good>...]] | good [<rev>] | bad [<rev>] | reset | log',
  readOnly: (args) => args[0] === 'log',
  run: runBisect,
});

registerGitCommand({
  name: 'blame',
  summary: 'show which commit last changed each line of a file',
  usage: 'git blame [-L <start>,<end>] [<rev>] [--] <file>',
  readOnly: () => true,
  run: runBlame,
});
