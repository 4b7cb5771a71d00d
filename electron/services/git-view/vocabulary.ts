/** The words tab completion offers: sandbox programs, git subcommands and the learner actions. */
import type { GitVocabulary } from '../../shared/git-view';
import '../git-sandbox/dispatch';
import { FILE_COMMANDS } from '../git-sandbox/file-commands';
import { listGitCommands, listPrograms } from '../git-sandbox/registry';

/** Typed in a level's terminal; `undo` also works in free play. */
export const LEARNER_ACTIONS = ['undo', 'hint', 'show goal', 'show solution', 'reset level'] as const;

export function vocabulary(): GitVocabulary {
  const programs = new Set(['git', 'help', ...Object.keys(FILE_COMMANDS), ...listPrograms().map((p) => p.name)]);
  return {
    programs: [...programs].sort(),
    gitCommands: listGitCommands().map((c) => c.name),
    learnerActions: LEARNER_ACTIONS,
  };
}
