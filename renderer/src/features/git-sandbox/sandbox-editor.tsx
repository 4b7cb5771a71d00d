/**
 * Monaco for the sandbox: a work-tree file (conflict regions highlighted while markers remain)
 * or the interactive-rebase plan. Loaded lazily; it shares the exercise page's Monaco setup,
 * which points @monaco-editor/react at the bundled editor (never a CDN).
 */
import { Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { defineThemes, monaco } from '../exercises/monaco-setup';
import { conflictRegions } from './conflict-regions';

export interface SandboxEditorProps {
  /** Model path, unique per repository and file. */
  readonly modelPath: string;
  readonly fileName: string;
  readonly value: string;
  readonly theme: 'light' | 'dark';
  readonly readOnly?: boolean;
  readonly onChange: (value: string) => void;
  readonly onSave: () => void;
  /** Reports how many conflict regions (<<<<<<< … >>>>>>>) the text still has. */
  readonly onConflicts?: (count: number) => void;
}

const LANGUAGES: Record<string, string> = {
  md: 'markdown',
  js: 'javascript',
  mjs: 'javascript',
  ts: 'typescript',
  json: 'json',
  css: 'css',
  html: 'html',
  py: 'python',
  yml: 'yaml',
  yaml: 'yaml',
  sh: 'shell',
  sql: 'sql',
  go: 'go',
  java: 'java',
  rb: 'ruby',
  rs: 'rust',
};

function languageOf(fileName: string): string {
  if (fileName === 'git-rebase-todo') return 'git-rebase-todo';
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  return LANGUAGES[ext] ?? 'plaintext';
}

let rebaseLanguage = false;
/** Colours the rebase plan: the action word, the commit id, comments. */
function registerRebaseLanguage(): void {
  if (rebaseLanguage) return;
  rebaseLanguage = true;
  monaco.languages.register({ id: 'git-rebase-todo' });
  monaco.languages.setMonarchTokensProvider('git-rebase-todo', {
    tokenizer: {
      root: [
        [/#.*$/, 'comment'],
        [/(pick|reword|edit|squash|fixup|drop|p|r|e|s|f|d)(?=\s)/, { token: 'keyword', next: '@commit' }],
      ],
      commit: [
        [/\s+/, ''],
        [/[0-9a-f]{4,40}/, { token: 'number', next: '@subject' }],
        [/.*$/, { token: '', next: '@popall' }],
      ],
      subject: [[/.*$/, { token: 'string', next: '@popall' }]],
    },
  });
}

const OPTIONS = {
  fontSize: 13,
  fontFamily: "ui-monospace, 'SF Mono', SFMono-Regular, Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  padding: { top: 10, bottom: 10 },
  renderLineHighlight: 'line',
  fixedOverflowWidgets: true,
  wordWrap: 'on',
} as const;

const themeName = (theme: 'light' | 'dark') => (theme === 'dark' ? 'roadbook-dark' : 'roadbook-light');

export default function SandboxEditor({ modelPath, fileName, value, theme, readOnly, onChange, onSave, onConflicts }: SandboxEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | undefined>(undefined);
  const handlers = useRef({ onSave, onConflicts });
  handlers.current = { onSave, onConflicts };
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    defineThemes();
    monaco.editor.setTheme(themeName(theme));
  }, [theme]);

  // Highlights each conflict region: our side, the divider, their side.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const paint = () => {
      const regions = conflictRegions(model.getLinesContent());
      handlers.current.onConflicts?.(regions.length);
      const whole = (from: number, to: number, className: string, hover?: string): monaco.editor.IModelDeltaDecoration[] =>
        to < from ? [] : [{ range: new monaco.Range(from, 1, to, 1), options: { isWholeLine: true, className, ...(hover ? { hoverMessage: { value: hover } } : {}) } }];
      decorations.current?.clear();
      decorations.current = editor.createDecorationsCollection(
        regions.flatMap((r) => [
          ...whole(r.start, r.start, 'git-conflict-marker git-conflict-marker--ours', 'Your side (HEAD) starts here'),
          ...whole(r.start + 1, r.middle - 1, 'git-conflict-ours'),
          ...whole(r.middle, r.middle, 'git-conflict-marker'),
          ...whole(r.middle + 1, r.end - 1, 'git-conflict-theirs'),
          ...whole(r.end, r.end, 'git-conflict-marker git-conflict-marker--theirs', 'The incoming side ends here'),
        ]),
      );
    };
    paint();
    const listener = model.onDidChangeContent(paint);
    return () => listener.dispose();
  }, [mounted, modelPath]);

  useEffect(
    () => () => {
      if (sessionStorage.getItem('roadbook.e2e') === '1') (window as unknown as { __roadbookGitEditor?: unknown }).__roadbookGitEditor = undefined;
    },
    [],
  );

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => handlers.current.onSave());
    if (sessionStorage.getItem('roadbook.e2e') === '1') (window as unknown as { __roadbookGitEditor?: unknown }).__roadbookGitEditor = editor;
    editor.focus();
    setMounted(true);
  };

  return (
    <Editor
      path={modelPath}
      language={languageOf(fileName)}
      value={value}
      theme={themeName(theme)}
      beforeMount={() => {
        defineThemes();
        registerRebaseLanguage();
      }}
      onMount={onMount}
      onChange={(next) => onChange(next ?? '')}
      options={{ ...OPTIONS, readOnly: readOnly ?? false, ariaLabel: `Editing ${fileName}` }}
      loading={<div className="git-editor__loading">Loading the editor…</div>}
    />
  );
}
