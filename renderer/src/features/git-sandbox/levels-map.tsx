/** The path of git levels: each sequence with its levels, what is done, done at par, and the best run. */
import { useEffect, useState } from 'react';
import type { LevelSequence } from '../../../../electron/shared/git-view';
import type { LevelProgress } from '../../../../electron/shared/schemas';
import { useAppStore, type Loadable } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { navigate } from '../../app/router';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';

let levelsCache: Promise<readonly LevelSequence[]> | undefined;
/** The catalogue does not change while the app runs: fetch it once. */
export function loadLevels(): Promise<readonly LevelSequence[]> {
  levelsCache ??= client.git.levels({}).catch((error: unknown) => {
    levelsCache = undefined;
    throw error;
  });
  return levelsCache;
}

export type LevelMark = 'todo' | 'done' | 'par';

export function levelMark(record: LevelProgress | undefined): LevelMark {
  if (!record) return 'todo';
  return record.bestCommands <= record.par ? 'par' : 'done';
}

export function LevelsMap() {
  const [sequences, setSequences] = useState<Loadable<readonly LevelSequence[]>>({ state: 'loading' });
  const { progress } = useAppStore();

  useEffect(() => {
    let cancelled = false;
    loadLevels().then(
      (value) => !cancelled && setSequences({ state: 'ready', value }),
      (error: unknown) => !cancelled && setSequences({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (sequences.state === 'loading') return <div className="git-levels"><div className="skeleton git-levels__skeleton" /></div>;
  if (sequences.state === 'error') return <p className="git-levels__error">The levels could not be loaded: {sequences.message}</p>;

  const all = sequences.value.flatMap((s) => s.levels);
  const done = all.filter((l) => progress?.levels[l.id]).length;
  const atPar = all.filter((l) => levelMark(progress?.levels[l.id]) === 'par').length;
  const next = all.find((l) => !progress?.levels[l.id]);

  return (
    <div className="git-levels" data-testid="git-levels">
      <div className="git-levels__summary">
        <div>
          <strong>{done}</strong> of {all.length} levels done · <strong>{atPar}</strong> at par
        </div>
        {next && (
          <button type="button" className="button button--primary" onClick={() => navigate({ view: 'git', levelId: next.id })}>
            {done === 0 ? 'Start with' : 'Continue with'} “{next.title}”
            <Icon name="arrow-right" />
          </button>
        )}
      </div>
      {sequences.value.map((sequence, sequenceIndex) => {
        const finished = sequence.levels.filter((l) => progress?.levels[l.id]).length;
        return (
          <section key={sequence.id} className="git-sequence" aria-labelledby={`seq-${sequence.id}`}>
            <header className="git-sequence__header">
              <span className="git-sequence__number">{sequenceIndex + 1}</span>
              <h2 id={`seq-${sequence.id}`} className="git-sequence__title">
                {sequence.title}
              </h2>
              <span className="git-sequence__count">
                {finished}/{sequence.levels.length}
              </span>
            </header>
            <ol className="git-sequence__levels">
              {sequence.levels.map((level, index) => {
                const record = progress?.levels[level.id];
                const mark = levelMark(record);
                return (
                  <li key={level.id}>
                    <a className={`git-level-card git-level-card--${mark}`} href={`#/git/level/${level.id}`} data-testid="git-level-card" data-level-id={level.id} data-mark={mark}>
                      <span className="git-level-card__badge" aria-hidden="true">
                        {mark === 'todo' ? index + 1 : mark === 'par' ? <Icon name="sparkle" /> : <Icon name="check" />}
                      </span>
                      <span className="git-level-card__text">
                        <span className="git-level-card__title">{level.title}</span>
                        <span className="git-level-card__summary">{level.summary}</span>
                      </span>
                      <span className="git-level-card__par">
                        {record ? (
                          <>
                            <span className="visually-hidden">{mark === 'par' ? 'Done at par.' : 'Done.'}</span>
                            best {record.bestCommands} · par {level.par}
                          </>
                        ) : (
                          `par ${level.par}`
                        )}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
