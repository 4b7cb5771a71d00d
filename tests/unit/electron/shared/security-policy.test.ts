import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../electron/services/project-paths';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/shared/security-policy';

describe('renderer/index.html', () => {
  const html = fs.readFileSync(path.join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');

  it('carries the same strict CSP the hosts send', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it('loads nothing from another host', () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
