import type { ErrorCode } from '@rapor/shared/error-codes';
import { fieldLabel } from '@rapor/shared/field-labels';

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

/**
 * "Jawaban mandiri tidak valid: …", "Tahun pada alamat tidak valid: …": the field by the name
 * people know it by (shared/field-labels), and where it was when it is not the form itself.
 */
export function invalidFieldMessage(part: string | undefined, path: string, problem: string) {
  const label = fieldLabel(path)?.id;
  const where =
    part === 'params'
      ? `${label ?? 'bagian'} pada alamat`
      : part === 'querystring'
        ? `parameter ${label ?? path}`
        : part === 'headers'
          ? `header ${path}`
          : (label ?? 'isian');
  return `${where.charAt(0).toUpperCase()}${where.slice(1)} tidak valid: ${problem}`;
}
