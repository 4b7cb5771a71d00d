/**
 * For the differential tests: the POSIX shell that does, with native git, what a
 * sandbox-only command does (`teammate …`, `git clone` into the sandbox folder, which native
 * git refuses because `.remotes/` is already there, and `git remote add`, after which the
 * sandbox keeps `.remotes/` out of `git status` through .git/info/exclude). The twin runs this script with
 * the same GIT_*_DATE as the sandbox command, so both sides write identical objects.
 * Returns undefined for commands native git runs as they are.
 */
import { TEAMMATE, teammateContent } from './teammate';
import { remotePathFor } from './remote-repo';
import { parseCommandLine } from '../shell-parser';
import { splitTodo } from './rebase-state';

const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

const EXCLUDE = `grep -qx '/.remotes/' .git/info/exclude 2>/dev/null || { mkdir -p .git/info && printf '/.remotes/\\n' >> .git/info/exclude; }`;

function valueAfter(args: readonly string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    if (arg === name && i + 1 < args.length) out.push(args[i + 1]!);
    else if (arg.startsWith(`${name}=`)) out.push(arg.slice(name.length + 1));
  });
  return out;
}

/** The native shell script for one sandbox command (its words), or undefined. */
export function nativeScriptFor(words: readonly string[]): string | undefined {
  if (words[0] === 'teammate' && words[1] === 'create-remote') {
    const path = remotePathFor(words[2]!);
    return [
      `git init -q --bare -b main ${quote(path)}`,
      `if [ -d .git ]; then git remote get-url ${quote(words[2]!)} >/dev/null 2>&1 || git remote add ${quote(words[2]!)} ${quote(path)}; ${EXCLUDE}; fi`,
    ].join('\n');
  }
  if (words[0] === 'teammate' && words[1] === 'commit') {
    const args = words.slice(2);
    const remote = valueAfter(args, '--remote')[0] ?? 'origin';
    const branch = valueAfter(args, '--branch')[0] ?? 'main';
    const from = valueAfter(args, '--from')[0];
    const files = valueAfter(args, '--file');
    const contents = valueAfter(args, '--content');
    const deletions = valueAfter(args, '--delete');
    const message = (valueAfter(args, '-m')[0] ?? valueAfter(args, '--message')[0] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    const authorText = valueAfter(args, '--author')[0];
    const author = authorText ? /^(.+?)\s*<([^>]+)>$/.exec(authorText) : undefined;
    const name = author ? author[1]! : TEAMMATE.name;
    const email = author ? author[2]! : TEAMMATE.email;
    const lines = [
      `url=$(git config remote.${remote}.url 2>/dev/null || echo ${quote(remotePathFor(remote))})`,
      `export GIT_DIR="$url" GIT_INDEX_FILE="$PWD/.git-teammate-index"`,
      `export GIT_AUTHOR_NAME=${quote(name)} GIT_AUTHOR_EMAIL=${quote(email)} GIT_COMMITTER_NAME=${quote(name)} GIT_COMMITTER_EMAIL=${quote(email)}`,
      `parent=$(git rev-parse -q --verify refs/heads/${branch}${from ? ` || git rev-parse -q --verify refs/heads/${from}` : ''})`,
      'if [ -n "$parent" ]; then git read-tree "$parent"; else git read-tree --empty; fi',
      ...deletions.map((p) => `git update-index --force-remove ${quote(p)}`),
      ...files.map((p, i) => `blob=$(printf '%s' ${quote(teammateContent(contents[i] ?? ''))} | git hash-object -w --stdin) && git update-index --add --cacheinfo 100644,"$blob",${quote(p)}`),
      'tree=$(git write-tree)',
      `commit=$(printf '%s' ${quote(message.endsWith('\n') ? message : `${message}\n`)} | git commit-tree "$tree" \${parent:+-p "$parent"})`,
      `git update-ref refs/heads/${branch} "$commit"`,
      'rm -f "$GIT_INDEX_FILE"',
    ];
    return `(\n${lines.join('\n')}\n)`;
  }
  if (words[0] === 'teammate' && words[1] === 'delete-branch') {
    const remote = valueAfter(words.slice(2), '--remote')[0] ?? 'origin';
    const branch = words.slice(2).filter((w, i, all) => !w.startsWith('--') && all[i - 1] !== '--remote')[0]!;
    return `git --git-dir="$(git config remote.${remote}.url 2>/dev/null || echo ${quote(remotePathFor(remote))})" update-ref -d ${quote(`refs/heads/${branch}`)}`;
  }
  if (words[0] === 'git' && words[1] === 'rebase' && words.includes('--todo')) return nativeInteractiveRebase(words);
  if (words[0] === 'git' && words[1] === 'remote' && words[2] === 'add' && words.length === 5) {
    // The sandbox lists .remotes/ in .git/info/exclude when a remote is added.
    return `git remote add ${quote(words[3]!)} ${quote(words[4]!)} && ${EXCLUDE}`;
  }
  if (words[0] === 'git' && words[1] === 'clone') {
    const url = words.slice(2).find((w) => !w.startsWith('-'))!;
    return [`git clone -q ${quote(url)} .clone-twin`, 'mv .clone-twin/.git .git', 'rm -rf .clone-twin', 'git reset -q --hard', EXCLUDE].join(' && ');
  }
  return undefined;
}

/**
 * `git rebase -i <base> --todo "<plan>"`: native git reads the plan through
 * GIT_SEQUENCE_EDITOR, and each message given after ` -- ` through GIT_EDITOR, called once
 * per reword and once at the end of each squash chain, in plan order.
 */
function nativeInteractiveRebase(words: readonly string[]): string {
  const at = words.indexOf('--todo');
  const plan = words[at + 1] ?? '';
  const rest = [...words.slice(2, at), ...words.slice(at + 2)];
  const lines = splitTodo(plan).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const todo: string[] = [];
  const editorMessages: (string | undefined)[] = [];
  const isMeld = (word: string | undefined): boolean => word === 'squash' || word === 's' || word === 'fixup' || word === 'f';
  // git opens the editor once per reword, and at the end of a squash/fixup chain that holds a
  // squash or a `fixup -c`.
  let chainOpens = false;
  lines.forEach((line, i) => {
    const sep = line.indexOf(' -- ');
    const message = sep === -1 ? undefined : line.slice(sep + 4).replace(/\\n/g, '\n');
    const bare = sep === -1 ? line : line.slice(0, sep);
    todo.push(bare);
    const [action, second] = bare.split(/\s+/);
    const editFixup = isMeld(action) && (action === 'fixup' || action === 'f') && second === '-c';
    if (!isMeld(action)) chainOpens = false;
    if (action === 's' || action === 'squash' || editFixup) chainOpens = true;
    const next = lines[i + 1]?.split(/\s+/)[0];
    if (action === 'reword' || action === 'r') editorMessages.push(message);
    else if (isMeld(action) && !isMeld(next) && chainOpens) editorMessages.push(action === 'squash' || action === 's' || editFixup ? message : undefined);
  });
  // Each todo line gets the full id and subject, as git writes its own todo.
  const todoLines = todo.map((line) => {
    const words = line.split(/\s+/);
    const flagged = words[1] === '-C' || words[1] === '-c';
    const action = flagged ? `${words[0]} ${words[1]}` : words[0]!;
    const rev = flagged ? words[2]! : words[1]!;
    return `printf '%s %s %s\\n' ${quote(action)} "$(git rev-parse ${quote(rev)})" "$(git log -1 --format=%s ${quote(rev)})" >> .git/twin-todo`;
  });
  const script = [
    'rm -f .git/twin-todo',
    ...todoLines,
    'rm -f .git/twin-count .git/twin-msg-*',
    ...editorMessages.map((m, i) => (m === undefined ? '' : `printf '%s\\n' ${quote(m)} > .git/twin-msg-${i + 1}`)).filter(Boolean),
    `printf '%s\\n' 'n=$(cat "$(dirname "$0")/twin-count" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "$(dirname "$0")/twin-count"; if [ -f "$(dirname "$0")/twin-msg-$n" ]; then cp "$(dirname "$0")/twin-msg-$n" "$1"; fi' > .git/twin-editor`,
    `GIT_SEQUENCE_EDITOR="cp $PWD/.git/twin-todo" GIT_EDITOR="sh $PWD/.git/twin-editor" git rebase -i ${rest.map(quote).join(' ')}`,
  ];
  return script.join('\n');
}

/** A whole command line as the twin should run it: the native script, or the line itself. */
export function nativeCommandFor(line: string): string {
  let items;
  try {
    items = parseCommandLine(line);
  } catch {
    return line;
  }
  if (items.length !== 1 || items[0]!.command.redirect) return line;
  return nativeScriptFor(items[0]!.command.words.map((w) => w.text)) ?? line;
}
