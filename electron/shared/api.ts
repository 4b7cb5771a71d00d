/**
 * The one API contract between the renderer and the services.
 *
 * Every call the renderer may make is an entry here: `domain.method`, the zod schema
 * its input is parsed with before any service sees it, and its result type. The
 * preload, the IPC gate, the web host and the renderer client are all derived from
 * this table, so adding a call means one entry here and one service method.
 *
 * This file is pure TypeScript: it imports nothing from Node, Electron or our code
 * outside `electron/shared`.
 */
import { z } from 'zod';
import type { AppInfo, Roadmap, ProgressSnapshot, StorageStatus } from './types';
import { SETTINGS_PATCH, TOPIC_ID, TOPIC_STATUS } from './schemas';

/** One contract entry: the input schema plus a phantom result type. */
export interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Never read at run time; carries the result type for the typed client. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

/** Input of calls that take no arguments: an empty object and nothing else. */
const NO_INPUT = z.object({}).strict();

export const api = {
  app: {
    info: method<AppInfo>()(NO_INPUT),
  },
  content: {
    roadmap: method<Roadmap>()(NO_INPUT),
  },
  progress: {
    snapshot: method<ProgressSnapshot>()(NO_INPUT),
    setTopicStatus: method<ProgressSnapshot>()(
      z.object({ topicId: TOPIC_ID, status: TOPIC_STATUS }).strict(),
    ),
    updateSettings: method<ProgressSnapshot>()(SETTINGS_PATCH),
  },
  storage: {
    status: method<StorageStatus>()(NO_INPUT),
    dismissNotice: method<StorageStatus>()(z.object({ noticeId: z.string().min(1).max(200) }).strict()),
  },
} as const;

export type Api = typeof api;
export type Domain = keyof Api;
export type MethodName<D extends Domain> = keyof Api[D] & string;

type SpecOf<D extends Domain, M extends MethodName<D>> = Api[D][M];
export type InputOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<D extends Domain, M extends MethodName<D>> =
  SpecOf<D, M> extends MethodSpec<z.ZodType, infer R> ? R : never;

/** The shape a service layer must implement: one async function per contract entry. */
export type ApiImplementation = {
  [D in Domain]: {
    [M in MethodName<D>]: (input: ParsedInputOf<D, M>) => Promise<ResultOf<D, M>>;
  };
};

/** The shape the renderer calls: same names, unparsed inputs. */
export type ApiClient = {
  [D in Domain]: {
    [M in MethodName<D>]: (input: InputOf<D, M>) => Promise<ResultOf<D, M>>;
  };
};

/** `domain.method` strings, the channel names used by every transport. */
export type Channel = { [D in Domain]: `${D}.${MethodName<D>}` }[Domain];

/** Every channel in the contract, in declaration order. */
export const CHANNELS: readonly Channel[] = Object.entries(api).flatMap(([domain, methods]) =>
  Object.keys(methods).map((name) => `${domain}.${name}` as Channel),
);

/** Looks a channel up; `undefined` for anything not in the contract (including prototype keys). */
export function findMethod(channel: string): MethodSpec<z.ZodType, unknown> | undefined {
  if (!(CHANNELS as readonly string[]).includes(channel)) return undefined;
  const [domain, name] = channel.split('.') as [string, string];
  return (api as unknown as Record<string, Record<string, MethodSpec<z.ZodType, unknown>>>)[domain]?.[name];
}

/** Prefix of the IPC channels, so the gate can refuse anything else by name. */
export const IPC_PREFIX = 'roadbook:';

/** The one renderer → main call outside the contract: it hands a validated URL to the OS, no service runs. */
export const OPEN_EXTERNAL_CHANNEL = `${IPC_PREFIX}openExternal`;

/** Main → renderer notifications (menu commands). Listed so the preload can expose them by name. */
export const MENU_COMMANDS = [
  'navigate:roadmap',
  'navigate:git',
  'navigate:exercises',
  'navigate:review',
  'navigate:progress',
  'navigate:settings',
  'theme:toggle',
  'search:open',
  'welcome:show',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'roadbook:menu';
