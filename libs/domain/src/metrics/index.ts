export * from './metrics';
export * from './referral-source';
