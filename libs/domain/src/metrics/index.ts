export * from './metrics';
export * from './referral-source';
export * from './measures';
export * from './needs-met';
