/**
 * Runs axe-core in the page and returns its serious and critical findings as readable lines,
 * so a spec can expect an empty list and a failure says what is wrong and where.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // A fade-in measured halfway reads as low contrast: let running animations finish first.
  // (Endless ones, such as a pulsing HEAD marker, are skipped; the wait is capped at a second.)
  await page.evaluate(() => {
    type Running = { finished: Promise<unknown>; effect: { getComputedTiming(): { endTime?: number | string } } | null };
    const doc = (globalThis as unknown as { document: { getAnimations(): Running[] } }).document;
    const finite = doc.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    const done = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
  // page.evaluate runs through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const run = await axe.run({ include: [include] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, selector);
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);
}
