export type FieldError = { field: string; message: string };
export type Signup = { email: string; password: string; displayName: string; age?: number };
export type Result = { ok: true; value: Signup } | { ok: false; errors: FieldError[] };

// Check every field, collect all errors, and return cleaned data on success.
// This first version only looks at the email and trusts everything else.
export function validateSignup(input: unknown): Result {
  const data = input as Record<string, unknown>;
  if (typeof data.email !== 'string' || !data.email.includes('@')) {
    return { ok: false, errors: [{ field: 'email', message: 'Enter a valid email address.' }] };
  }
  return { ok: true, value: data as unknown as Signup };
}
