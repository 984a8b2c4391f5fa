import type { ErrorCode } from '@rapor/shared/error-codes';

/**
 * The one error hierarchy: services throw these, the error handler turns them into
 * `{ error: { code, message } }` with their status. Messages are shown to users as they are.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(400, 'VALIDATION_ERROR', message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Silakan masuk terlebih dahulu.') {
    super(401, 'UNAUTHORIZED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Anda tidak berwenang melakukan tindakan ini.') {
    super(403, 'FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, 'NOT_FOUND', message);
  }
}

/** 423: the period is closed or the result final; nothing changes it any more. */
export class LockedError extends AppError {
  constructor(message: string) {
    super(423, 'LOCKED', message);
  }
}

export class ConflictError extends AppError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(409, code, message, details);
  }
}
