export * from './forum-rules';
