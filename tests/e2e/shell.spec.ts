import { expect, test } from './fixtures';

test('opens with no console errors and no request to any host but 127.0.0.1', async ({ openApp, consoleErrors, foreignRequests }) => {
  const page = await openApp({ skipWelcome: false });
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('welcome-start').click();
  for (const name of ['Git sandbox', 'Exercises', 'Review', 'Progress', 'Settings', 'Roadmap']) {
    await page.getByRole('navigation').getByRole('link', { name }).or(page.getByRole('navigation').getByRole('button', { name })).first().click();
  }
  await expect(page.getByTestId('roadmap')).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the first-run welcome is shown once', async ({ openApp, page, host }) => {
  await openApp({ skipWelcome: false });
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('welcome-start').click();
  await host.restart();
  await page.goto(host.current.url);
  await expect(page.getByTestId('topic-node').first()).toBeVisible();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
});

test('keyboard shortcuts move between views and the theme toggle is remembered', async ({ openApp, page, host }) => {
  await openApp();
  await page.keyboard.press('Control+5');
  await expect(page.getByTestId('view-progress')).toBeVisible();
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('view-settings')).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByTestId('roadmap')).toBeVisible();

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await host.restart();
  await page.goto(host.current.url);
  await expect(page.getByTestId('topic-node').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
