import { v5 } from 'uuid';
import { BRIEFING_UUID_NAMESPACE } from '../../src';
import { stableUuid } from '../../src/exports/identifiers';
import { uuidV5 } from '../../src/exports/uuid-v5';

/** Our UUIDv5 must give exactly the `uuid` package's ids: every id partners hold depends on it. */
describe('uuidV5', () => {
  const namespace = Uint8Array.from(Buffer.from(BRIEFING_UUID_NAMESPACE.replace(/-/g, ''), 'hex'));
  const names = [
    '',
    'x',
    'stix:bundle',
    'taxii:collection:clear',
    // Short names, and every length around the SHA-1 block boundaries (with the 16-byte namespace: 55/56 and 119/120 bytes).
    ...Array.from({ length: 140 }, (_, n) => 'a'.repeat(n)),
    // Names in other scripts and emoji: UTF-8 with 2, 3 and 4 bytes per character.
    'stix:بريفينغ:place:الأنبار',
    'stix:简报:actor:伊斯兰国',
    'Ünïcödé ☃ 😀 𝄞'.repeat(9),
    ...Array.from({ length: 70 }, (_, n) => 'é'.repeat(n)),
    'stix:seedbriefing000000000007:targets:threat-actor--2835cc33-45f2-57b7-8947-7f03e7d31c5b:identity--2131f656-6964-5e61-be7e-9931473fe9da',
  ];

  it('gives the uuid package\'s v5 for every name', () => {
    for (const name of names) expect({ name, id: uuidV5(namespace, name) }).toEqual({ name, id: v5(name, BRIEFING_UUID_NAMESPACE) });
  });

  it('gives the same ids through stableUuid, as before', () => {
    expect(stableUuid('stix', 'bundle')).toBe(v5('stix:bundle', BRIEFING_UUID_NAMESPACE));
    expect(stableUuid('taxii', 'collection', 'amber')).toBe(v5('taxii:collection:amber', BRIEFING_UUID_NAMESPACE));
  });

  it('gives the same id after a long name has grown its buffer', () => {
    const short = uuidV5(namespace, 'stix:after');
    uuidV5(namespace, 'z'.repeat(5000));
    expect(uuidV5(namespace, 'stix:after')).toBe(short);
  });
});
