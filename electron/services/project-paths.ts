/** Paths inside the project checkout, for the runtimes that run from source (web host, CLI). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The learning content; `ROADBOOK_CONTENT_DIR` points elsewhere (content authoring, fixtures). */
export const CONTENT_DIR = process.env.ROADBOOK_CONTENT_DIR ? path.resolve(process.env.ROADBOOK_CONTENT_DIR) : path.join(PROJECT_ROOT, 'content');
export const RENDERER_BUILD_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');

/** The version in package.json, read once. */
export const APP_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
