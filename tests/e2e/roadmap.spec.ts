import { expect, test } from './fixtures';

test('a topic status is saved and survives a restart of the web host', async ({ openApp, page, host, consoleErrors }) => {
  await openApp();
  const node = page.getByTestId('topic-node').first();
  const topicId = await node.getAttribute('data-topic-id');
  await expect(node).toHaveAttribute('data-status', 'not-started');
  await node.click();
  const panel = page.getByTestId('topic-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('status-done').click();
  await expect(panel.getByTestId('status-done')).toHaveAttribute('aria-pressed', 'true');
  await expect(node).toHaveAttribute('data-status', 'done');

  await host.restart();
  await page.goto(host.current.url);
  const again = page.locator(`[data-testid="topic-node"][data-topic-id="${topicId}"]`);
  await expect(again).toHaveAttribute('data-status', 'done');
  await again.click();
  await expect(page.getByTestId('topic-panel').getByTestId('status-done')).toHaveAttribute('aria-pressed', 'true');
  expect(consoleErrors).toEqual([]);
});

test('the topic panel shows the explanation and closes with Escape', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('topic-node').first().click();
  const panel = page.getByTestId('topic-panel');
  await expect(panel.locator('p').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
