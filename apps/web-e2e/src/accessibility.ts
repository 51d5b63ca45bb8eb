import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// WCAG 2.2 AA, as public-sector services must meet, checked by axe-core on the page as it stands.
// A violation names its rule, its impact and where it is, so the failure says what to fix.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help}, at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
  expect({ screen, violations }).toEqual({ screen, violations: [] });
}
