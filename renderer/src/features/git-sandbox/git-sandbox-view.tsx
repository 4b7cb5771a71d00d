/**
 * The git sandbox: the levels map and the free-play sandboxes (`#/git`), a level being played
 * (`#/git/level/<id>`) or a sandbox open (`#/git/sandbox/<name>`).
 */
import { lazy, Suspense, useState } from 'react';
import { ViewHeader } from '../../app/components/view-header';
import './git.css';
import { LevelsMap } from './levels-map';
import { SandboxList } from './sandbox-list';

// The terminal, the graph and their dependencies (xterm) load when a level or sandbox is opened.
const LevelScreen = lazy(() => import('./level-screen').then((module) => ({ default: module.LevelScreen })));
const SandboxScreen = lazy(() => import('./sandbox-screen').then((module) => ({ default: module.SandboxScreen })));

interface GitSandboxViewProps {
  readonly levelId?: string;
  readonly sandbox?: string;
}

type Tab = 'levels' | 'sandboxes';
const TAB_KEY = 'roadbook.git.tab';

export function GitSandboxView({ levelId, sandbox }: GitSandboxViewProps) {
  if (levelId || sandbox) {
    return (
      <Suspense fallback={<div className="view git-screen"><div className="git-screen__loading skeleton" /></div>}>
        {levelId ? <LevelScreen key={levelId} levelId={levelId} /> : <SandboxScreen key={sandbox} name={sandbox!} />}
      </Suspense>
    );
  }
  return <GitHome />;
}

function GitHome() {
  const [tab, setTab] = useState<Tab>(() => (sessionStorage.getItem(TAB_KEY) === 'sandboxes' ? 'sandboxes' : 'levels'));
  const choose = (next: Tab) => {
    sessionStorage.setItem(TAB_KEY, next);
    setTab(next);
  };
  return (
    <div className="view" data-testid="view-git">
      <ViewHeader
        title="Git sandbox"
        subtitle="Real repositories on this computer: a terminal, a live graph, nothing to break"
        actions={
          <div className="git-tabs" role="tablist" aria-label="Git practice">
            <button type="button" role="tab" aria-selected={tab === 'levels'} className={`git-tabs__item${tab === 'levels' ? ' is-active' : ''}`} onClick={() => choose('levels')}>
              Levels
            </button>
            <button type="button" role="tab" aria-selected={tab === 'sandboxes'} className={`git-tabs__item${tab === 'sandboxes' ? ' is-active' : ''}`} onClick={() => choose('sandboxes')} data-testid="git-tab-sandboxes">
              Free play
            </button>
          </div>
        }
      />
      <div className="view-scroll">{tab === 'levels' ? <LevelsMap /> : <SandboxList />}</div>
    </div>
  );
}
