/**
 * axe-core on the practice screens, in both themes: the git sandbox home, a level in
 * progress, the exercise list and an exercise after a failing run. Serious or critical
 * findings (missing names, poor contrast, unreachable scroll areas) fail the test.
 */
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility problems in the git sandbox (${scheme})`, async ({ openApp, page, consoleErrors }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);

    await page.getByTestId('nav-git').click();
    await expect(page.getByTestId('git-levels')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="view-git"]')).toEqual([]);
    await page.getByTestId('git-tab-sandboxes').click();
    await expect(page.getByTestId('git-sandboxes')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="view-git"]')).toEqual([]);

    // A level with history, branches and a command typed into the terminal.
    await page.goto(`${page.url().split('#')[0]}#/git/level/first-conflict`);
    await expect(page.getByTestId('view-git-level')).toHaveAttribute('data-level-id', 'first-conflict');
    await expect(page.getByTestId('git-commit')).toHaveCount(3);
    await page.getByTestId('git-terminal').click();
    await page.keyboard.type('git status', { delay: 5 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('git-terminal')).toContainText('On branch main');
    expect(await axeViolations(page, '[data-testid="view-git-level"]')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`no serious or critical accessibility problems in the exercises (${scheme})`, async ({ openApp, page, consoleErrors }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);

    await page.getByTestId('nav-exercises').click();
    await expect(page.getByTestId('view-exercises')).toBeVisible();
    await expect(page.getByTestId('exercise-card-sum-of-order-totals')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="view-exercises"]')).toEqual([]);

    // The starter code fails some tests: the page then shows the editor and failing results.
    await page.getByTestId('exercise-card-sum-of-order-totals').click();
    await expect(page.getByTestId('exercise-page')).toHaveAttribute('data-exercise-id', 'sum-of-order-totals');
    await expect(page.locator('.exercise-editor .monaco-editor').first()).toBeVisible();
    await page.getByTestId('exercise-run').click();
    await expect(page.getByTestId('exercise-results-summary')).toHaveText('2 of 4 tests passed');
    await expect(page.locator('[data-testid="exercise-test"][data-status="fail"]').first()).toBeVisible();
    expect(await axeViolations(page, '[data-testid="exercise-page"]')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
