/**
 * One repository at work: the commit graph above the terminal, the files beside them, and
 * Monaco sliding over the graph when a file (or git's rebase plan) is opened. Levels and
 * free-play sandboxes both use it; a level listens to every result through `onResult`.
 */
import { forwardRef, lazy, Suspense, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { GitRepoPicture, GitRunResult, GitTarget, GitVocabulary } from '../../../../electron/shared/git-view';
import { Icon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { useTheme } from '../../app/theme';
import { useToast } from '../../app/toasts';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';
import { CommitDetailPanel } from './commit-detail-panel';
import { CommitGraph } from './commit-graph';
import { conflictRegions, resolveRegion, type ConflictChoice } from './conflict-regions';
import { FilesPanel } from './files-panel';
import { SandboxTerminal, type TerminalHandle } from './sandbox-terminal';

const SandboxEditor = lazy(() => import('./sandbox-editor'));

let vocabularyCache: Promise<GitVocabulary> | undefined;
function loadVocabulary(): Promise<GitVocabulary> {
  vocabularyCache ??= client.git.vocabulary({}).catch((error: unknown) => {
    vocabularyCache = undefined;
    throw error;
  });
  return vocabularyCache;
}

type OpenEditor =
  | { readonly kind: 'file'; readonly path: string; readonly saved: string; readonly text: string; readonly editable: boolean; readonly conflicts: number }
  | { readonly kind: 'rebase'; readonly text: string };

export interface WorkspaceHandle {
  /** Runs a line through the terminal, as if typed. */
  run(line: string): void;
}

interface GitWorkspaceProps {
  readonly target: GitTarget;
  /** For the prompt. */
  readonly name: string;
  readonly picture: GitRepoPicture;
  readonly greeting: readonly string[];
  readonly onPicture: (picture: GitRepoPicture) => void;
  readonly onResult?: (result: GitRunResult) => void;
}

export const GitWorkspace = forwardRef<WorkspaceHandle, GitWorkspaceProps>(function GitWorkspace({ target, name, picture, greeting, onPicture, onResult }, ref) {
  const { effective } = useTheme();
  const toast = useToast();
  const terminal = useRef<TerminalHandle>(null);
  const [vocabulary, setVocabulary] = useState<GitVocabulary | undefined>(undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [editor, setEditor] = useState<OpenEditor | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const targetKey = JSON.stringify(target);

  useEffect(() => {
    loadVocabulary().then(setVocabulary, () => undefined);
  }, []);

  useImperativeHandle(ref, () => ({ run: (line) => terminal.current?.runTyped(line) }));

  const applyResult = useCallback(
    (result: GitRunResult) => {
      onPicture(result.picture);
      onResult?.(result);
      if (result.editor) setEditor({ kind: 'rebase', text: result.editor.text });
    },
    [onPicture, onResult],
  );

  const run = useCallback(
    async (line: string) => {
      // A new command abandons a rebase plan still open, as quitting git's editor would.
      setEditor((current) => (current?.kind === 'rebase' ? undefined : current));
      const result = await client.git.run({ target, command: line });
      applyResult(result);
      return result;
    },
    // `target` is compared by value.
    [targetKey, applyResult],
  );

  const openFile = useCallback(
    async (path: string) => {
      try {
        const file = await client.git.readFile({ target, path });
        setEditor({ kind: 'file', path: file.path, saved: file.content, text: file.content, editable: file.editable, conflicts: 0 });
        setSelected(undefined);
      } catch (error) {
        toast({ tone: 'error', message: errorMessage(error) });
      }
    },
    [targetKey, toast],
  );

  // A command may change an open file (checkout, merge, reset): reload it unless it has unsaved edits.
  const fileStamp = editor?.kind === 'file' ? JSON.stringify(picture.files.find((f) => f.path === editor.path) ?? null) + (picture.head.oid ?? '') : '';
  useEffect(() => {
    if (editor?.kind !== 'file' || editor.text !== editor.saved) return;
    let cancelled = false;
    client.git.readFile({ target, path: editor.path }).then(
      (file) => !cancelled && file.content !== editor.saved && setEditor({ ...editor, saved: file.content, text: file.content }),
      () => !cancelled && setEditor(undefined),
    );
    return () => {
      cancelled = true;
    };
    // Only when the file's status or HEAD moved.
  }, [fileStamp]);

  const save = async () => {
    if (!editor || saving) return;
    setSaving(true);
    try {
      if (editor.kind === 'file') {
        const next = await client.git.writeFile({ target, path: editor.path, content: editor.text });
        setEditor({ ...editor, saved: editor.text });
        onPicture(next);
      } else {
        const result = await client.git.answerEditor({ target, todo: editor.text });
        setEditor(undefined);
        terminal.current?.showResult(result);
        applyResult(result);
        terminal.current?.focus();
      }
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const close = async () => {
    if (editor?.kind === 'rebase') {
      try {
        const result = await client.git.cancelEditor({ target });
        terminal.current?.showResult(result);
        applyResult(result);
      } catch (error) {
        toast({ tone: 'error', message: errorMessage(error) });
      }
    }
    setEditor(undefined);
    terminal.current?.focus();
  };

  /** Resolves the first conflict region left in the open file, keeping one side or both. */
  const keep = (choice: ConflictChoice) =>
    setEditor((current) => {
      if (current?.kind !== 'file') return current;
      const lines = current.text.split('\n');
      const [first] = conflictRegions(lines);
      return first ? { ...current, text: resolveRegion(lines, first, choice).join('\n') } : current;
    });

  const dirty = editor?.kind === 'file' && editor.text !== editor.saved;
  const fileState = editor?.kind === 'file' ? picture.files.find((f) => f.path === editor.path) : undefined;

  return (
    <div className="git-workspace">
      <div className="git-workspace__main">
        <section className="git-workspace__graph" aria-label="Commit graph">
          <header className="git-pane-title">
            <span>History</span>
            <span className="git-pane-title__count">
              {picture.commits.length > 0 ? `${picture.commits.length} commit${picture.commits.length === 1 ? '' : 's'}` : ''}
              {picture.operations.length > 0 && <span className="git-op-badge">{picture.operations.join(', ')} in progress</span>}
            </span>
          </header>
          <CommitGraph picture={picture} selected={selected} onSelect={(oid) => setSelected((current) => (current === oid ? undefined : oid))} />
          {selected && <CommitDetailPanel target={target} oid={selected} onSelect={setSelected} onClose={() => setSelected(undefined)} />}
        </section>
        <section className="git-workspace__terminal" aria-label="Terminal">
          <SandboxTerminal ref={terminal} name={name} picture={picture} vocabulary={vocabulary} greeting={greeting} theme={effective} onRun={run} />
        </section>
        {editor && (
          <section className="git-editor" aria-label={editor.kind === 'file' ? `Editing ${editor.path}` : 'Rebase plan'} data-testid="git-editor">
            <header className="git-editor__bar">
              <div className="git-editor__title">
                <Icon name={editor.kind === 'file' ? 'file' : 'git'} />
                <span className="git-editor__name">{editor.kind === 'file' ? editor.path : 'git-rebase-todo'}</span>
                {editor.kind === 'rebase' && <span className="git-editor__note">git is waiting: save to run the plan</span>}
                {dirty && <span className="git-editor__dirty">unsaved</span>}
              </div>
              <div className="git-editor__actions">
                <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving || (editor.kind === 'file' && (!editor.editable || !dirty))} data-testid="git-editor-save">
                  {editor.kind === 'file' ? 'Save' : 'Save and rebase'} <Kbd shortcut="mod+S" decorative />
                </button>
                <button type="button" className="button button--ghost" onClick={() => void close()} data-testid="git-editor-close">
                  {editor.kind === 'rebase' ? 'Cancel rebase' : 'Close'}
                </button>
              </div>
            </header>
            {editor.kind === 'file' && (editor.conflicts > 0 || fileState?.staged === 'conflicted') && (
              <div className="git-editor__conflicts">
                {editor.conflicts > 0 ? (
                  <>
                    <span className="git-status git-status--conflicted" data-testid="git-editor-conflicts">
                      {editor.conflicts} conflict{editor.conflicts === 1 ? '' : 's'} left
                    </span>
                    <div className="git-keep" role="group" aria-label="Resolve the first conflict left" title="Resolves the first conflict region left in the file">
                      <button type="button" className="git-keep__button" onClick={() => keep('ours')} data-testid="git-keep-ours" title="Keep the lines from HEAD (your branch)">
                        Keep yours
                      </button>
                      <button type="button" className="git-keep__button" onClick={() => keep('theirs')} data-testid="git-keep-theirs" title="Keep the lines from the branch coming in">
                        Keep theirs
                      </button>
                      <button type="button" className="git-keep__button" onClick={() => keep('both')} data-testid="git-keep-both" title="Keep both sides, yours first">
                        Keep both
                      </button>
                    </div>
                  </>
                ) : (
                  <span className="git-editor__note">
                    No markers left: save, then run <code>git add {editor.path}</code> to mark it resolved.
                  </span>
                )}
              </div>
            )}
            <div className="git-editor__body">
              {editor.kind === 'file' && !editor.editable ? (
                <p className="git-editor__binary">This file is binary or too large to edit here.</p>
              ) : (
                <Suspense fallback={<div className="git-editor__loading">Loading the editor…</div>}>
                  <SandboxEditor
                    modelPath={`file:///git/${encodeURIComponent(targetKey)}/${editor.kind === 'file' ? editor.path : 'git-rebase-todo'}`}
                    fileName={editor.kind === 'file' ? editor.path.split('/').pop()! : 'git-rebase-todo'}
                    value={editor.text}
                    theme={effective}
                    onChange={(text) => setEditor((current) => current && { ...current, text })}
                    onSave={() => void save()}
                    onConflicts={(count) => setEditor((current) => (current?.kind === 'file' && current.conflicts !== count ? { ...current, conflicts: count } : current))}
                  />
                </Suspense>
              )}
            </div>
          </section>
        )}
      </div>
      <FilesPanel picture={picture} openPath={editor?.kind === 'file' ? editor.path : undefined} onOpen={(path) => void openFile(path)} />
    </div>
  );
});
