/**
 * The runner host: runs each submission in its own short-lived child process and turns what
 * the child says (or its silence) into a transcript. It owns the limits that do not depend on
 * the child's cooperation: the wall clock (the child is killed, whatever it is doing), the
 * resident-memory watch (Linux), the heap cap and the crash diagnosis.
 *
 * One child runs one submission and is then killed, so nothing a run does (a polluted
 * prototype, a stray timer, a hung loop) can reach a later run. To keep runs quick, one spare
 * child is started ahead of time for the kind of run expected next (only SQL children load the
 * SQL engine); it has run no learner code when it is handed a job.
 */
import fs from 'node:fs';
import { CHILD_MESSAGE, type DoneMessage, type SqlResultMessage, type TestEndMessage } from './child-messages';
import { SQL_DIST_ENV, childEnv, defaultRunnerFiles, forkSpawner, isolationArgs, type RunnerExit, type RunnerFiles, type RunnerProcess, type SpawnRunner } from './spawner';

export interface RunnerLimits {
  /** Wall clock for a whole run, from the moment the job is handed over. */
  readonly wallMs: number;
  readonly testTimeoutMs: number;
  /** V8 heap cap of the child. */
  readonly heapMb: number;
  /** Resident memory cap, watched from outside (Linux); catches big buffers and wasm memory too. */
  readonly rssMb: number;
  readonly maxOutputLines: number;
  readonly maxLineLength: number;
  /** SQL: rows kept per result. */
  readonly maxRows: number;
  /** How long a child may take to start. */
  readonly startMs: number;
}

export const DEFAULT_LIMITS: RunnerLimits = {
  wallMs: 3_000,
  testTimeoutMs: 1_000,
  heapMb: 128,
  rssMb: 512,
  maxOutputLines: 200,
  maxLineLength: 2_000,
  maxRows: 500,
  startMs: 15_000,
};

export interface SourceFile {
  readonly name: 'solution' | 'tests';
  readonly fileName: string;
  readonly code: string;
}

export type RunnerJob =
  | { readonly type: 'run-js'; readonly solution: SourceFile; readonly tests: SourceFile }
  | { readonly type: 'run-sql'; readonly schema: string; readonly solution: string; readonly tests: readonly { readonly run?: string }[] };

export type RunEnd =
  | { readonly kind: 'done'; readonly done: DoneMessage }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'memory' }
  | { readonly kind: 'crash'; readonly message: string; readonly flagsRejected?: boolean };

export interface RunTranscript {
  readonly plan: readonly string[] | undefined;
  /** The test running when the run ended, if it had not finished. */
  readonly running: number | undefined;
  readonly testEnds: ReadonlyMap<number, TestEndMessage>;
  readonly sqlResults: ReadonlyMap<number, SqlResultMessage>;
  readonly end: RunEnd;
  readonly durationMs: number;
}

export interface RunnerHostOptions {
  readonly spawn?: SpawnRunner;
  readonly files?: RunnerFiles;
  readonly limits?: Partial<RunnerLimits>;
  /** The Node version children run on; defaults to this process's. */
  readonly nodeVersion?: string;
  readonly permissionModel?: boolean;
  /** Keep one started child ready for the next run (default true). */
  readonly keepWarm?: boolean;
  /** At most this many children run submissions at once; more wait their turn. */
  readonly concurrency?: number;
  readonly log?: (message: string) => void;
}

/** Children differ only in whether they load the SQL engine before saying ready. */
export type RunnerKind = 'js' | 'sql';

const kindOf = (job: RunnerJob): RunnerKind => (job.type === 'run-sql' ? 'sql' : 'js');

export interface RunnerHost {
  readonly limits: RunnerLimits;
  execute(job: RunnerJob): Promise<RunTranscript>;
  /** Starts a spare child for this kind of run, if there is none (e.g. when an exercise is opened). */
  prepare(kind: RunnerKind): void;
  /** Kills the spare and every running child. */
  close(): void;
}

interface Started {
  readonly kind: RunnerKind;
  readonly process: RunnerProcess;
  readonly ready: Promise<boolean>;
  readonly exit: Promise<RunnerExit>;
  setListener(listener: (message: unknown) => void): void;
}

const MEMORY_POLL_MS = 100;
const PERMISSION_FLAGS = ['--permission', '--experimental-permission'];

export function createRunnerHost(options: RunnerHostOptions = {}): RunnerHost {
  const limits: RunnerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const files = options.files ?? defaultRunnerFiles();
  const spawn = options.spawn ?? forkSpawner;
  const keepWarm = options.keepWarm ?? true;
  const log = options.log ?? (() => {});
  const isolation = { files, heapMb: limits.heapMb, nodeVersion: options.nodeVersion ?? process.versions.node };
  let execArgv = isolationArgs({ ...isolation, permissionModel: options.permissionModel });
  let permissionModel = execArgv.some((flag) => PERMISSION_FLAGS.includes(flag));
  const live = new Set<RunnerProcess>();
  let spare: Started | undefined;
  let closed = false;
  let active = 0;
  const waiting: (() => void)[] = [];
  const concurrency = options.concurrency ?? 2;

  function start(kind: RunnerKind): Started {
    const env = childEnv(files);
    if (kind !== 'sql') delete env[SQL_DIST_ENV];
    const child = spawn({ scriptPath: files.scriptPath, execArgv, env });
    live.add(child);
    let listener: (message: unknown) => void = () => {};
    let resolveReady: (ready: boolean) => void = () => {};
    const ready = new Promise<boolean>((resolve) => (resolveReady = resolve));
    const exit = new Promise<RunnerExit>((resolve) =>
      child.onExit((info) => {
        live.delete(child);
        resolveReady(false);
        resolve(info);
      }),
    );
    child.onMessage((raw) => {
      if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'ready') resolveReady(true);
      else listener(raw);
    });
    return { kind, process: child, ready, exit, setListener: (next) => (listener = next) };
  }

  function warmUp(kind: RunnerKind): void {
    if (closed || !keepWarm || (spare && spare.kind === kind && live.has(spare.process))) return;
    spare?.process.kill();
    const next = start(kind);
    spare = next;
    void next.exit.then(() => {
      if (spare === next) spare = undefined;
    });
  }

  async function slot(): Promise<() => void> {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    return () => {
      active -= 1;
      waiting.shift()?.();
    };
  }

  async function execute(job: RunnerJob): Promise<RunTranscript> {
    if (closed) throw new Error('The exercise runner has been shut down.');
    const release = await slot();
    try {
      for (;;) {
        const kind = kindOf(job);
        const taken = spare && spare.kind === kind && live.has(spare.process) ? spare : undefined;
        if (taken) spare = undefined;
        const child = taken ?? start(kind);
        let transcript: RunTranscript;
        try {
          transcript = await runOn(child, job);
        } finally {
          child.process.kill();
        }
        if (transcript.end.kind === 'crash' && transcript.end.flagsRejected && permissionModel) {
          // A runtime without Node's permission model (possibly an Electron utility process):
          // the vm sandbox, the code-generation block, the limits and the bare environment still apply.
          log('exercise runner: this runtime refused the permission-model flags; runs continue without them');
          permissionModel = false;
          execArgv = isolationArgs({ ...isolation, permissionModel: false });
          continue;
        }
        warmUp(kind);
        return transcript;
      }
    } finally {
      release();
    }
  }

  async function runOn(child: Started, job: RunnerJob): Promise<RunTranscript> {
    const startedAt = performance.now();
    const testEnds = new Map<number, TestEndMessage>();
    const sqlResults = new Map<number, SqlResultMessage>();
    let plan: string[] | undefined;
    let running: number | undefined;
    const transcript = (end: RunEnd): RunTranscript => ({ plan, running, testEnds, sqlResults, end, durationMs: Math.round(performance.now() - startedAt) });

    const startTimer = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), limits.startMs).unref());
    const ready = await Promise.race([child.ready, startTimer]);
    if (ready !== true) {
      const exit = ready === 'slow' ? undefined : await child.exit;
      const detail = exit ? `stopped while starting: ${describeExit(exit, child.process.stderrTail())}` : `did not start within ${limits.startMs / 1000} s`;
      log(`exercise runner ${detail}`);
      // Before 'ready' no learner code has run: a refused flag, or the permission model blocking the
      // runner's own files (e.g. inside an asar archive), is the runtime's doing.
      const flagsRejected = exit !== undefined && (exit.code === 9 || /bad option|unknown option|not (?:allowed|supported)|ERR_ACCESS_DENIED/i.test(child.process.stderrTail()));
      return transcript({ kind: 'crash', message: `The exercise runner ${detail}. Try again; if it keeps happening, restart Roadbook.`, flagsRejected });
    }

    return new Promise<RunTranscript>((resolve) => {
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      const finish = (end: RunEnd) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        child.process.kill();
        resolve(transcript(end));
      };

      child.setListener((raw) => {
        const parsed = CHILD_MESSAGE.safeParse(raw);
        if (!parsed.success) {
          log(`exercise runner sent an unexpected message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
          return finish({ kind: 'crash', message: 'The exercise runner sent something unexpected, so the run was stopped.' });
        }
        const message = parsed.data;
        switch (message.type) {
          case 'plan':
            plan ??= message.names;
            return;
          case 'test-start':
            running = message.index;
            return;
          case 'test-end':
            testEnds.set(message.index, message);
            if (running === message.index) running = undefined;
            return;
          case 'sql-result':
            sqlResults.set(message.index, message);
            if (running === message.index) running = undefined;
            return;
          case 'done':
            return finish({ kind: 'done', done: message });
          case 'crash':
            return finish({ kind: 'crash', message: `The exercise runner failed: ${message.message}` });
          case 'ready':
            return;
        }
      });

      void child.exit.then((exit) => {
        const stderr = child.process.stderrTail();
        if (isOutOfMemory(exit, stderr)) finish({ kind: 'memory' });
        else finish({ kind: 'crash', message: `The exercise runner stopped unexpectedly (${describeExit(exit, stderr)}).` });
      });

      timers.push(setTimeout(() => finish({ kind: 'timeout' }), limits.wallMs));
      const pid = child.process.pid;
      if (process.platform === 'linux' && pid !== undefined) {
        const poll = () => {
          if (settled) return;
          const rss = residentMb(pid);
          if (rss !== undefined && rss > limits.rssMb) return finish({ kind: 'memory' });
          timers.push(setTimeout(poll, MEMORY_POLL_MS));
        };
        timers.push(setTimeout(poll, MEMORY_POLL_MS));
      }

      child.process.send({
        ...job,
        ...(job.type === 'run-js'
          ? { limits: { wallMs: limits.wallMs, testTimeoutMs: limits.testTimeoutMs, maxOutputLines: limits.maxOutputLines, maxLineLength: limits.maxLineLength } }
          : { maxRows: limits.maxRows }),
      });
    });
  }

  warmUp('js');
  return {
    limits,
    execute,
    prepare: (kind) => warmUp(kind),
    close() {
      closed = true;
      spare = undefined;
      for (const child of live) child.kill();
      live.clear();
    },
  };
}

/** V8 aborts (SIGABRT, or SIGTRAP on some builds) and prints a heap message when it runs out. */
export function isOutOfMemory(exit: RunnerExit, stderr: string): boolean {
  if (/heap out of memory|Reached heap limit|Allocation failed|Out of memory|WebAssembly\.Memory/i.test(stderr)) return true;
  return exit.signal === 'SIGABRT' || exit.signal === 'SIGTRAP' || exit.code === 134;
}

function describeExit(exit: RunnerExit, stderr: string): string {
  const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
  const line = stderr.trim().split('\n').filter(Boolean).pop();
  return line ? `${how}: ${line.slice(0, 200)}` : how;
}

/** Resident set size of a process in MB, from /proc (Linux only). */
function residentMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
