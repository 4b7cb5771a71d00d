/**
 * The exercise editor and the solution diff, on Monaco. Loaded lazily (this module pulls in
 * Monaco), so the rest of the app never waits for it.
 */
import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { EditorLanguage, SourceLocation } from '../../../../electron/shared/exercises';
import { defineThemes, monaco, setExerciseTypes } from './monaco-setup';

export interface EditorProblem {
  readonly location: SourceLocation;
  readonly message: string;
  /** A compile error, or a runtime error a test ran into. */
  readonly severity: 'error' | 'warning';
}

export interface CodeEditorProps {
  readonly exerciseId: string;
  readonly fileName: string;
  readonly language: EditorLanguage;
  readonly value: string;
  readonly theme: 'light' | 'dark';
  readonly types?: string;
  /** A syntax or runtime error to mark in the file. */
  readonly problem?: EditorProblem;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
}

const OPTIONS = {
  fontSize: 13.5,
  fontFamily: "ui-monospace, 'SF Mono', SFMono-Regular, Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  wordWrap: 'on',
  padding: { top: 12, bottom: 12 },
  renderLineHighlight: 'line',
  fixedOverflowWidgets: true,
  'semanticHighlighting.enabled': true,
} as const;

const themeName = (theme: 'light' | 'dark') => (theme === 'dark' ? 'roadbook-dark' : 'roadbook-light');

/** Tests can reach the editor only when the page was opened with the e2e flag in sessionStorage. */
function exposeForTests(editor: monaco.editor.IStandaloneCodeEditor | undefined): void {
  if (sessionStorage.getItem('roadbook.e2e') !== '1') return;
  (window as unknown as { __roadbookEditor?: unknown }).__roadbookEditor = editor;
}

export default function CodeEditor({ exerciseId, fileName, language, value, theme, types, problem, onChange, onRun }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | undefined>(undefined);
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;

  useEffect(() => {
    defineThemes();
    monaco.editor.setTheme(themeName(theme));
  }, [theme]);

  useEffect(() => {
    setExerciseTypes(types);
    return () => setExerciseTypes(undefined);
  }, [types]);

  // Marks the problem line: a squiggle with the message, a tinted line and a gutter glyph.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (!problem) {
      monaco.editor.setModelMarkers(model, 'roadbook', []);
      decorations.current?.clear();
      return;
    }
    const line = Math.min(Math.max(1, problem.location.line), model.getLineCount());
    const column = Math.min(Math.max(1, problem.location.column), model.getLineMaxColumn(line));
    monaco.editor.setModelMarkers(model, 'roadbook', [
      {
        severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: problem.message,
        startLineNumber: line,
        startColumn: column,
        endLineNumber: line,
        endColumn: Math.max(column + 1, model.getLineMaxColumn(line)),
      },
    ]);
    decorations.current?.clear();
    decorations.current = editor.createDecorationsCollection([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: `exercise-editor__${problem.severity}-line`, glyphMarginClassName: `exercise-editor__${problem.severity}-glyph` },
      },
    ]);
    editor.revealLineInCenterIfOutsideViewport(line);
  }, [problem]);

  useEffect(() => () => exposeForTests(undefined), []);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRunRef.current());
    exposeForTests(editor);
  };

  return (
    <Editor
      path={`file:///exercise/${exerciseId}/${fileName}`}
      language={language}
      value={value}
      theme={themeName(theme)}
      beforeMount={defineThemes}
      onMount={onMount}
      onChange={(next) => onChange(next ?? '')}
      options={{ ...OPTIONS, glyphMargin: true, ariaLabel: `Your solution, ${fileName}` }}
      loading={<div className="exercise-editor__loading">Loading the editor…</div>}
    />
  );
}

export interface SolutionDiffProps {
  readonly language: EditorLanguage;
  readonly mine: string;
  readonly proof: string;
  readonly theme: 'light' | 'dark';
}

/** Their code on the left, the reference solution on the right, read-only. */
export function SolutionDiff({ language, mine, proof, theme }: SolutionDiffProps) {
  return (
    <DiffEditor
      language={language}
      original={mine}
      modified={proof}
      theme={themeName(theme)}
      beforeMount={defineThemes}
      options={{ ...OPTIONS, readOnly: true, originalEditable: false, renderSideBySide: true, ariaLabel: 'Your code compared with a reference solution' }}
      loading={<div className="exercise-editor__loading">Loading the comparison…</div>}
    />
  );
}
