export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = Record<string, unknown>;
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialize(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message } : value;
  }
  return out;
}

export function createLogger(options: {
  write: (line: string) => void;
  level?: Level;
  now?: () => number;
  fields?: Fields;
}): Logger {
  const minimum = options.level ?? 'info';
  if (!Object.prototype.hasOwnProperty.call(RANK, minimum)) {
    throw new RangeError(`unknown log level ${JSON.stringify(minimum)}`);
  }
  const now = options.now ?? (() => Date.now());
  const base = options.fields ?? {};

  const log = (level: Level) => (msg: string, fields: Fields = {}) => {
    if (RANK[level] < RANK[minimum]) return;
    const record = { ...serialize(base), ...serialize(fields), time: new Date(now()).toISOString(), level, msg };
    options.write(JSON.stringify(record));
  };

  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}
