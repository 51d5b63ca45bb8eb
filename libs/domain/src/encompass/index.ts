export * from './encompass-figures';
export * from './operation-encompass';
