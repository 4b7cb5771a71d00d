/** `git reflog [show] [<ref>]`: where HEAD (or a branch) has been, newest first. */
import { fatal } from '../errors';
import { abbrev } from '../core/repo-ops';
import { dwimRef } from '../core/revisions';
import { parseOptions } from '../options';
import { registerGitCommand } from '../registry';
import { decorations } from './common';

const USAGE = 'git reflog [show] [-n <number>] [<ref>]';

registerGitCommand({
  name: 'reflog',
  summary: 'show where HEAD and branches have pointed (and rescue lost commits)',
  usage: USAGE,
  readOnly: () => true,
  run(ctx, args) {
    let rest = [...args];
    if (rest[0] === 'show') rest = rest.slice(1);
    else if (rest[0] === 'expire' || rest[0] === 'delete' || rest[0] === 'exists') {
      throw fatal(`'git reflog ${rest[0]}' is not supported in the sandbox; the reflog only grows here`);
    }
    const opts = parseOptions(rest, [
      { name: 'maxCount', short: 'n', long: ['max-count'], value: true },
      { name: 'all', long: ['all'] },
      { name: 'oneline', long: ['oneline'] },
    ], USAGE, { allowNegativeNumbers: true });
    const { refs } = ctx.repo();
    let limit = Infinity;
    const words: string[] = [];
    for (const p of opts.positional) {
      if (/^-\d+$/.test(p)) limit = Number(p.slice(1));
      else words.push(p);
    }
    if (opts.value('maxCount') !== undefined) limit = Number(opts.value('maxCount'));
    const name = words[0] ?? 'HEAD';
    const ref = name === 'HEAD' ? 'HEAD' : dwimRef(ctx, name);
    if (!ref) throw fatal(`ambiguous argument '${name}': unknown revision or path not in the working tree.`);
    const shortName = ref === 'HEAD' ? 'HEAD' : name;
    const entries = refs.reflog(ref).slice(0, limit);
    const decorate = decorations(ctx);
    const lines = entries.map((e, i) => {
      const d = decorate(e.new);
      return `${abbrev(ctx, e.new)}${d ? ` (${d})` : ''} ${shortName}@{${i}}: ${e.message}`;
    });
    if (lines.length) ctx.out(lines.join('\n'));
    return 0;
  },
});
