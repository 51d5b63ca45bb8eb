export * from './referral-rules';
