/** `git show`: a commit with its patch, an annotated tag, or a file at a revision (`rev:path`). */
import { diffFileMaps } from '../core/diff';
import { resolveRevision, unknownRevision } from '../core/revisions';
import { fatal } from '../errors';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { decorations, formatGitDate, printPatch, printStat, statLines } from './common';
import { expandFormat, mediumLines } from './log';
import { abbrev, messageSubject } from '../core/repo-ops';

const USAGE = 'git show [--stat] [--oneline] [-s] [--name-only] [<object>...]';

registerGitCommand({
  name: 'show',
  summary: 'show a commit (message and changes), a tag, or a file at a commit (rev:path)',
  usage: USAGE,
  readOnly: () => true,
  run(ctx, args) {
    const opts = parseOptions(args, [
      { name: 'stat', long: ['stat'] },
      { name: 'oneline', long: ['oneline'] },
      { name: 'noPatch', short: 's', long: ['no-patch', 'quiet'] },
      { name: 'nameOnly', long: ['name-only'] },
      { name: 'nameStatus', long: ['name-status'] },
      { name: 'format', long: ['format', 'pretty'], value: true },
    ], USAGE);
    const targets = opts.positional.length ? opts.positional : ['HEAD'];
    const { objects } = ctx.repo();
    const decorate = decorations(ctx);
    const out: string[] = [];
    const sub = Object.create(ctx, { out: { value: (t: string) => out.push(...t.split('\n')) } });
    for (const target of targets) {
      const oid = resolveRevision(ctx, target);
      if (!oid) {
        if (target === 'HEAD' && !ctx.repo().refs.head().oid) throw fatal("your current branch does not have any commits yet");
        if (target.includes(':')) {
          const [rev, file] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
          throw fatal(`path '${file}' does not exist in '${rev || 'the index'}'`);
        }
        throw unknownRevision(target);
      }
      let object = objects.read(oid);
      let current = oid;
      while (object.type === 'tag') {
        const tag = objects.readTag(current);
        out.push(`tag ${tag.tag}`);
        if (tag.tagger) out.push(`Tagger: ${tag.tagger.name} <${tag.tagger.email}>`, `Date:   ${formatGitDate(tag.tagger.timestamp, tag.tagger.tz)}`);
        out.push('', ...tag.message.replace(/\n$/, '').split('\n'), '');
        current = tag.object;
        object = objects.read(current);
      }
      if (object.type === 'blob') {
        ctx.write(object.content.toString('utf8'));
        continue;
      }
      if (object.type === 'tree') {
        out.push(`tree ${target}`, '', ...objects.readTree(current).map((e) => (e.mode === '40000' ? `${e.name}/` : e.name)));
        continue;
      }
      const commit = objects.readCommit(current);
      const format = opts.value('format');
      if (opts.has('oneline')) {
        const d = decorate(current);
        out.push(`${abbrev(ctx, current)}${d ? ` (${d})` : ''} ${messageSubject(commit.message)}`);
      } else if (format !== undefined) out.push(...expandFormat(ctx, current, format.replace(/^(format|tformat):/, ''), decorate).split('\n'));
      else out.push(...mediumLines(ctx, current, decorate(current)));
      if (opts.has('noPatch') || commit.parents.length > 1) continue;
      const parentTree = commit.parents[0] ? objects.readCommit(commit.parents[0]).tree : undefined;
      const changes = diffFileMaps(objects.flattenTree(parentTree), objects.flattenTree(commit.tree));
      if (!opts.has('oneline') && format === undefined) out.push('');
      if (opts.has('nameOnly')) out.push(...changes.map((c) => c.path));
      else if (opts.has('nameStatus')) out.push(...changes.map((c) => (c.kind === 'R' ? `R100\t${c.from}\t${c.path}` : `${c.kind}\t${c.path}`)));
      else if (opts.has('stat')) printStat(sub, statLines(ctx, changes));
      else printPatch(sub, changes);
    }
    if (out.length) ctx.out(out.join('\n'));
    return 0;
  },
});
