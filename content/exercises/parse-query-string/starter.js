// Turn "?a=1&b=two" into { a: '1', b: 'two' }.
// The README lists the rules the tests check: repeated keys, `+` as space,
// percent escapes, keys without `=`, and broken escapes.
export function parseQuery(query) {
  const result = {};
  for (const pair of query.split('&')) {
    const [key, value] = pair.split('=');
    result[key] = value;
  }
  return result;
}
