import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { startHost } from './web-host-process';

test('a corrupt progress.json is moved aside and the learner is told where it went', async ({ page, dataDir }) => {
  fs.writeFileSync(path.join(dataDir, 'progress.json'), '{"schemaVersion":1,"topics":{');
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toBeVisible();
    const moved = fs.readdirSync(dataDir).filter((name) => name.includes('corrupt'));
    expect(moved).toHaveLength(1);
    await expect(notice).toContainText(moved[0]!);
    expect(fs.readFileSync(path.join(dataDir, moved[0]!), 'utf8')).toBe('{"schemaVersion":1,"topics":{');
    await expect(page.getByTestId('topic-node').first()).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('a data folder that cannot be written is reported, and the app keeps working in memory', async ({ page, dataDir }) => {
  const blocker = path.join(dataDir, 'not-a-folder');
  fs.writeFileSync(blocker, 'a file where the data folder should be');
  const host = await startHost(path.join(blocker, 'Roadbook'));
  try {
    await page.goto(host.url);
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('part of its path is a file, not a folder');
    await page.getByTestId('welcome-start').click();
    await expect(notice.getByTestId('storage-notice-dismiss')).toHaveCount(0);
    const node = page.getByTestId('topic-node').first();
    await node.click({ modifiers: ['Alt'] });
    await expect(node).toHaveAttribute('data-status', 'done');
    expect(fs.readFileSync(blocker, 'utf8')).toBe('a file where the data folder should be');
  } finally {
    await host.stop();
  }
});
