import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from '@eh/domain';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).slice(0, 1).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// The message of a text input's size limit, naming the field as the form does.
export const tooLong = (label: string, max: number) => ({ message: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });

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
