import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { api, expect, test } from './fixtures';


interface Snapshot {
  topics: Record<string, { status: string; notes?: string }>;
  levels: Record<string, unknown>;
  exercises: Record<string, unknown>;
  review: unknown;
  customTopics: unknown;
  activity: Record<string, { seconds: number; completed: number }>;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Two topics done and one being learned on the map, plus a note, a level and an exercise through the API. */
async function study(page: Page): Promise<{ done: string[]; learning: string; total: number }> {
  const nodes = page.getByTestId('topic-node');
  const total = await nodes.count();
  const done: string[] = [];
  for (const index of [0, 1]) {
    const node = nodes.nth(index);
    await node.click({ modifiers: ['Alt'] });
    await expect(node).toHaveAttribute('data-status', 'done');
    done.push((await node.getAttribute('data-topic-id'))!);
  }
  const third = nodes.nth(2);
  await third.click({ modifiers: ['Shift'] });
  await expect(third).toHaveAttribute('data-status', 'learning');
  const learning = (await third.getAttribute('data-topic-id'))!;
  await api(page, 'progress.setTopicNotes', { topicId: learning, notes: 'Notes that must survive export, reset and import.' });
  await api(page, 'progress.recordLevel', { levelId: 'first-commit', commands: 4, par: 3 });
  for (const status of ['fail', 'pass']) await api(page, 'progress.recordExerciseRun', { exerciseId: 'e2e-exercise', status });
  await api(page, 'progress.recordActivity', { seconds: 120 });
  return { done, learning, total };
}

async function expectDashboard(page: Page, done: number, learning: number, total: number): Promise<void> {
  await page.getByTestId('nav-progress').click();
  await expect(page.getByTestId('progress-overall')).toHaveText(`${done} of ${total} topics done`);
  await expect(page.getByTestId('progress-count-done').locator('dd')).toHaveText(String(done));
  await expect(page.getByTestId('progress-count-learning').locator('dd')).toHaveText(String(learning));
}

test('the dashboard shows what was done: statuses, practice, streak and today in the heatmap', async ({ openApp, page, consoleErrors }) => {
  await openApp();
  const { done, total } = await study(page);
  await expectDashboard(page, 2, 1, total);
  await expect(page.getByTestId('stat-practice')).toContainText('2 passed');
  await expect(page.getByTestId('stat-practice')).toContainText('1 exercise, 1 level');
  await expect(page.getByTestId('stat-streak')).toContainText('1 day');
  // The renderer's own heartbeat may add half a minute while the test runs.
  await expect(page.getByTestId('stat-week')).toContainText(/^.*[23] min/);
  // Two topics, a level and an exercise were finished today: four things, and two minutes of study.
  const cell = page.locator(`[data-testid="heatmap"] rect[data-date="${today()}"]`);
  await expect(cell).toHaveAttribute('data-level', '1');
  await expect(cell.locator('title')).toContainText(/[23] min studied, 4 finished or reviewed/);
  await expect(page.getByTestId('heatmap-summary')).toContainText('1 active day in the last year');
  const finished = page.getByTestId('recently-finished');
  const roadmap = await api<{ topics: Record<string, { title: string }> }>(page, 'content.roadmap');
  for (const id of done) await expect(finished).toContainText(roadmap.topics[id]!.title);
  await expect(finished.getByRole('button')).toHaveCount(4);
  expect(consoleErrors).toEqual([]);
});

test('export, reset and import bring everything back', async ({ openApp, page, dataDir, consoleErrors }) => {
  await openApp();
  const { learning, total } = await study(page);
  const before = await api<Snapshot>(page, 'progress.snapshot');

  await page.getByTestId('nav-settings').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('data-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^roadbook-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; schemaVersion: number; progress: Snapshot };
  expect(exported).toMatchObject({ format: 'roadbook-progress', schemaVersion: 2 });
  expect(exported.progress.topics[learning]?.notes).toBe('Notes that must survive export, reset and import.');

  // Reset, behind a typed confirmation.
  await page.getByTestId('data-reset').click();
  const confirm = page.getByTestId('reset-confirm');
  await expect(confirm).toBeDisabled();
  await page.getByTestId('reset-input').fill('reset');
  await confirm.click();
  await expect(page.getByTestId('reset-dialog')).toHaveCount(0);
  await expect(page.getByTestId('sidebar-done-count')).toHaveText('0');
  await expect(page.getByTestId('backup-row').first()).toContainText('Before a reset');
  await expectDashboard(page, 0, 0, total);

  // Import with a preview of what comes back.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('data-import-file').setInputFiles(file);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('import-mode-replace').check();
  const changes = page.getByTestId('import-changes');
  await expect(changes.locator('tr[data-category="topics"] td').first()).toHaveText('3');
  await expect(changes.locator('tr[data-category="notes"] td').first()).toHaveText('1');
  await page.getByTestId('import-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('sidebar-done-count')).toHaveText('2');
  await expect(page.getByTestId('backup-row').first()).toContainText('Before an import');

  const after = await api<Snapshot>(page, 'progress.snapshot');
  expect(after.topics).toEqual(before.topics);
  expect(after.levels).toEqual(before.levels);
  expect(after.exercises).toEqual(before.exercises);
  expect(after.review).toEqual(before.review);
  expect(after.customTopics).toEqual(before.customTopics);
  expect(Object.keys(after.activity)).toEqual(Object.keys(before.activity));
  await expectDashboard(page, 2, 1, total);
  await expect(page.getByTestId('stat-practice')).toContainText('2 passed');

  // The backup taken before the import holds the reset state; restoring it goes back there.
  await page.getByTestId('nav-settings').click();
  const beforeImport = page.getByTestId('backup-row').filter({ hasText: 'Before an import' }).first();
  await beforeImport.getByRole('button', { name: 'Restore' }).click();
  await page.getByTestId('restore-confirm').getByTestId('confirm-ok').click();
  await expect(page.getByTestId('sidebar-done-count')).toHaveText('0');
  await expect(page.getByTestId('backup-row').first()).toContainText('Before a restore');
  expect(consoleErrors).toEqual([]);
});

test('a file that is not a Roadbook export is refused and nothing changes', async ({ openApp, page, dataDir }) => {
  await openApp();
  await study(page);
  const before = await api<Snapshot>(page, 'progress.snapshot');
  const bad = path.join(dataDir, 'notes.json');
  fs.writeFileSync(bad, JSON.stringify({ hello: 'world' }));
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('data-import-file').setInputFiles(bad);
  await expect(page.getByTestId('import-refused')).toContainText('not a Roadbook progress export');
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  expect((await api<Snapshot>(page, 'progress.snapshot')).topics).toEqual(before.topics);
});

/** Serious and critical axe findings inside `selector`. */
test('the dashboard, a review card and the data settings pass an accessibility scan in both themes', async ({ openApp, page }) => {
  await openApp();
  await study(page);
  for (const theme of ['light', 'dark'] as const) {
    await api(page, 'progress.updateSettings', { theme });
    await page.reload();
    await page.getByTestId('nav-progress').click();
    await expect(page.getByTestId('heatmap')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="view-progress"]'), `progress, ${theme}`).toEqual([]);
    await page.getByTestId('nav-review').click();
    await expect(page.getByTestId('review-card')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-answer')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="view-review"]'), `review, ${theme}`).toEqual([]);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('backup-list').or(page.locator('.data-empty'))).toBeVisible();
    expect(await axeViolations(page, '.data-section'), `settings, ${theme}`).toEqual([]);
  }
});
