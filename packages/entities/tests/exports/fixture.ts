import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BriefingRecord } from '../../src';

const seedJson = readFileSync(path.join(__dirname, 'fixtures', 'seed-briefing.json'), 'utf8');

/** A fresh copy of the seed briefing (the Abu Khadija strike), safe to change in a test. */
export const seedBriefing = (changes: Partial<BriefingRecord> = {}): BriefingRecord => ({
  ...(JSON.parse(seedJson) as BriefingRecord),
  ...changes,
});

/** The seed briefing again under another document id, as a bulk export would meet many briefings. */
export const seedBriefingNumber = (n: number): BriefingRecord =>
  seedBriefing({ documentId: `seedbriefing${String(n).padStart(12, '0')}`, slug: `seed-briefing-${n}` });

/** The project's gold extraction of the seed article: the quotes' exact words. */
export const goldQuotes = (): { speaker: string | null; text: string }[] =>
  JSON.parse(readFileSync(path.join(sharedFolder, 'fixtures', 'seed-article.gold.json'), 'utf8')).expected.quotes;

/** shared/ lies beside the repository clone, here and in CI. */
export const sharedFolder = path.resolve(__dirname, '../../../../../shared');

/** Every chunk a bulk writer yields (text or UTF-8 bytes), joined. */
export async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of chunks) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

export const ANONYMOUS_DESCRIPTOR = 'Iraqi security officials speaking on condition of anonymity';
