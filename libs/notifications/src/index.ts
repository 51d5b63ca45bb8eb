export * from './jobs';
export * from './job-registry';
export * from './queues';
