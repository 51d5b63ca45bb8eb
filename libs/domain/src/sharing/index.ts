export * from './alert-routing';
export * from './share-decision';
