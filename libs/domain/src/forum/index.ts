export * from './forum-rules';
export * from './forum-minutes';
export * from './forum-meeting';
export * from './escalation-concern';
export * from './live-meeting';
