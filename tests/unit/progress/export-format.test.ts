import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMAT, exportFileName, parseExport } from '../../../electron/services/progress/export-format';
import { STORE_SCHEMA_VERSION } from '../../../electron/shared/schemas';
import { store, T0 } from './helpers';

const sample = store({ topics: { dns: { status: 'done', updatedAt: T0.toISOString(), notes: 'Port 53' } } });
const good = () => JSON.parse(buildExport(sample, T0, '1.2.3')) as Record<string, unknown>;
const refuse = (text: string) => {
  const result = parseExport(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
};

describe('export format', () => {
  it('writes a tagged, versioned file that reads back to the same store', () => {
    const document = good();
    expect(document).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: STORE_SCHEMA_VERSION, exportedAt: T0.toISOString(), app: { version: '1.2.3' } });
    const back = parseExport(JSON.stringify(document));
    expect(back).toEqual({ ok: true, store: sample, exportedAt: T0.toISOString(), schemaVersion: STORE_SCHEMA_VERSION });
    expect(exportFileName(new Date(2026, 0, 5))).toBe('roadbook-progress-2026-01-05.json');
  });

  it('reads an export from schema v1 by migrating it', () => {
    const v1 = { format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: T0.toISOString(), progress: { schemaVersion: 1, topics: { git: { status: 'learning', updatedAt: 'x' } }, settings: { theme: 'light', welcomeSeen: true } } };
    const back = parseExport(JSON.stringify(v1));
    expect(back.ok && back.store.topics.git?.status).toBe('learning');
    expect(back.ok && back.store.schemaVersion).toBe(STORE_SCHEMA_VERSION);
  });

  it('refuses files that are not Roadbook exports, saying so', () => {
    expect(refuse('')).toMatch(/empty/);
    expect(refuse('{"topics":{}}')).toMatch(/not a Roadbook progress export/);
    expect(refuse('<html>')).toMatch(/not valid JSON/);
    expect(refuse('[1,2]')).toMatch(/not a Roadbook progress export/);
    expect(refuse(JSON.stringify({ ...good(), format: 'something-else' }))).toMatch(/not a Roadbook progress export/);
  });

  it('refuses an export from a newer Roadbook and says to update', () => {
    const newer = { ...good(), schemaVersion: STORE_SCHEMA_VERSION + 1 };
    expect(refuse(JSON.stringify(newer))).toMatch(/newer Roadbook.*Update Roadbook/);
  });

  it('refuses an export that fails validation and names the field', () => {
    const document = good();
    (document.progress as { topics: Record<string, unknown> }).topics.dns = { status: 'mastered', updatedAt: 'x' };
    expect(refuse(JSON.stringify(document))).toMatch(/does not pass validation \(topics\.dns\.status/);
  });

  it('refuses prototype-pollution keys anywhere in the file', () => {
    const text = JSON.stringify(good()).replace('"topics":{', '"topics":{"__proto__":{"polluted":true},');
    expect(refuse(text)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses inconsistent versions and missing dates', () => {
    const document = good();
    (document.progress as Record<string, unknown>).schemaVersion = 1;
    expect(refuse(JSON.stringify(document))).toMatch(/inconsistent/);
    expect(refuse(JSON.stringify({ ...good(), exportedAt: 'yesterday' }))).toMatch(/export date/);
  });
});
