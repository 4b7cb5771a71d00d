/**
 * One exercise: the task and hints on the left; the editor and the results on the right. Runs
 * go to the isolated runner through the API; drafts are saved as the learner types; after a few
 * attempts the reference solution can be compared with their code.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExerciseDetail, ExerciseProof, RunResult } from '../../../../electron/shared/exercises';
import { PROOF_AFTER_ATTEMPTS } from '../../../../electron/shared/constants';
import { useAppStore, useRoadmap, type Loadable } from '../../app/app-store';
import { ConfirmDialog } from '../../app/components/confirm-dialog';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { navigate, openTopic } from '../../app/router';
import { useTheme } from '../../app/theme';
import { useToast } from '../../app/toasts';
import { client } from '../../lib/api';
import { errorMessage, plural } from '../../lib/format';
import { isMac } from '../../lib/platform';
import type { EditorProblem } from './code-editor';
import { DifficultyBadge, KindBadge, StatusBadge, exerciseStatus } from './exercise-labels';
import { ResultsPanel } from './results-panel';

// Monaco is most of the weight of this page: load it when an exercise is first opened.
const CodeEditor = lazy(() => import('./code-editor'));
const SolutionDiff = lazy(() => import('./code-editor').then((module) => ({ default: module.SolutionDiff })));
const Markdown = lazy(() => import('../topic/topic-markdown').then((module) => ({ default: module.TopicMarkdown })));

const RUN_SHORTCUT = 'mod+Enter';
const DRAFT_DELAY_MS = 800;

export function ExercisePage({ exerciseId }: { readonly exerciseId: string }) {
  const [detail, setDetail] = useState<Loadable<ExerciseDetail>>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setDetail({ state: 'loading' });
    client.exercises.get({ exerciseId }).then(
      (value) => !cancelled && setDetail({ state: 'ready', value }),
      (error: unknown) => !cancelled && setDetail({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [exerciseId]);

  if (detail.state !== 'ready') {
    return (
      <div className="view" data-testid="exercise-page">
        <PageHeader title={detail.state === 'error' ? 'Exercise not found' : 'Loading…'} />
        <div className="view-scroll view-scroll--center">
          {detail.state === 'error' ? (
            <p role="alert" className="exercise-list__message">
              {detail.message}
            </p>
          ) : (
            <div className="skeleton exercise-page__skeleton" aria-busy="true" />
          )}
        </div>
      </div>
    );
  }
  return <ExerciseWorkspace key={exerciseId} exercise={detail.value} />;
}

function PageHeader({ title, children, actions }: { readonly title: string; readonly children?: React.ReactNode; readonly actions?: React.ReactNode }) {
  return (
    <header className="view-header exercise-header">
      <button type="button" className="icon-button" onClick={() => navigate({ view: 'exercises' })} aria-label="Back to all exercises" title="All exercises">
        <Icon name="arrow-left" />
      </button>
      <div className="view-header__titles">
        <h1 className="view-header__title">{title}</h1>
        {children && <div className="exercise-header__meta">{children}</div>}
      </div>
      {actions && <div className="view-header__actions">{actions}</div>}
    </header>
  );
}

function ExerciseWorkspace({ exercise }: { readonly exercise: ExerciseDetail }) {
  const { progress, saveProgress } = useAppStore();
  const roadmap = useRoadmap();
  const { effective: theme } = useTheme();
  const toast = useToast();
  const entry = progress?.exercises[exercise.id];
  const [code, setCode] = useState(() => entry?.draft ?? exercise.starter);
  const [result, setResult] = useState<{ readonly run: RunResult; readonly code: string } | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [hintsShown, setHintsShown] = useState(0);
  const [confirmReset, setConfirmReset] = useState(false);
  const [proof, setProof] = useState<ExerciseProof | undefined>(undefined);
  const [comparing, setComparing] = useState(false);

  const codeRef = useRef(code);
  codeRef.current = code;
  const savedDraft = useRef(entry?.draft ?? exercise.starter);
  const runningRef = useRef(false);

  const saveDraft = useCallback(
    (text: string) => {
      if (text === savedDraft.current) return Promise.resolve(true);
      savedDraft.current = text;
      return saveProgress(() => client.progress.saveExerciseDraft({ exerciseId: exercise.id, code: text }), 'Could not save your draft');
    },
    [exercise.id, saveProgress],
  );

  // Autosave: a moment after the last keystroke, and whatever is pending when the page closes.
  useEffect(() => {
    const timer = setTimeout(() => void saveDraft(code), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [code, saveDraft]);
  useEffect(() => () => void saveDraft(codeRef.current), [saveDraft]);

  const run = useCallback(async () => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    setComparing(false);
    try {
      await saveDraft(codeRef.current);
      const submitted = codeRef.current;
      let outcome: RunResult | undefined;
      await saveProgress(async () => {
        const answer = await client.exercises.run({ exerciseId: exercise.id, code: submitted });
        outcome = answer.result;
        return answer.progress;
      }, 'Could not run the tests');
      if (outcome) setResult({ run: outcome, code: submitted });
    } finally {
      runningRef.current = false;
      setRunning(false);
    }
  }, [exercise.id, saveDraft, saveProgress]);

  // Ctrl/Cmd+Enter anywhere on the page (Monaco handles it itself while it has focus).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) return;
      event.preventDefault();
      void run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const attempts = entry?.attempts ?? 0;
  const passed = entry?.status === 'passed';
  const proofUnlocked = passed || attempts >= PROOF_AFTER_ATTEMPTS;

  const compare = async () => {
    if (comparing) return setComparing(false);
    try {
      const answer = proof?.available ? proof : await client.exercises.proof({ exerciseId: exercise.id });
      setProof(answer);
      if (answer.available) setComparing(true);
      else toast({ tone: 'info', message: `The solution opens after ${plural(answer.attemptsNeeded, 'more run')}.` });
    } catch (error) {
      toast({ tone: 'error', message: `Could not load the solution: ${errorMessage(error)}` });
    }
  };

  const reset = () => {
    setConfirmReset(false);
    setCode(exercise.starter);
    setResult(undefined);
    setComparing(false);
  };

  // The error mark stays while the code is the code that produced it.
  const lastRun = result?.run;
  const problem = useMemo(() => (lastRun && result?.code === code ? problemOf(lastRun) : undefined), [lastRun, result?.code, code]);
  const status = exerciseStatus(progress, exercise.id);

  return (
    <div className="view exercise-page" data-testid="exercise-page" data-exercise-id={exercise.id}>
      <PageHeader
        title={exercise.title}
        actions={
          <>
            <button type="button" className="button button--ghost" onClick={() => setConfirmReset(true)} disabled={code === exercise.starter} data-testid="exercise-reset">
              <Icon name="reset" />
              Reset
            </button>
            <button
              type="button"
              className="button button--primary exercise-run"
              onClick={() => void run()}
              disabled={running}
              aria-keyshortcuts={isMac ? 'Meta+Enter' : 'Control+Enter'}
              data-testid="exercise-run"
            >
              <Icon name="play" />
              {running ? 'Running…' : 'Run tests'}
              <Kbd shortcut={RUN_SHORTCUT} decorative className="exercise-run__kbd" />
            </button>
          </>
        }
      >
        <KindBadge kind={exercise.kind} />
        <DifficultyBadge difficulty={exercise.difficulty} />
        <span className="exercise-header__minutes">
          <Icon name="clock" />
          {exercise.minutes} min
        </span>
        <StatusBadge status={status} />
        {attempts > 0 && <span className="exercise-header__attempts">{plural(attempts, 'run')}</span>}
      </PageHeader>

      <div className="exercise-layout">
        <section className="exercise-brief" aria-label="Instructions">
          <div className="exercise-brief__scroll">
            <Suspense fallback={<div className="skeleton exercise-brief__skeleton" />}>
              <Markdown source={exercise.instructions} />
            </Suspense>
            {exercise.schema && (
              <details className="exercise-schema">
                <summary>Schema and sample data</summary>
                <pre className="md-code">{exercise.schema}</pre>
              </details>
            )}
            <div className="exercise-topics">
              <span className="exercise-topics__label">Roadmap topics</span>
              {exercise.topics.map((id) => (
                <button key={id} type="button" className="exercise-topic-link" onClick={() => openTopic(id)}>
                  {roadmap?.topics[id]?.title ?? id}
                </button>
              ))}
            </div>
            <Hints hints={exercise.hints} shown={hintsShown} onShowNext={() => setHintsShown((n) => Math.min(n + 1, exercise.hints.length))} />
            <div className="exercise-proof" data-testid="exercise-proof">
              <h2 className="exercise-section-title">Reference solution</h2>
              {proofUnlocked ? (
                <>
                  <p className="exercise-muted">Compare your code with one way to solve it. There are others!</p>
                  <button type="button" className="button" onClick={() => void compare()} data-testid="exercise-compare">
                    <Icon name="compare" />
                    {comparing ? 'Back to my code' : 'Compare with a solution'}
                  </button>
                </>
              ) : (
                <p className="exercise-muted">
                  Opens after {PROOF_AFTER_ATTEMPTS} runs ({plural(PROOF_AFTER_ATTEMPTS - attempts, 'run')} to go), so you get a fair go at it first.
                </p>
              )}
            </div>
          </div>
        </section>

        <section className="exercise-work" aria-label="Your solution">
          <div className="exercise-editor" data-testid="exercise-editor">
            <div className="exercise-editor__bar">
              <span className="exercise-editor__file">{comparing ? `${exercise.fileName} ↔ reference solution` : exercise.fileName}</span>
              {comparing && (
                <button type="button" className="button button--ghost exercise-editor__back" onClick={() => setComparing(false)}>
                  Back to my code
                </button>
              )}
            </div>
            <div className="exercise-editor__surface">
              <Suspense fallback={<div className="exercise-editor__loading">Loading the editor…</div>}>
                {comparing && proof?.available ? (
                  <SolutionDiff language={exercise.language} mine={code} proof={proof.code} theme={theme} />
                ) : (
                  <CodeEditor
                    exerciseId={exercise.id}
                    fileName={exercise.fileName}
                    language={exercise.language}
                    value={code}
                    theme={theme}
                    types={exercise.types}
                    problem={problem}
                    onChange={setCode}
                    onRun={() => void run()}
                  />
                )}
              </Suspense>
            </div>
          </div>
          <ResultsPanel result={lastRun} running={running} runShortcut={RUN_SHORTCUT} />
        </section>
      </div>

      {confirmReset && (
        <ConfirmDialog title="Start again from the starter code?" confirmLabel="Reset" danger onConfirm={reset} onCancel={() => setConfirmReset(false)} testId="exercise-reset-confirm">
          Your current code in this exercise will be replaced. Your runs and progress stay.
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Where to mark the editor: a compile error, or else the first test that threw inside the learner's file. */
function problemOf(run: RunResult): EditorProblem | undefined {
  if (run.location && run.message) return { location: run.location, message: run.message, severity: 'error' };
  for (const test of run.tests) {
    const line = test.status === 'error' ? /\(line (\d+) of your code\)$/.exec(test.message ?? '') : null;
    if (line) return { location: { line: Number(line[1]), column: 1 }, message: `"${test.name}": ${test.message}`, severity: 'warning' };
  }
  return undefined;
}

interface HintsProps {
  readonly hints: readonly string[];
  readonly shown: number;
  readonly onShowNext: () => void;
}

function Hints({ hints, shown, onShowNext }: HintsProps) {
  return (
    <div className="exercise-hints" data-testid="exercise-hints">
      <h2 className="exercise-section-title">Hints</h2>
      {shown > 0 && (
        <ol className="exercise-hints__list">
          {hints.slice(0, shown).map((hint, index) => (
            <li key={index} className="exercise-hint">
              <Icon name="bulb" />
              <Suspense fallback={<span>{hint}</span>}>
                <Markdown source={hint} />
              </Suspense>
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className="button" onClick={onShowNext} data-testid="exercise-hint-next">
          <Icon name="bulb" />
          {shown === 0 ? 'Show a hint' : 'Show the next hint'}
          <span className="exercise-muted">
            ({shown + 1} of {hints.length})
          </span>
        </button>
      ) : (
        <p className="exercise-muted">That was the last hint.</p>
      )}
    </div>
  );
}
