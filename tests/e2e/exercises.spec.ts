import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EXERCISES = path.resolve(import.meta.dirname, '..', '..', 'content', 'exercises');
const read = (slug: string, file: string) => fs.readFileSync(path.join(EXERCISES, slug, file), 'utf8');

// The editor is reachable from tests only when this flag is set before the page loads.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const page = globalThis as unknown as { location: { protocol: string }; sessionStorage: { setItem(key: string, value: string): void } };
    if (page.location.protocol === 'http:') page.sessionStorage.setItem('roadbook.e2e', '1');
  });
});

async function openExercise(page: Page, slug: string): Promise<void> {
  await page.getByTestId('nav-exercises').click();
  await expect(page.getByTestId('view-exercises')).toBeVisible();
  await page.getByTestId(`exercise-card-${slug}`).click();
  await expect(page.getByTestId('exercise-page')).toHaveAttribute('data-exercise-id', slug);
  await expect(page.locator('.exercise-editor .monaco-editor').first()).toBeVisible();
  await page.waitForFunction(() => Boolean((globalThis as { __roadbookEditor?: unknown }).__roadbookEditor));
}

/** Puts code into the editor through Monaco's own API, as a paste would. */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    (globalThis as unknown as { __roadbookEditor: { setValue(value: string): void } }).__roadbookEditor.setValue(text);
  }, code);
}

const editorValue = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __roadbookEditor: { getValue(): string } }).__roadbookEditor.getValue());

test('a correct solution passes every test, and the exercise is still done after a restart', async ({ openApp, page, host, consoleErrors, foreignRequests }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.resourceType() === 'worker') scripts.push(new URL(request.url()).pathname);
  });
  await openApp();
  // The roadmap opens without Monaco: the editor's code is fetched only with the first exercise.
  expect(scripts.filter((name) => /editor|monaco|worker/i.test(name))).toEqual([]);
  await openExercise(page, 'sum-of-order-totals');
  expect(scripts.some((name) => /code-editor/.test(name))).toBe(true);
  const proof = read('sum-of-order-totals', 'proof.js');
  await setCode(page, proof);
  await page.getByTestId('exercise-run').click();

  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'pass');
  const tests = page.getByTestId('exercise-test');
  await expect(tests).toHaveCount(4);
  for (const row of await tests.all()) await expect(row).toHaveAttribute('data-status', 'pass');
  await expect(page.getByTestId('exercise-results-summary')).toHaveText('All 4 tests passed');

  // Close the page first, as quitting the app would, so nothing calls the host while it restarts.
  await page.goto('about:blank');
  await host.restart();
  await page.goto(host.current.url);
  await page.getByTestId('nav-exercises').click();
  await expect(page.getByTestId('exercise-card-sum-of-order-totals').locator('[data-status="passed"]')).toHaveText('Passed');
  await page.getByLabel('Status').selectOption('passed');
  await expect(page.locator('[data-testid^="exercise-card-"]')).toHaveCount(1);
  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Kind').selectOption('sql');
  for (const card of await page.locator('[data-testid^="exercise-card-"]').all()) await expect(card.locator('.exercise-kind')).toHaveText('SQL');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('exercise-card-sum-of-order-totals').click();
  await page.waitForFunction(() => Boolean((globalThis as { __roadbookEditor?: unknown }).__roadbookEditor));
  expect(await editorValue(page)).toBe(proof);
  // A pass unlocks the reference solution, shown as a diff against the learner's code.
  await page.getByTestId('exercise-compare').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('a wrong solution shows which test failed and why', async ({ openApp, page, consoleErrors }) => {
  await openApp();
  await openExercise(page, 'health-check-endpoint');
  await setCode(
    page,
    "export async function handle(request: Request): Promise<Response> {\n  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });\n}\n",
  );
  // Run from the keyboard, inside the editor.
  await page.locator('.exercise-editor .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+Enter');

  const failing = page.locator('[data-testid="exercise-test"][data-status="fail"]');
  await expect(failing).toHaveCount(2);
  await expect(failing.nth(0)).toContainText('refuses other methods with 405 and an Allow header');
  await expect(failing.nth(0)).toContainText('Expected: 405');
  await expect(failing.nth(0)).toContainText('Actual:   200');
  await expect(failing.nth(1)).toContainText('answers unknown paths with a JSON 404');
  await expect(page.getByTestId('exercise-results-summary')).toHaveText('3 of 5 tests passed');
  expect(consoleErrors).toEqual([]);
});

test('a syntax error is marked on its line, and the editor type-checks TypeScript', async ({ openApp, page, consoleErrors }) => {
  await openApp();
  await openExercise(page, 'health-check-endpoint');
  await setCode(page, 'export async function handle(request: Request): Promise<Response> {\n  return new Response(;\n}\n');
  await page.getByTestId('exercise-run').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('exercise-verdict')).toContainText('Syntax error in solution.ts on line 2');
  await expect(page.locator('.exercise-editor__error-line')).toHaveCount(1);

  // The TypeScript worker runs under the app's CSP and knows the Fetch API types.
  await setCode(page, "export async function handle(request: Request): Promise<Response> {\n  return request.mehtod;\n}\n");
  await expect(page.locator('.exercise-editor__error-line')).toHaveCount(0);
  await expect(page.locator('.exercise-editor .squiggly-error').first()).toBeVisible({ timeout: 20_000 });

  // A runtime error inside the learner's file is named in the test and marked on its line.
  await setCode(page, 'export async function handle(request: Request): Promise<Response> {\n  const body = null as unknown as { value: string };\n  return new Response(body.value);\n}\n');
  await page.getByTestId('exercise-run').click();
  await expect(page.locator('[data-testid="exercise-test"][data-status="error"]').first()).toContainText('(line 3 of your code)');
  await expect(page.locator('.exercise-editor__warning-line')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('hints one at a time, the solution after three runs, reset with a confirmation', async ({ openApp, page }) => {
  await openApp();
  await openExercise(page, 'select-active-users');
  const hints = page.getByTestId('exercise-hints');
  await expect(hints.locator('.exercise-hint')).toHaveCount(0);
  await page.getByTestId('exercise-hint-next').click();
  await expect(hints.locator('.exercise-hint')).toHaveCount(1);
  await page.getByTestId('exercise-hint-next').click();
  await expect(hints.locator('.exercise-hint')).toHaveCount(2);
  await expect(hints.locator('.exercise-hint').nth(1)).toContainText('SELECT email, name FROM users');

  await expect(page.getByTestId('exercise-compare')).toHaveCount(0);
  for (let run = 1; run <= 3; run += 1) {
    await page.getByTestId('exercise-run').click();
    await expect(page.locator('.exercise-header__attempts')).toHaveText(`${run} run${run === 1 ? '' : 's'}`);
  }
  await expect(page.locator('[data-testid="exercise-test"][data-status="fail"]').first()).toContainText('Expected the columns "email", "name"');
  await page.getByTestId('exercise-compare').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Back to my code' }).first().click();
  await page.waitForFunction(() => Boolean((globalThis as { __roadbookEditor?: unknown }).__roadbookEditor));

  await setCode(page, 'SELECT 1;');
  await page.getByTestId('exercise-reset').click();
  await page.getByTestId('exercise-reset-confirm').getByTestId('confirm-ok').click();
  expect(await editorValue(page)).toBe(read('select-active-users', 'starter.sql'));
});

test('the exercise view in both themes (screenshots)', async ({ openApp, page }, testInfo) => {
  // ROADBOOK_SCREENSHOT_DIR keeps the pictures somewhere another test run will not clear.
  const shot = (name: string) => {
    const dir = process.env.ROADBOOK_SCREENSHOT_DIR;
    return dir ? path.join(dir, name) : testInfo.outputPath(name);
  };
  await openApp();
  await openExercise(page, 'health-check-endpoint');
  await setCode(page, read('health-check-endpoint', 'starter.ts'));
  await page.getByTestId('exercise-run').click();
  await expect(page.locator('[data-testid="exercise-test"][data-status="fail"]').first()).toBeVisible();
  await page.getByTestId('exercise-hint-next').click();
  for (const theme of ['light', 'dark'] as const) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme) await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator(`.monaco-editor.${theme === 'dark' ? 'vs-dark' : 'vs'}`).first()).toBeVisible();
    await page.screenshot({ path: shot(`exercise-${theme}.png`) });
  }
  await page.getByTestId('exercise-run').click();
  await page.getByTestId('exercise-run').click();
  await page.getByTestId('exercise-compare').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await page.locator('.exercise-brief__scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await page.screenshot({ path: shot('exercise-diff-dark.png') });
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('nav-exercises').click();
  await page.screenshot({ path: shot('exercise-list-light.png') });
});
