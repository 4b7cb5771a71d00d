import { describe, expect, it, vi } from 'vitest';
import type { ApiImplementation } from '../../../../electron/shared/api';
import { createDispatcher } from '../../../../electron/services/dispatch';

function fakeImpl(setTopicStatus = vi.fn(async () => ({ topics: {}, settings: { theme: 'system', welcomeSeen: false } }))) {
  return {
    app: { info: vi.fn() },
    content: { roadmap: vi.fn() },
    progress: { snapshot: vi.fn(), setTopicStatus, updateSettings: vi.fn() },
    storage: { status: vi.fn(), dismissNotice: vi.fn() },
  } as unknown as ApiImplementation;
}

describe('createDispatcher', () => {
  it('passes parsed input to the service and wraps the result', async () => {
    const impl = fakeImpl();
    const result = await createDispatcher(impl)('progress.setTopicStatus', { topicId: 'dns', status: 'learning' });
    expect(result.ok).toBe(true);
    expect(impl.progress.setTopicStatus).toHaveBeenCalledWith({ topicId: 'dns', status: 'learning' });
  });

  it('answers an unknown channel with a typed error and calls nothing', async () => {
    const impl = fakeImpl();
    const result = await createDispatcher(impl)('progress.deleteEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('answers bad input with the fields at fault and never reaches the service', async () => {
    const impl = fakeImpl();
    const result = await createDispatcher(impl)('progress.setTopicStatus', { topicId: 'dns', status: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input', issues: [{ path: 'status' }] } });
    expect(impl.progress.setTopicStatus).not.toHaveBeenCalled();
  });

  it('turns a service failure into an internal error instead of throwing', async () => {
    const log = vi.fn();
    const impl = fakeImpl(vi.fn(async () => {
      throw new Error('disk on fire');
    }));
    const result = await createDispatcher(impl, log)('progress.setTopicStatus', { topicId: 'dns', status: 'done' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
    expect(log).toHaveBeenCalled();
  });
});
