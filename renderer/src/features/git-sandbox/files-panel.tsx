/** The work tree: every file with its status, folders first-level grouped; click to open it. */
import type { GitFileStatus, GitRepoPicture } from '../../../../electron/shared/git-view';
import { Icon } from '../../app/components/icons';

export type FileBadge = 'conflicted' | 'untracked' | 'staged' | 'staged-modified' | 'modified' | 'deleted' | 'staged-deleted';

/** One word for a file's state, from what is staged and what is not. */
export function fileBadge(file: GitFileStatus): FileBadge | undefined {
  if (file.staged === 'conflicted' || file.unstaged === 'conflicted') return 'conflicted';
  if (file.unstaged === 'untracked') return 'untracked';
  const staged = file.staged !== 'unmodified';
  if (file.staged === 'deleted') return 'staged-deleted';
  if (file.unstaged === 'deleted') return 'deleted';
  if (staged && file.unstaged === 'modified') return 'staged-modified';
  if (staged) return 'staged';
  if (file.unstaged === 'modified') return 'modified';
  return undefined;
}

const BADGE_TEXT: Record<FileBadge, string> = {
  conflicted: 'conflict',
  untracked: 'untracked',
  staged: 'staged',
  'staged-modified': 'staged + changed',
  modified: 'modified',
  deleted: 'deleted',
  'staged-deleted': 'deleted, staged',
};

const BADGE_HELP: Record<FileBadge, string> = {
  conflicted: 'Both sides changed this file: edit it, then git add it',
  untracked: 'Git does not track this file yet: git add starts tracking it',
  staged: 'Staged: the next commit will include this version',
  'staged-modified': 'Part staged: the file changed again after git add',
  modified: 'Changed since the last commit, not staged yet',
  deleted: 'Deleted in the work tree, not staged yet',
  'staged-deleted': 'The deletion is staged for the next commit',
};

interface FilesPanelProps {
  readonly picture: GitRepoPicture;
  readonly openPath?: string;
  readonly onOpen: (path: string) => void;
}

export function FilesPanel({ picture, openPath, onOpen }: FilesPanelProps) {
  const changed = picture.files.filter((f) => fileBadge(f) !== undefined).length;
  return (
    <section className="git-files" aria-label="Files" data-testid="git-files">
      <header className="git-pane-title">
        <span>Files</span>
        <span className="git-pane-title__count">{changed === 0 ? (picture.initialized ? 'clean' : '') : `${changed} changed`}</span>
      </header>
      {picture.files.length === 0 ? (
        <p className="git-files__empty">No files yet. Create one with <code>echo "hello" &gt; notes.txt</code>.</p>
      ) : (
        <ul className="git-files__list">
          {picture.files.map((file, index) => {
            const badge = fileBadge(file);
            const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
            const previousFolder = index > 0 ? picture.files[index - 1]!.path.replace(/\/?[^/]*$/, '') : '';
            const name = file.path.slice(folder ? folder.length + 1 : 0);
            const gone = file.unstaged === 'deleted' || file.staged === 'deleted';
            return (
              <li key={file.path}>
                {folder && folder !== previousFolder && (
                  <div className="git-files__folder">
                    <Icon name="folder" />
                    {folder}
                  </div>
                )}
                <button
                  type="button"
                  className={`git-files__file${folder ? ' git-files__file--nested' : ''}${openPath === file.path ? ' is-open' : ''}${badge ? ` git-files__file--${badge}` : ''}`}
                  onClick={() => onOpen(file.path)}
                  disabled={gone}
                  title={badge ? `${file.path}: ${BADGE_HELP[badge]}` : file.path}
                  data-testid="git-file"
                  data-path={file.path}
                  data-status={badge ?? 'clean'}
                >
                  <Icon name="file" />
                  <span className="git-files__name">{name}</span>
                  {badge && <span className={`git-status git-status--${badge}`}>{BADGE_TEXT[badge]}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
