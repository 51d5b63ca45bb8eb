export * from './retention';
export * from './redaction';
