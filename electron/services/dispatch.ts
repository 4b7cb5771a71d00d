/** Turns a raw `domain.method` call from any transport into a parsed, typed service call. */
import { findMethod, type ApiImplementation } from '../shared/api';
import type { ApiErrorBody, ApiResponse } from '../shared/errors';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<ApiResponse<unknown>>;

/** Longest message we echo back for bad input, so a hostile payload cannot bloat a reply. */
const MAX_ISSUES = 20;

export function createDispatcher(impl: ApiImplementation, log: (message: string) => void = () => {}): Dispatch {
  return async (channel, rawInput) => {
    const spec = findMethod(channel);
    if (!spec) return fail({ code: 'unknown-method', message: `There is no API call named "${truncate(channel)}".` });
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail({
        code: 'bad-input',
        message: `The input to ${channel} is not valid.`,
        issues: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
          path: issue.path.map(String).join('.') || '(input)',
          message: issue.message,
        })),
      });
    }
    const [domain, name] = channel.split('.') as [string, string];
    const handler = (impl as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[domain]![name]!;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail({ code: 'internal', message: `Roadbook could not complete ${channel}: ${messageOf(error)}` });
    }
  };
}

function fail(error: ApiErrorBody): ApiResponse<never> {
  return { ok: false, error };
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
