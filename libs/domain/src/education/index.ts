export * from './education-setting';
export * from './next-school-day';
