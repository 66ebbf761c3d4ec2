/**
 * axe-core (a devDependency) run inside the page: what an accessibility audit finds on a screen, and
 * which of it a plugin screen adds to what Strapi's own screens already have.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol, which the admin's Content Security Policy (script-src 'self') does not block.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** One element that breaks one rule. */
export interface Finding {
  rule: string;
  impact: Impact;
  help: string;
  /** The element's markup without what changes between renders or screens (generated classes and ids). */
  element: string;
  /** A selector for the element, for the failure message. */
  target: string;
}

/** Markup that names the same element on two screens: generated class names and React/Radix ids dropped. */
const comparable = (html: string) =>
  html
    .replace(/\s(class|id|aria-controls|aria-labelledby|aria-describedby|for|data-handler-id)="[^"]*"/g, '')
    .replace(/\s+/g, ' ')
    .slice(0, 300);

/** Every violation of the WCAG and best-practice rules axe runs by default, one finding per element. */
export async function audit(page: Page): Promise<Finding[]> {
  // The mouse away from what it last clicked: a hovered button's colours are a passing state, not the screen's.
  await page.mouse.move(0, 0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (results.violations as any[]).flatMap((violation) =>
    (violation.nodes as any[]).map((node) => ({
      rule: violation.id,
      impact: (node.impact ?? violation.impact) as Impact,
      help: violation.help,
      element: comparable(node.html),
      target: (node.target as string[]).join(' '),
    })),
  );
}

const key = (finding: Finding) => `${finding.rule} ${finding.element}`;

/** What `screen` has that `core` (a Strapi screen of the same kind) does not: the same rule on the same markup is Strapi's. */
export const addedTo = (core: Finding[], screen: Finding[]) => {
  const known = new Set(core.map(key));
  return screen.filter((finding) => !known.has(key(finding)));
};

export const isSeriousOrCritical = (finding: Finding) => finding.impact === 'serious' || finding.impact === 'critical';

/** A readable list for a failure message and the test log. */
export const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.impact} ${f.rule} (${f.help}): ${f.target} ${f.element}`).join('\n');
