export * from './person-identifiers';
