/** The runner host against stand-in children: how it treats silence, nonsense and reuse. */
import { describe, expect, it } from 'vitest';
import { createRunnerHost, isOutOfMemory } from '../../../electron/services/exercises/runner-host';
import { isolationArgs, permissionFlag, type RunnerExit, type RunnerProcess, type SpawnRunner } from '../../../electron/services/exercises/spawner';

const FILES = { scriptPath: '/app/runner-child.mjs', sqlJsDist: '/app/sql.js/dist' };
const JOB = { type: 'run-js', solution: { name: 'solution', fileName: 'solution.js', code: '' }, tests: { name: 'tests', fileName: 'tests.js', code: '' } } as const;

/** A child that answers jobs with `script`. */
function fakeSpawner(script: (send: (message: unknown) => void, exit: (e: RunnerExit) => void) => void, ready = true) {
  const spawned: { killed: boolean; execArgv: readonly string[] }[] = [];
  const spawn: SpawnRunner = (request) => {
    const record = { killed: false, execArgv: request.execArgv };
    spawned.push(record);
    let onMessage: (m: unknown) => void = () => {};
    let onExit: (e: RunnerExit) => void = () => {};
    const child: RunnerProcess = {
      pid: undefined,
      send: () => script((m) => onMessage(m), (e) => onExit(e)),
      onMessage: (listener) => {
        onMessage = listener;
        if (ready) setTimeout(() => listener({ type: 'ready' }), 0);
      },
      onExit: (listener) => (onExit = listener),
      stderrTail: () => '',
      kill: () => {
        record.killed = true;
        setTimeout(() => onExit({ code: null, signal: 'SIGKILL' }), 0);
      },
    };
    return child;
  };
  return { spawn, spawned };
}

describe('createRunnerHost', () => {
  it('hands each run a fresh child, kills it afterwards and keeps one spare ready', async () => {
    const fake = fakeSpawner((send) => send({ type: 'done' }));
    const host = createRunnerHost({ spawn: fake.spawn, files: FILES });
    expect(fake.spawned).toHaveLength(1);
    await host.execute(JOB);
    await host.execute(JOB);
    expect(fake.spawned).toHaveLength(3);
    expect(fake.spawned.slice(0, 2).every((c) => c.killed)).toBe(true);
    host.close();
    expect(fake.spawned[2]!.killed).toBe(true);
  });

  it('stops a run whose child sends something outside the protocol', async () => {
    const fake = fakeSpawner((send) => send({ type: 'done', moduleError: { phase: 'nope' } }));
    const host = createRunnerHost({ spawn: fake.spawn, files: FILES, keepWarm: false });
    const transcript = await host.execute(JOB);
    expect(transcript.end).toEqual({ kind: 'crash', message: 'The exercise runner sent something unexpected, so the run was stopped.' });
    host.close();
  });

  it('ends a silent run at the wall clock', async () => {
    const fake = fakeSpawner(() => {});
    const host = createRunnerHost({ spawn: fake.spawn, files: FILES, keepWarm: false, limits: { wallMs: 50 } });
    const transcript = await host.execute(JOB);
    expect(transcript.end).toEqual({ kind: 'timeout' });
    expect(fake.spawned[0]!.killed).toBe(true);
    host.close();
  });

  it('reports a child that dies while starting', async () => {
    const fake = fakeSpawner(() => {}, false);
    const host = createRunnerHost({ spawn: fake.spawn, files: FILES, keepWarm: false, limits: { startMs: 50 } });
    const transcript = await host.execute(JOB);
    expect(transcript.end).toMatchObject({ kind: 'crash', message: expect.stringContaining('did not start within 0.05 s') });
    host.close();
  });

  it('gives every child the isolation flags', () => {
    const fake = fakeSpawner(() => {});
    const host = createRunnerHost({ spawn: fake.spawn, files: FILES, nodeVersion: '22.20.0', limits: { heapMb: 96 } });
    expect(fake.spawned[0]!.execArgv).toEqual(isolationArgs({ files: FILES, heapMb: 96, nodeVersion: '22.20.0' }));
    host.close();
  });
});

describe('isolation flags', () => {
  it('picks the permission-model flag Node understands', () => {
    expect(permissionFlag('v20.20.2')).toBe('--experimental-permission');
    expect(permissionFlag('22.12.0')).toBe('--experimental-permission');
    expect(permissionFlag('22.20.0')).toBe('--permission');
    expect(permissionFlag('24.1.0')).toBe('--permission');
    expect(permissionFlag('18.19.0')).toBeUndefined();
  });

  it('caps the heap, turns off code generation and allows reading only the runner and sql.js', () => {
    expect(isolationArgs({ files: FILES, heapMb: 128, nodeVersion: '20.20.2' })).toEqual([
      '--max-old-space-size=128',
      '--disallow-code-generation-from-strings',
      '--no-warnings',
      '--experimental-permission',
      '--allow-fs-read=/app/*',
      '--allow-fs-read=/app/sql.js/dist/*',
    ]);
    expect(isolationArgs({ files: FILES, heapMb: 128, nodeVersion: '20.20.2', permissionModel: false })).not.toContain('--experimental-permission');
  });

  it('recognises V8 running out of memory', () => {
    expect(isOutOfMemory({ code: null, signal: 'SIGABRT' }, '')).toBe(true);
    expect(isOutOfMemory({ code: 134, signal: null }, '')).toBe(true);
    expect(isOutOfMemory({ code: 1, signal: null }, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe(true);
    expect(isOutOfMemory({ code: 1, signal: null }, 'Error: something else')).toBe(false);
  });
});

describe('a runtime without the permission model', () => {
  it('retries without the permission flags when the child refuses them, and keeps the other flags', async () => {
    const spawned: (readonly string[])[] = [];
    const spawn: SpawnRunner = (request) => {
      spawned.push(request.execArgv);
      const refuses = request.execArgv.includes('--permission');
      let onExit: (e: RunnerExit) => void = () => {};
      let onMessage: (m: unknown) => void = () => {};
      return {
        pid: undefined,
        send: () => onMessage({ type: 'done' }),
        onMessage: (listener) => {
          onMessage = listener;
          setTimeout(() => (refuses ? onExit({ code: 9, signal: null }) : listener({ type: 'ready' })), 0);
        },
        onExit: (listener) => (onExit = listener),
        stderrTail: () => (refuses ? 'node: bad option: --permission' : ''),
        kill: () => {},
      };
    };
    const logged: string[] = [];
    const host = createRunnerHost({ spawn, files: FILES, nodeVersion: '22.20.0', keepWarm: false, log: (m) => logged.push(m) });
    const transcript = await host.execute(JOB);
    expect(transcript.end.kind).toBe('done');
    expect(spawned[0]).toContain('--permission');
    expect(spawned[1]).not.toContain('--permission');
    expect(spawned[1]).toContain('--disallow-code-generation-from-strings');
    expect(logged.at(-1)).toMatch(/refused the permission-model flags/);
    host.close();
  });
});
