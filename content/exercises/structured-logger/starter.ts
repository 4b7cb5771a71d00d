export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = Record<string, unknown>;
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

// Write one JSON line per call: time, level, msg and the merged fields.
// This version writes every level, forgets the logger's own fields, and
// loses Error details.
export function createLogger(options: {
  write: (line: string) => void;
  level?: Level;
  now?: () => number;
  fields?: Fields;
}): Logger {
  const now = options.now ?? (() => Date.now());
  const log = (level: Level) => (msg: string, fields: Fields = {}) => {
    options.write(JSON.stringify({ time: new Date(now()).toISOString(), level, msg, ...fields }));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => createLogger(options),
  };
}
