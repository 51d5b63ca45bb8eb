export * from './levels';
export * from './triage-decision';
