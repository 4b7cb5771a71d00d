/** A commit opened from the graph: its message, author, date, changed files and the diff. */
import { useEffect, useState } from 'react';
import type { GitCommitDetail, GitTarget } from '../../../../electron/shared/git-view';
import type { Loadable } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';

interface CommitDetailPanelProps {
  readonly target: GitTarget;
  readonly oid: string;
  readonly onSelect: (oid: string) => void;
  readonly onClose: () => void;
}

function diffLineClass(line: string): string {
  if (line.startsWith('diff --git')) return 'git-diff__file';
  if (line.startsWith('@@')) return 'git-diff__hunk';
  if (line.startsWith('+++') || line.startsWith('---') || /^(new|deleted) file mode/.test(line)) return 'git-diff__meta';
  if (line.startsWith('+')) return 'git-diff__add';
  if (line.startsWith('-')) return 'git-diff__del';
  return '';
}

export function CommitDetailPanel({ target, oid, onSelect, onClose }: CommitDetailPanelProps) {
  const [detail, setDetail] = useState<Loadable<GitCommitDetail>>({ state: 'loading' });
  const targetKey = JSON.stringify(target);

  useEffect(() => {
    let cancelled = false;
    setDetail({ state: 'loading' });
    client.git.commit({ target: JSON.parse(targetKey) as GitTarget, oid }).then(
      (value) => !cancelled && setDetail({ state: 'ready', value }),
      (error: unknown) => !cancelled && setDetail({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [targetKey, oid]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="git-commit-panel" aria-label={`Commit ${oid.slice(0, 7)}`} data-testid="git-commit-detail">
      <header className="git-commit-panel__header">
        <span className="git-commit-panel__oid" title={oid}>
          {oid.slice(0, 7)}
        </span>
        <button type="button" className="icon-button icon-button--small" onClick={onClose} aria-label="Close the commit">
          <Icon name="close" />
        </button>
      </header>
      {detail.state === 'loading' && <div className="skeleton git-commit-panel__skeleton" />}
      {detail.state === 'error' && <p className="git-commit-panel__error">{detail.message}</p>}
      {detail.state === 'ready' && (
        <div className="git-commit-panel__body">
          <h3 className="git-commit-panel__subject">{detail.value.message.split('\n')[0]}</h3>
          {detail.value.message.trim().includes('\n') && <pre className="git-commit-panel__message">{detail.value.message.split('\n').slice(1).join('\n').trim()}</pre>}
          <dl className="git-commit-panel__meta">
            <dt>Author</dt>
            <dd>
              {detail.value.author.name} <span className="git-commit-panel__email">&lt;{detail.value.author.email}&gt;</span>
            </dd>
            <dt>Date</dt>
            <dd>{new Date(detail.value.author.time * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
            <dt>{detail.value.parents.length > 1 ? 'Parents' : 'Parent'}</dt>
            <dd>
              {detail.value.parents.length === 0 && <span className="git-commit-panel__email">none: the first commit</span>}
              {detail.value.parents.map((parent) => (
                <button key={parent} type="button" className="git-commit-panel__parent" onClick={() => onSelect(parent)}>
                  {parent.slice(0, 7)}
                </button>
              ))}
            </dd>
          </dl>
          <h4 className="git-commit-panel__heading">Files</h4>
          <ul className="git-commit-panel__files">
            {detail.value.files.length === 0 && <li className="git-commit-panel__email">No file changes</li>}
            {detail.value.files.map((file) => (
              <li key={file.path}>
                <span className={`git-change git-change--${file.change}`}>{file.change === 'added' ? 'A' : file.change === 'deleted' ? 'D' : 'M'}</span>
                {file.path}
              </li>
            ))}
          </ul>
          {detail.value.diff && (
            <pre className="git-diff" tabIndex={0} aria-label="Changes in this commit">
              {detail.value.diff.split('\n').map((line, index) => (
                <span key={index} className={diffLineClass(line)}>
                  {line}
                  {'\n'}
                </span>
              ))}
            </pre>
          )}
        </div>
      )}
    </aside>
  );
}
