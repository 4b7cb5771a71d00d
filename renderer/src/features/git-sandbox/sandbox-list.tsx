/** Free-play sandboxes: make one, open it, rename, reset or delete it. */
import { useEffect, useState, type FormEvent } from 'react';
import type { SandboxSummary } from '../../../../electron/shared/git-view';
import type { Loadable } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { navigate } from '../../app/router';
import { useToast } from '../../app/toasts';
import { client } from '../../lib/api';
import { errorMessage, relativeTime } from '../../lib/format';
import { SandboxActions } from './sandbox-actions';

/**
 * Why a typed name cannot be used, or undefined when it can (the same rule as the contract's
 * SANDBOX_NAME, checked here without bundling zod into the renderer).
 */
export function sandboxNameProblem(name: string): string | undefined {
  if (name === '') return 'Give the sandbox a name.';
  if (name.length > 40) return 'Sandbox names are at most 40 characters.';
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) return 'Use letters, digits, "-" and "_", starting with a letter or digit.';
  return undefined;
}

export function SandboxList() {
  const [list, setList] = useState<Loadable<readonly SandboxSummary[]>>({ state: 'loading' });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const toast = useToast();

  useEffect(() => {
    client.git.sandboxes({}).then(
      (value) => setList({ state: 'ready', value }),
      (error: unknown) => setList({ state: 'error', message: errorMessage(error) }),
    );
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const why = sandboxNameProblem(trimmed);
    if (why) return setProblem(why);
    try {
      setList({ state: 'ready', value: await client.git.createSandbox({ name: trimmed }) });
      navigate({ view: 'git', sandbox: trimmed });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="git-sandboxes" data-testid="git-sandboxes">
      <form className="git-sandboxes__create" onSubmit={(event) => void create(event)}>
        <div className="git-sandboxes__intro">
          <h2>Free play</h2>
          <p>A sandbox is an empty folder that is yours: run <code>git init</code> and try anything. Nothing you do here can reach the rest of your computer.</p>
        </div>
        <div className="git-sandboxes__field">
          <label htmlFor="new-sandbox" className="visually-hidden">
            New sandbox name
          </label>
          <input
            id="new-sandbox"
            className="input"
            placeholder="e.g. merge-practice"
            value={name}
            maxLength={40}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(undefined);
            }}
            aria-invalid={problem !== undefined}
            aria-describedby={problem ? 'new-sandbox-problem' : undefined}
            data-testid="git-new-sandbox-name"
          />
          <button type="submit" className="button button--primary" data-testid="git-new-sandbox">
            <Icon name="plus" />
            New sandbox
          </button>
        </div>
        {problem && (
          <p id="new-sandbox-problem" className="git-sandboxes__problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {list.state === 'error' && <p className="git-levels__error">{list.message}</p>}
      {list.state === 'ready' && list.value.length === 0 && <p className="git-sandboxes__empty">No sandboxes yet. Name one above to start.</p>}
      {list.state === 'ready' && list.value.length > 0 && (
        <ul className="git-sandboxes__list">
          {list.value.map((sandbox) => (
            <li key={sandbox.name} className="git-sandbox-card" data-testid="git-sandbox-card">
              <a className="git-sandbox-card__open" href={`#/git/sandbox/${sandbox.name}`}>
                <Icon name="git" />
                <span className="git-sandbox-card__name">{sandbox.name}</span>
                <span className="git-sandbox-card__time">changed {relativeTime(new Date(sandbox.modifiedAt).toISOString())}</span>
              </a>
              <SandboxActions
                name={sandbox.name}
                compact
                onChanged={(value, renamedTo) => {
                  setList({ state: 'ready', value });
                  if (renamedTo) toast({ tone: 'success', message: `Renamed to ${renamedTo}` });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
