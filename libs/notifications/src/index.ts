export * from './kinds';
export * from './jobs';
export * from './job-registry';
export * from './queues';
export * from './outbox-relay';
export * from './email';
