import { expect, test } from './fixtures';

test('a request without the token is refused and changes nothing', async ({ openApp, page, host }) => {
  await openApp();
  const node = page.getByTestId('topic-node').first();
  const topicId = (await node.getAttribute('data-topic-id'))!;
  const refused = await page.evaluate(async (id) => {
    const response = await fetch('/api/progress.setTopicStatus', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ topicId: id, status: 'done' }),
    });
    return { status: response.status, body: await response.json() };
  }, topicId);
  expect(refused).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthorized' } } });

  await page.goto(host.current.url);
  await expect(page.locator(`[data-testid="topic-node"][data-topic-id="${topicId}"]`)).toHaveAttribute('data-status', 'not-started');
});

test('the token is taken out of the address bar once read', async ({ openApp, page }) => {
  await openApp();
  expect(page.url()).not.toContain('token=');
});
