export type FieldError = { field: string; message: string };
export type Signup = { email: string; password: string; displayName: string; age?: number };
export type Result = { ok: true; value: Signup } | { ok: false; errors: FieldError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignup(input: unknown): Result {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'body', message: 'The body must be a JSON object.' }] };
  }
  const data = input as Record<string, unknown>;
  const errors: FieldError[] = [];

  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : '';
  if (typeof data.email !== 'string') errors.push({ field: 'email', message: 'Email is required.' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', message: 'Enter an address like name@example.com.' });

  const password = data.password;
  if (typeof password !== 'string') {
    errors.push({ field: 'password', message: 'Password is required.' });
  } else if (password.length < 8 || password.length > 128) {
    errors.push({ field: 'password', message: 'Password must be 8 to 128 characters long.' });
  } else if (!/[a-z]/i.test(password) || !/\d/.test(password)) {
    errors.push({ field: 'password', message: 'Password needs at least one letter and one digit.' });
  }

  const displayName = typeof data.displayName === 'string' ? data.displayName.trim() : '';
  if (typeof data.displayName !== 'string') errors.push({ field: 'displayName', message: 'Display name is required.' });
  else if (displayName.length < 1 || displayName.length > 40) {
    errors.push({ field: 'displayName', message: 'Display name must be 1 to 40 characters.' });
  }

  const age = data.age;
  if (age !== undefined && (typeof age !== 'number' || !Number.isInteger(age) || age < 13 || age > 120)) {
    errors.push({ field: 'age', message: 'Age must be a whole number from 13 to 120.' });
  }

  if (errors.length > 0) return { ok: false, errors };
  const value: Signup = { email, password: password as string, displayName };
  if (typeof age === 'number') value.age = age;
  return { ok: true, value };
}
