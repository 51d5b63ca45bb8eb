import './workspace-paths';
import { dropTemplates, TEMPLATE_ENV } from './template-database';

export default async function globalTeardown(): Promise<void> {
  const base = process.env[TEMPLATE_ENV];
  if (base) await dropTemplates(base);
}
