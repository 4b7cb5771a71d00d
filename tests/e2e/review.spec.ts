import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';


/** Marks the first topic on the map done with Alt+click and returns its id and card count. */
async function finishFirstTopic(page: Page): Promise<{ topicId: string; cards: number }> {
  const node = page.getByTestId('topic-node').first();
  const topicId = (await node.getAttribute('data-topic-id'))!;
  await node.click({ modifiers: ['Alt'] });
  await expect(node).toHaveAttribute('data-status', 'done');
  const roadmap = await api<{ topics: Record<string, { cards: unknown[] }> }>(page, 'content.roadmap');
  return { topicId, cards: roadmap.topics[topicId]!.cards.length };
}

test('a finished topic brings its cards to review; a session ends with the next due dates shown', async ({ openApp, page, consoleErrors }) => {
  await openApp();
  const { topicId, cards } = await finishFirstTopic(page);
  expect(cards).toBeGreaterThanOrEqual(3);

  const badge = page.getByTestId('review-due-badge');
  await expect(badge).toHaveText(String(cards));
  await page.getByTestId('nav-review').click();
  await expect(page.getByTestId('view-review')).toBeVisible();
  await expect(page.getByTestId('review-position')).toHaveText(`Card 1 of ${cards}`);

  for (let i = 0; i < cards; i += 1) {
    const card = page.getByTestId('review-card');
    await expect(card).toHaveAttribute('data-card-id', new RegExp(`^${topicId}/`));
    await expect(page.getByTestId('review-answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-answer')).toBeVisible();
    // The first card is answered Good (back in minutes, still learning); the rest Easy (back in days).
    const rating = i === 0 ? 'good' : 'easy';
    const interval = await page.getByTestId(`review-rate-${rating}`).locator('.rating__interval').textContent();
    expect(interval).toMatch(i === 0 ? /min$/ : /days?$/);
    await page.keyboard.press(i === 0 ? '3' : '4');
    if (i < cards - 1) {
      await expect(page.getByTestId('review-position')).toHaveText(`Card ${i + 2} of ${cards}`);
      await expect(page.getByTestId('review-last')).toContainText(i === 0 ? /comes back in \d+ minutes/ : /comes back (tomorrow|on )/);
    }
  }

  const done = page.getByTestId('review-empty');
  await expect(done).toContainText('Session complete');
  await expect(page.getByTestId('review-next-due')).toContainText(/The next card is due in \d+ minutes/);
  const rows = page.getByTestId('review-session-row');
  await expect(rows).toHaveCount(cards);
  await expect(rows.first()).toContainText(/in \d+ minutes/);
  await expect(rows.nth(1)).toContainText(/tomorrow|on /);
  await expect(badge).toHaveCount(0);

  // The answers are saved: the store holds an FSRS state and a log entry for every card.
  const snapshot = await api<{ review: { cards: Record<string, { reps: number }>; log: { rating: string }[] }; activity: Record<string, { completed: number }> }>(page, 'progress.snapshot');
  expect(Object.keys(snapshot.review.cards)).toHaveLength(cards);
  expect(snapshot.review.log.map((entry) => entry.rating)).toEqual(['good', ...Array<string>(cards - 1).fill('easy')]);
  expect(Object.values(snapshot.activity)[0]!.completed).toBe(1 + cards);

  // After a reload nothing is due now, and the page says when the next card is.
  await page.reload();
  await expect(page.getByTestId('review-empty')).toContainText('All caught up');
  await expect(page.getByTestId('review-next-due')).toContainText(/in \d+ minutes/);
  expect(consoleErrors).toEqual([]);
});

test('a card can be suspended and brought back', async ({ openApp, page }) => {
  await openApp();
  const { cards } = await finishFirstTopic(page);
  await page.getByTestId('nav-review').click();
  const first = await page.getByTestId('review-card').getAttribute('data-card-id');
  await page.getByTestId('review-suspend').click();
  await expect(page.getByTestId('review-card')).not.toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('review-subtitle')).toContainText(`${cards - 1} cards due now`);
  await expect(page.getByTestId('review-due-badge')).toHaveText(String(cards - 1));
  const suspended = page.getByTestId('review-suspended');
  await suspended.locator('summary').click();
  await suspended.getByRole('button', { name: 'Bring back' }).click();
  await expect(page.getByTestId('review-subtitle')).toContainText(`${cards} cards due now`);
  await expect(suspended).toHaveCount(0);
});

test('with nothing finished, review explains where cards come from', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('nav-review').click();
  await expect(page.getByTestId('review-empty')).toContainText('No cards yet');
  await expect(page.getByTestId('review-due-badge')).toHaveCount(0);
});
