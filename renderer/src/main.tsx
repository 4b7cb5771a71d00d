/** Renderer entry: the shared styles first, the theme before first paint, then the app. */
import './app/theme.css';
import './app/base.css';
import './app/shell.css';
import './app/dialogs.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, cachedTheme, effectiveTheme } from './app/theme';

applyTheme(effectiveTheme(cachedTheme(), window.matchMedia('(prefers-color-scheme: dark)').matches));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
