/**
 * A small option parser with git's conventions: bundled short flags (`-am msg`), values
 * attached or separate (`-mmsg`, `-m msg`, `--message=msg`, `--message msg`), repeated
 * options, `--` ending options, and git's wording for unknown options.
 */
import { CommandError } from './errors';

export interface OptionSpec {
  /** Key in the result. */
  readonly name: string;
  readonly short?: string;
  readonly long?: readonly string[];
  /** Takes a value. */
  readonly value?: boolean;
  /** Collects every occurrence (values into an array, flags into a count). */
  readonly repeat?: boolean;
  /** For value options: the value may be omitted (`--abbrev`), only attached with '='. */
  readonly optionalValue?: boolean;
}

export interface ParsedOptions {
  readonly flags: Map<string, boolean>;
  readonly values: Map<string, string[]>;
  readonly positional: string[];
  /** Everything after `--`, or undefined when there was no `--`. */
  readonly afterDashDash?: string[];
  has(name: string): boolean;
  value(name: string): string | undefined;
  all(name: string): string[];
}

export function parseOptions(args: readonly string[], specs: readonly OptionSpec[], usage: string, opts: { stopAtFirstPositional?: boolean; allowNegativeNumbers?: boolean } = {}): ParsedOptions {
  const flags = new Map<string, boolean>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let afterDashDash: string[] | undefined;
  const usageError = (message: string) => new CommandError([`error: ${message}`, `usage: ${usage}`], 129);
  const set = (spec: OptionSpec, value: string | undefined) => {
    if (spec.value) {
      const list = spec.repeat ? (values.get(spec.name) ?? []) : [];
      list.push(value ?? '');
      values.set(spec.name, list);
    } else flags.set(spec.name, true);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      afterDashDash = args.slice(i + 1);
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      let spec = specs.find((s) => s.long?.includes(name));
      let negated = false;
      if (!spec && name.startsWith('no-')) {
        spec = specs.find((s) => s.long?.includes(name.slice(3)) && !s.value);
        negated = spec !== undefined;
      }
      if (!spec) throw usageError(`unknown option \`${name}'`);
      if (negated) {
        flags.set(spec.name, false);
        continue;
      }
      if (spec.value) {
        if (eq !== -1) set(spec, arg.slice(eq + 1));
        else if (spec.optionalValue) set(spec, undefined);
        else if (i + 1 < args.length) set(spec, args[++i]);
        else throw usageError(`option \`${name}' requires a value`);
      } else {
        if (eq !== -1) throw usageError(`option \`${name}' takes no value`);
        set(spec, undefined);
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !(opts.allowNegativeNumbers && /^-\d+$/.test(arg))) {
      for (let j = 1; j < arg.length; j++) {
        const spec = specs.find((s) => s.short === arg[j]);
        if (!spec) throw usageError(`unknown switch \`${arg[j]}'`);
        if (spec.value) {
          const rest = arg.slice(j + 1);
          if (rest !== '') set(spec, rest);
          else if (spec.optionalValue) set(spec, undefined);
          else if (i + 1 < args.length) set(spec, args[++i]);
          else throw usageError(`switch \`${arg[j]}' requires a value`);
          break;
        }
        set(spec, undefined);
      }
      continue;
    }
    positional.push(arg);
    if (opts.stopAtFirstPositional) {
      positional.push(...args.slice(i + 1));
      break;
    }
  }
  return {
    flags,
    values,
    positional,
    ...(afterDashDash ? { afterDashDash } : {}),
    has: (name) => flags.get(name) === true || values.has(name),
    value: (name) => values.get(name)?.at(-1),
    all: (name) => values.get(name) ?? [],
  };
}
