export * from './mentoring-lifecycle';
