import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { DomainError, FieldProblem, parseIsoDate } from '@eh/domain';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// The message of a text input's size limit, naming the field as the form does.
export const tooLong = (label: string, max: number) => ({ message: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });

// A calendar date as YYYY-MM-DD that exists (no 30 February), by the domain's own parser, so it
// is refused at the door rather than by PostgreSQL.
export const IsRealDate = (message: string, options: ValidationOptions = {}) =>
  ValidateBy({ name: 'isRealDate', validator: { validate: (value) => parseIsoDate(value) !== null } }, { ...options, message });

// Inputs are checked at the door; a failure names each field and nothing is written.
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.invalid(flatten(errors)),
  });
}
