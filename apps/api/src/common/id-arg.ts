import { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { DomainError } from '@eh/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) throw DomainError.invalid([{ field: this.field, message: `${this.field} is not a valid id` }]);
    return value;
  }
}

// An `ID!` argument that must be one of our ids; anything else is a named input error, never a
// database error.
export const IdArg = (name: string) => Args(name, { type: () => ID }, new UuidPipe(name));

class OptionalUuidPipe implements PipeTransform<unknown, string | null> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    if (!isUuid(value)) throw DomainError.invalid([{ field: this.field, message: `${this.field} is not a valid id` }]);
    return value;
  }
}

// An `ID` argument that may be left out (null), and otherwise must be one of our ids.
export const OptionalIdArg = (name: string) => Args(name, { type: () => ID, nullable: true }, new OptionalUuidPipe(name));
