const SECRET_KEY = /password|secret|token|api[-_]?key|authorization|cookie/i;
const MASK = '[REDACTED]';

export function redact(value) {
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object' && value !== null) {
    const copy = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[key] = SECRET_KEY.test(key) ? MASK : redact(inner);
    }
    return copy;
  }
  return value;
}
