/**
 * A level being played: the introduction, the live goal checklist and the hints on the left,
 * the workspace on the right, the command count against par in the header, and a "level
 * complete" moment when the service reports the goal met (it has recorded it by then).
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { GitRepoPicture, GitRunResult, LevelPlay, LevelSession } from '../../../../electron/shared/git-view';
import { useAppStore, type Loadable } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';
import { GitWorkspace, type WorkspaceHandle } from './git-workspace';
import { InlineCode } from './inline-code';
import { levelMark } from './levels-map';
import '../topic/topic-content.css';

const Markdown = lazy(() => import('../topic/topic-markdown').then((module) => ({ default: module.TopicMarkdown })));

interface Completed {
  readonly commands: number;
  readonly par: number;
}

export function LevelScreen({ levelId }: { readonly levelId: string }) {
  const [session, setSession] = useState<Loadable<LevelSession>>({ state: 'loading' });
  const [picture, setPicture] = useState<GitRepoPicture | undefined>(undefined);
  const [play, setPlay] = useState<LevelPlay | undefined>(undefined);
  const [completed, setCompleted] = useState<Completed | undefined>(undefined);
  const workspace = useRef<WorkspaceHandle>(null);
  const completeAction = useRef<HTMLAnchorElement>(null);
  const { progress, saveProgress } = useAppStore();

  // The "level complete" moment takes the focus so Enter goes on and Escape stays.
  useEffect(() => {
    if (completed) completeAction.current?.focus();
  }, [completed]);

  useEffect(() => {
    let cancelled = false;
    client.git.openLevel({ levelId }).then(
      (value) => {
        if (cancelled) return;
        setSession({ state: 'ready', value });
        setPicture(value.picture);
        setPlay(value.play);
      },
      (error: unknown) => !cancelled && setSession({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [levelId]);

  const onResult = useCallback(
    (result: GitRunResult) => {
      if (result.level) setPlay(result.level);
      if (result.cleared && result.level && result.level.commands === 0) setCompleted(undefined);
      if (result.completed) {
        const { progress: snapshot, commands, par } = result.completed;
        // The service already stored it; this puts the new snapshot in the app's store.
        void saveProgress(() => Promise.resolve(snapshot), 'Could not show the saved level');
        setCompleted({ commands, par });
      }
    },
    [saveProgress],
  );

  if (session.state === 'loading') {
    return (
      <div className="view git-screen" data-testid="view-git-level">
        <div className="git-screen__loading skeleton" />
      </div>
    );
  }
  if (session.state === 'error') {
    return (
      <div className="view git-screen" data-testid="view-git-level">
        <div className="git-screen__problem">
          <p>{session.message}</p>
          <a className="button button--primary" href="#/git">
            Back to the levels
          </a>
        </div>
      </div>
    );
  }

  const { detail } = session.value;
  const record = progress?.levels[levelId];
  const mark = levelMark(record);
  const current = play ?? session.value.play;
  const passed = current.checks.filter((c) => c.passed).length;
  const run = (line: string) => workspace.current?.run(line);
  const overPar = current.commands > current.par;

  return (
    <div className="view git-screen" data-testid="view-git-level" data-level-id={levelId}>
      <header className="git-screen__header">
        <a className="git-screen__back" href="#/git" aria-label="Back to the levels">
          <Icon name="chevron-left" />
        </a>
        <div className="git-screen__titles">
          <span className="git-screen__kicker">{detail.sequenceTitle}</span>
          <h1 className="git-screen__title">
            <span className="git-screen__title-text" title={detail.title}>
              {detail.title}
            </span>
            {mark !== 'todo' && (
              <span className={`git-done-pill git-done-pill--${mark}`} data-testid="git-level-done">
                <Icon name={mark === 'par' ? 'sparkle' : 'check'} />
                {mark === 'par' ? 'Done at par' : 'Done'}
              </span>
            )}
          </h1>
        </div>
        <div className={`git-par${overPar ? ' git-par--over' : ''}`} data-testid="git-par" title="Commands that change something count; looking around (status, log, diff) is free">
          <span className="git-par__value">{current.commands}</span>
          <span className="git-par__label">
            command{current.commands === 1 ? '' : 's'}
            <br />
            par {current.par}
          </span>
        </div>
        <div className="git-screen__actions">
          <button type="button" className="button button--ghost" onClick={() => run('undo')} title="Step back over the last command that changed something">
            <Icon name="arrow-left" />
            Undo
          </button>
          <button type="button" className="button button--ghost" onClick={() => run('hint')} disabled={current.hintsShown.length >= current.hintsTotal} data-testid="git-hint">
            <Icon name="sparkle" />
            Hint
          </button>
          <button type="button" className="button button--ghost" onClick={() => run('show solution')} disabled={!current.solutionAvailable} title={current.solutionAvailable ? 'Show a reference solution' : 'Opens after your first command'}>
            <Icon name="docs" />
            Solution
          </button>
          <button type="button" className="button button--ghost" onClick={() => run('reset level')} title="Start the level again from its first state" data-testid="git-reset-level">
            <Icon name="refresh" />
            Reset
          </button>
        </div>
      </header>
      <div className="git-level">
        <aside className="git-level__brief" aria-label="The level">
          <section className="git-level__intro" aria-label="Introduction" tabIndex={0}>
            <Suspense fallback={<div className="skeleton git-level__skeleton" />}>
              <Markdown source={detail.introduction} />
            </Suspense>
          </section>
          <div className="git-level__progress" role="region" aria-label="Goal and progress" tabIndex={0}>
            <section className="git-level__section" aria-labelledby="git-goal-title">
              <h2 id="git-goal-title" className="git-level__heading">
                Goal
                <span className="git-level__heading-count">
                  {passed}/{current.checks.length}
                </span>
              </h2>
              <ul className="git-goal" data-testid="git-goal">
                {current.checks.map((check, index) => (
                  <li key={index} className={`git-goal__item${check.passed ? ' is-passed' : ''}`} data-passed={check.passed}>
                    <span className="git-goal__tick" aria-hidden="true">
                      {check.passed && <Icon name="check" />}
                    </span>
                    <span>
                      <span className="visually-hidden">{check.passed ? 'Done: ' : 'To do: '}</span>
                      <InlineCode text={check.label} />
                      {!check.passed && check.detail && (
                        <span className="git-goal__detail">
                          <InlineCode text={check.detail} />
                        </span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            {current.hintsShown.length > 0 && (
              <section className="git-level__section" aria-labelledby="git-hints-title">
                <h2 id="git-hints-title" className="git-level__heading">
                  Hints
                  <span className="git-level__heading-count">
                    {current.hintsShown.length}/{current.hintsTotal}
                  </span>
                </h2>
                <ol className="git-hints">
                  {current.hintsShown.map((hint, index) => (
                    <li key={index}>
                      <InlineCode text={hint} />
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <p className="git-level__tip">
              Type <code>hint</code>, <code>show goal</code>, <code>undo</code> or <code>reset level</code> in the terminal too.
            </p>
          </div>
        </aside>
        <div className="git-level__work">
          {picture && (
            <GitWorkspace
              ref={workspace}
              target={{ level: levelId }}
              name={levelId}
              picture={picture}
              greeting={[`Level: ${detail.title}. Par is ${detail.par}: commands that only look (status, log, diff) are free.`, 'Stuck? Type `hint`. Made a mess? `undo` or `reset level`.', '']}
              onPicture={setPicture}
              onResult={onResult}
            />
          )}
          {completed && (
            <div
              className="git-complete"
              role="dialog"
              aria-labelledby="git-complete-title"
              data-testid="git-level-complete"
              onKeyDown={(event) => event.key === 'Escape' && setCompleted(undefined)}
            >
              <div className="git-complete__card">
                <div className={`git-complete__badge${completed.commands <= completed.par ? ' is-par' : ''}`}>
                  <Icon name={completed.commands <= completed.par ? 'sparkle' : 'check'} />
                </div>
                <h2 id="git-complete-title">Level complete</h2>
                <p className="git-complete__score">
                  <strong>{completed.commands}</strong> command{completed.commands === 1 ? '' : 's'} · par <strong>{completed.par}</strong>
                </p>
                <p className="git-complete__verdict">
                  {completed.commands < completed.par
                    ? 'Under par: fewer commands than the reference solution.'
                    : completed.commands === completed.par
                      ? 'Right on par.'
                      : `Par is ${completed.par}. Reset the level to try for a shorter run.`}
                </p>
                <div className="git-complete__actions">
                  {detail.nextLevelId ? (
                    <a ref={completeAction} className="button button--primary" href={`#/git/level/${detail.nextLevelId}`} data-testid="git-next-level">
                      Next level
                      <Icon name="arrow-right" />
                    </a>
                  ) : (
                    <a ref={completeAction} className="button button--primary" href="#/git">
                      Back to the levels
                    </a>
                  )}
                  <button type="button" className="button button--ghost" onClick={() => setCompleted(undefined)}>
                    Stay here
                  </button>
                </div>
              </div>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
