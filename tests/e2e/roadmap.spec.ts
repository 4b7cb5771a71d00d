import { loadRoadmap } from '../../electron/services/content/roadmap-loader';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { axeViolations } from './axe';
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

// ---- The full roadmap: map, search, notes, checklist, accessibility ----


const content = loadRoadmap(CONTENT_DIR);

/** A word found in exactly one topic, only in its explanation: proof that search reads bodies. */
function wordOnlyInOneExplanation(): { word: string; topicId: string } {
  const topics = Object.values(content.topics);
  const everywhere = (t: (typeof topics)[number]) => [t.title, t.summary, t.checklist.join(' '), t.cards.map((c) => `${c.q} ${c.a}`).join(' ')].join(' ').toLowerCase();
  for (const topic of topics) {
    const words = new Set(topic.body.toLowerCase().match(/\b[a-z]{9,}\b/g) ?? []);
    for (const word of words) {
      if (everywhere(topic).includes(word)) continue;
      if (topics.every((other) => other.id === topic.id || (!other.body.toLowerCase().includes(word) && !everywhere(other).includes(word)))) return { word, topicId: topic.id };
    }
  }
  throw new Error('no distinctive word found');
}

test('the map shows every topic of the roadmap, in every section', async ({ openApp, page }) => {
  await openApp();
  const ids = content.sections.flatMap((s) => s.topicIds);
  expect(ids.length).toBeGreaterThanOrEqual(150);
  await expect(page.getByTestId('topic-node')).toHaveCount(ids.length);
  await expect(page.getByTestId('roadmap-section')).toHaveCount(content.sections.length);
  const shown = await page.getByTestId('topic-node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-topic-id')));
  expect(new Set(shown)).toEqual(new Set(ids));
  // Fit shows the whole map: the last topic is inside the viewport without scrolling.
  await page.getByTestId('zoom-fit').click();
  const last = page.locator(`[data-testid="topic-node"][data-topic-id="${ids.at(-1)}"]`);
  await expect(last).toBeInViewport();
});

test('search finds a topic by a word from its explanation and opens it', async ({ openApp, page }) => {
  const { word, topicId } = wordOnlyInOneExplanation();
  await openApp();
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-open-input').fill(word);
  const first = page.getByTestId('quick-open-item').first();
  await expect(first).toHaveAttribute('data-topic-id', topicId);
  await expect(first).toContainText(new RegExp(word, 'i'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('topic-panel')).toHaveAttribute('data-topic-id', topicId);
  await expect(page.getByTestId('topic-body')).toContainText(new RegExp(word, 'i'));
});

test('a note typed on a topic is there after a restart, and search finds it', async ({ openApp, page, host, consoleErrors }) => {
  await openApp();
  await page.locator('[data-testid="topic-node"][data-topic-id="http"]').click();
  const notes = page.getByTestId('topic-notes');
  await notes.fill('Remember the **zebracorn** rule: GET never changes state.');
  await expect(page.getByTestId('notes-state')).toContainText('Saved');

  await host.restart();
  await page.goto(host.current.url);
  await page.locator('[data-testid="topic-node"][data-topic-id="http"]').click();
  await expect(page.getByTestId('notes-rendered')).toContainText('Remember the zebracorn rule');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByTestId('quick-open-input').fill('zebracorn');
  await expect(page.getByTestId('quick-open-item').first()).toHaveAttribute('data-kind', 'note');
  expect(consoleErrors).toEqual([]);
});

test("a checklist tick and a status change move the section's progress ring", async ({ openApp, page }) => {
  await openApp();
  const section = content.sections[0]!;
  const ring = page.locator(`[data-testid="roadmap-section"][data-section-id="${section.id}"]`).getByTestId('section-percent');
  await expect(ring).toHaveText('0%');
  await page.locator(`[data-testid="topic-node"][data-topic-id="${section.topicIds[0]}"]`).click();
  const panel = page.getByTestId('topic-panel');
  await panel.getByTestId('checklist-item').first().check();
  await expect(panel.getByTestId('checklist-count')).toContainText('1 of');
  const percentNow = async () => Number((await ring.textContent())!.replace('%', ''));
  await expect.poll(percentNow).toBeGreaterThan(0);
  const afterTick = await percentNow();
  await panel.getByTestId('status-done').click();
  await expect.poll(percentNow).toBeGreaterThan(afterTick);
  await expect(page.locator(`[data-testid="roadmap-section"][data-section-id="${section.id}"]`).getByTestId('section-count')).toHaveText(`1/${section.topicIds.length} done`);
});

test('filters: a status dims the other topics, a section shows only that section', async ({ openApp, page }) => {
  await openApp();
  const first = content.sections[0]!.topicIds[0]!;
  await page.locator(`[data-testid="topic-node"][data-topic-id="${first}"]`).click({ modifiers: ['Alt'] });
  await expect(page.locator(`[data-testid="topic-node"][data-topic-id="${first}"]`)).toHaveAttribute('data-status', 'done');
  await page.getByTestId('filter-done').click();
  await expect(page.locator('.topic-node--dimmed')).toHaveCount(content.sections.flatMap((s) => s.topicIds).length - 1);
  await page.getByTestId('filter-all').click();
  const target = content.sections[3]!;
  await page.getByTestId('section-filter').selectOption(target.id);
  await expect(page.getByTestId('roadmap-section')).toHaveCount(1);
  await expect(page.getByTestId('topic-node')).toHaveCount(target.topicIds.length);
});

test('the learner adds their own topic and link, and both survive a restart', async ({ openApp, page, host }) => {
  await openApp();
  const section = content.sections[1]!;
  await page.locator(`[data-testid="add-custom-topic"][data-section-id="${section.id}"]`).click();
  await page.getByTestId('custom-topic-title').fill('eBPF for curious backend developers');
  await page.getByTestId('custom-topic-save').click();
  const panel = page.getByTestId('topic-panel');
  await expect(panel).toContainText('eBPF for curious backend developers');
  await panel.getByTestId('link-add').click();
  await panel.getByTestId('link-url').fill('https://ebpf.io/what-is-ebpf/');
  await panel.getByTestId('link-save').click();
  await expect(panel.getByTestId('topic-link')).toContainText('ebpf.io');

  await host.restart();
  await page.goto(host.current.url);
  const node = page.getByTestId('topic-node').filter({ hasText: 'eBPF for curious backend developers' });
  await expect(node).toHaveCount(1);
  await node.click();
  await expect(page.getByTestId('topic-panel').getByTestId('topic-link')).toContainText('ebpf.io');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility problems on the map and the topic panel (${scheme})`, async ({ openApp, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp();
    expect(await axeViolations(page, '[data-testid="roadmap"]')).toEqual([]);
    await page.locator('[data-testid="topic-node"][data-topic-id="http"]').click();
    await expect(page.getByTestId('topic-body')).toBeVisible();
    expect(await axeViolations(page, '[data-testid="topic-panel"]')).toEqual([]);
  });
}

test('the roadmap opens without loading the code editor or the schema library, which stay with the views and services that need them', async ({ page, host }) => {
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.text() });
  });
  await page.goto(host.current.url);
  await expect(page.getByTestId('topic-node').first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(scripts.length).toBeGreaterThan(0);
  // Monaco's own code reads MonacoEnvironment; none of the scripts loaded at start may contain it.
  const withMonaco: string[] = [];
  for (const script of scripts) if ((await script.body).includes('MonacoEnvironment')) withMonaco.push(script.url);
  expect(withMonaco).toEqual([]);
  // zod validates on the service side; the renderer's typed client needs none of it at start.
  const withZod: string[] = [];
  for (const script of scripts) if ((await script.body).includes('ZodError')) withZod.push(script.url);
  expect(withZod).toEqual([]);
});
