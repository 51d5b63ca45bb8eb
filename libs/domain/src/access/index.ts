export * from './access-policy';
export * from './restricted-information';
