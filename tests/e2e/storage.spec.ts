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
