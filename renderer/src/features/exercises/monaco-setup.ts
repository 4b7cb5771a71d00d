/**
 * Monaco, set up once, from the bundled package only: @monaco-editor/react is pointed at this
 * instance with `loader.config({ monaco })`, so it never fetches the editor from a CDN. Workers
 * are Vite worker bundles served from the app's own origin (the CSP allows `worker-src 'self'`).
 * This module is large: it is only imported lazily, by the exercise page.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'typescript' || label === 'javascript' ? new TypeScriptWorker({ name: label }) : new EditorWorker({ name: label });
  },
};

const { typescript } = monaco;

// The learner's file is an ES module run with modern JavaScript and the Fetch API.
const compilerOptions = {
  target: typescript.ScriptTarget.ES2020,
  module: typescript.ModuleKind.ESNext,
  moduleResolution: typescript.ModuleResolutionKind.NodeJs,
  lib: ['es2023', 'dom', 'dom.iterable'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  isolatedModules: true,
};
typescript.typescriptDefaults.setCompilerOptions(compilerOptions);
typescript.javascriptDefaults.setCompilerOptions({ ...compilerOptions, allowJs: true, checkJs: false, strict: false });
// JavaScript exercises get syntax errors and completion, not type errors they cannot fix.
typescript.javascriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
typescript.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });

loader.config({ monaco });

/** Editor themes on the app's own surfaces (the --surface and --text-3 tokens of theme.css). */
export function defineThemes(): void {
  monaco.editor.defineTheme('roadbook-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff', 'editorLineNumber.foreground': '#6b6b78', 'editorLineNumber.dimmedForeground': '#74747f', 'editor.lineHighlightBackground': '#f6f6f8' },
  });
  monaco.editor.defineTheme('roadbook-dark', {
    base: 'vs-dark',
    inherit: true,
    // A lighter comment green than vs-dark's, readable on the highlighted line too.
    rules: [{ token: 'comment', foreground: '7fa86f' }],
    colors: { 'editor.background': '#1c1c21', 'editorGutter.background': '#1c1c21', 'editorLineNumber.foreground': '#9a9aa6', 'editorLineNumber.dimmedForeground': '#85858f', 'editor.lineHighlightBackground': '#24242a' },
  });
}

/** Declarations for the exercise's own API (its types.d.ts), replaced per exercise. */
let extraLibs: monaco.IDisposable[] = [];
export function setExerciseTypes(types: string | undefined): void {
  for (const lib of extraLibs) lib.dispose();
  extraLibs = types
    ? [typescript.typescriptDefaults, typescript.javascriptDefaults].map((defaults) => defaults.addExtraLib(types, 'file:///exercise/exercise-types.d.ts'))
    : [];
}

export { monaco };
