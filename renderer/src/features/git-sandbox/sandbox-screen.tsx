/** A free-play sandbox open: its name and actions above the workspace. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GitRepoPicture } from '../../../../electron/shared/git-view';
import type { Loadable } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';
import { GitWorkspace, type WorkspaceHandle } from './git-workspace';
import { SandboxActions } from './sandbox-actions';

const GREETING = [
  'A free-play sandbox: real git, in a folder of its own. Type `help` to see every command.',
  'New here? Try: git init, echo "hello" > notes.txt, git add notes.txt, git commit -m "First note"',
  '',
];

export function SandboxScreen({ name }: { readonly name: string }) {
  const [picture, setPicture] = useState<Loadable<GitRepoPicture>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const workspace = useRef<WorkspaceHandle>(null);

  useEffect(() => {
    let cancelled = false;
    client.git.picture({ target: { sandbox: name } }).then(
      (value) => !cancelled && setPicture({ state: 'ready', value }),
      (error: unknown) => !cancelled && setPicture({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [name, generation]);

  const onPicture = useCallback((value: GitRepoPicture) => setPicture({ state: 'ready', value }), []);

  return (
    <div className="view git-screen" data-testid="view-git-sandbox">
      <header className="git-screen__header">
        <a className="git-screen__back" href="#/git" aria-label="Back to the git sandbox">
          <Icon name="chevron-left" />
        </a>
        <div className="git-screen__titles">
          <span className="git-screen__kicker">Free play</span>
          <h1 className="git-screen__title">{name}</h1>
        </div>
        <div className="git-screen__actions">
          <button type="button" className="button button--ghost" onClick={() => workspace.current?.run('undo')} disabled={picture.state !== 'ready'} title="Step back over the last command that changed something">
            <Icon name="arrow-left" />
            Undo
          </button>
          <SandboxActions name={name} onChanged={() => undefined} onReset={() => setGeneration((g) => g + 1)} />
        </div>
      </header>
      {picture.state === 'loading' && <div className="git-screen__loading skeleton" />}
      {picture.state === 'error' && (
        <div className="git-screen__problem">
          <p>{picture.message}</p>
          <a className="button button--primary" href="#/git">
            Back to the sandboxes
          </a>
        </div>
      )}
      {picture.state === 'ready' && (
        <GitWorkspace key={generation} ref={workspace} target={{ sandbox: name }} name={name} picture={picture.value} greeting={GREETING} onPicture={onPicture} />
      )}
    </div>
  );
}
