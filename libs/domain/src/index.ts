export * from './working-days';
export * from './identity';
export * from './triage';
export * from './access';
export * from './errors';
export * from './referrals';
export * from './cases';
export * from './plans';
