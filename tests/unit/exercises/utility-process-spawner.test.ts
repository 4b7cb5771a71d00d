import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unpackedPath, utilityProcessSpawner } from '../../../electron/main/utility-process-spawner';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({ forks: [] as { modulePath: string; args: string[]; options: Record<string, unknown>; child: unknown }[] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { PassThrough: Pipe } = await import('node:stream');
  class FakeUtilityProcess extends Emitter {
    pid = 4242;
    stderr = new Pipe();
    posted: unknown[] = [];
    killed = 0;
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    kill() {
      this.killed += 1;
      return true;
    }
  }
  return {
    utilityProcess: {
      fork: (modulePath: string, args: string[], options: Record<string, unknown>) => {
        const child = new FakeUtilityProcess();
        fake.forks.push({ modulePath, args, options, child });
        return child;
      },
    },
  };
});

type FakeChild = EventEmitter & { pid: number; stderr: PassThrough; posted: unknown[]; killed: number };

beforeEach(() => {
  fake.forks.length = 0;
});

describe('utilityProcessSpawner', () => {
  it('starts the runner script as a utility process with only the given flags and environment', () => {
    utilityProcessSpawner({ scriptPath: '/app/out/main/exercise-runner.js', execArgv: ['--max-old-space-size=128'], env: { ROADBOOK_SQLJS_DIST: '/sql' } });
    expect(fake.forks).toHaveLength(1);
    expect(fake.forks[0]).toMatchObject({
      modulePath: '/app/out/main/exercise-runner.js',
      args: [],
      options: { execArgv: ['--max-old-space-size=128'], env: { ROADBOOK_SQLJS_DIST: '/sql' }, stdio: ['ignore', 'ignore', 'pipe'] },
    });
  });

  it('relays messages both ways, keeps the end of stderr and reports the exit', async () => {
    const runner = utilityProcessSpawner({ scriptPath: '/r.js', execArgv: [], env: {} });
    const child = fake.forks[0]!.child as FakeChild;
    const heard: unknown[] = [];
    const exits: unknown[] = [];
    runner.onMessage((message) => heard.push(message));
    runner.onExit((exit) => exits.push(exit));
    runner.send({ type: 'run-js' });
    expect(child.posted).toEqual([{ type: 'run-js' }]);
    child.emit('message', { type: 'ready' });
    expect(heard).toEqual([{ type: 'ready' }]);
    expect(runner.pid).toBe(4242);

    child.stderr.write('FATAL ERROR: Reached heap limit');
    await new Promise((resolve) => setImmediate(resolve));
    expect(runner.stderrTail()).toBe('FATAL ERROR: Reached heap limit');

    child.emit('exit', 133);
    expect(exits).toEqual([{ code: 133, signal: null }]);
    runner.send({ type: 'late' });
    runner.kill();
    expect(child.posted).toHaveLength(1);
    expect(child.killed).toBe(0);
  });

  it('kills a running child', () => {
    const runner = utilityProcessSpawner({ scriptPath: '/r.js', execArgv: [], env: {} });
    runner.kill();
    expect((fake.forks[0]!.child as FakeChild).killed).toBe(1);
  });

  it('points the runner at the unpacked copies of files packed in app.asar', () => {
    expect(unpackedPath('/opt/Roadbook/resources/app.asar/out/main/exercise-runner.js')).toBe('/opt/Roadbook/resources/app.asar.unpacked/out/main/exercise-runner.js');
    expect(unpackedPath('C:\\Roadbook\\resources\\app.asar\\node_modules\\sql.js\\dist')).toBe('C:\\Roadbook\\resources\\app.asar.unpacked\\node_modules\\sql.js\\dist');
    expect(unpackedPath('/work/main/out/main/exercise-runner.js')).toBe('/work/main/out/main/exercise-runner.js');
  });
});
