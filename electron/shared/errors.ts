/** The typed error envelope every transport returns. */

export const API_ERROR_CODES = [
  'unknown-method',
  'bad-input',
  'unauthorized',
  'forbidden',
  'not-found',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** For bad input: which fields were wrong and why. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type ApiResponse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };

/** An error a caller can show: it carries the transport's typed body. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiErrorBody['issues'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues;
  }
}

/** HTTP status for each error code, used by the web host. */
export const HTTP_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  'unknown-method': 404,
  'bad-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  internal: 500,
};
