import type { BriefingRecord } from '../briefing/records';

/** A JSON array written one element at a time, for bulk exports that must not hold every briefing. */
export async function* writeJsonArray<T>(
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  toElement: (briefing: BriefingRecord) => T,
  serialise: (element: T) => string = (element) => JSON.stringify(element),
): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const briefing of briefings) {
    yield (first ? '\n' : ',\n') + serialise(toElement(briefing));
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
