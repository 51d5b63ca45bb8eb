export * from './council-terms';
