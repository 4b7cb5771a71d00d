/** Builds the app once before the end-to-end specs (skip with ROADBOOK_SKIP_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.ROADBOOK_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
}
