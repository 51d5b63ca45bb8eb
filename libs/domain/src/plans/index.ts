export * from './plan-lifecycle';
export * from './plan-sections';
export * from './consent';
export * from './drawings';
