export * from './outcome-framework';
export * from './claim-rule';
export * from './national-return';
