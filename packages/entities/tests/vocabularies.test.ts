import {
  EVENT_TYPES,
  SUB_EVENT_TYPES,
  TLP_MARKINGS,
  TLP_STIX_MARKING_IDS,
  SOURCE_RELIABILITY,
  INFORMATION_CREDIBILITY,
  describeGrade,
  isMoreRestrictive,
  disorderTypeOf,
  eventTypeOf,
  slugify,
  subEventTypesOf,
} from '../src';

describe('ACLED taxonomy', () => {
  it('has the six event types and every sub-event type tied to one of them', () => {
    expect(EVENT_TYPES.map((t) => t.value)).toEqual([
      'battles',
      'explosions-remote-violence',
      'violence-against-civilians',
      'protests',
      'riots',
      'strategic-developments',
    ]);
    expect(SUB_EVENT_TYPES).toHaveLength(25);
    for (const sub of SUB_EVENT_TYPES) expect(EVENT_TYPES.map((t) => t.value)).toContain(sub.eventType);
  });

  it('slugs ACLED names as the export format expects', () => {
    expect(slugify('Shelling/artillery/missile attack')).toBe('shelling-artillery-missile-attack');
    expect(slugify('Remote explosive/landmine/IED')).toBe('remote-explosive-landmine-ied');
    expect(eventTypeOf('air-drone-strike')).toBe('explosions-remote-violence');
    expect(subEventTypesOf('riots').map((s) => s.acledName)).toEqual(['Violent demonstration', 'Mob violence']);
  });

  it('gives ACLED disorder types', () => {
    expect(disorderTypeOf('battles')).toBe('Political violence');
    expect(disorderTypeOf('protests', 'excessive-force-against-protesters')).toBe('Political violence; Demonstrations');
    expect(disorderTypeOf('strategic-developments', 'arrests')).toBe('Strategic developments');
  });
});

describe('markings and grading', () => {
  it('has the five TLP 2.0 markings with their STIX marking definitions', () => {
    expect(TLP_MARKINGS.values).toEqual(['clear', 'green', 'amber', 'amber+strict', 'red']);
    for (const value of TLP_MARKINGS.values) expect(TLP_STIX_MARKING_IDS[value]).toMatch(/^marking-definition--[0-9a-f-]{36}$/);
    expect(TLP_MARKINGS.label('amber+strict')).toBe('TLP:AMBER+STRICT');
  });

  it('orders markings from CLEAR to RED; no marking restricts nothing', () => {
    expect(isMoreRestrictive('amber', 'clear')).toBe(true);
    expect(isMoreRestrictive('red', 'amber+strict')).toBe(true);
    expect(isMoreRestrictive('green', 'amber')).toBe(false);
    expect(isMoreRestrictive('amber', 'amber')).toBe(false);
    expect(isMoreRestrictive(null, 'clear')).toBe(false);
    expect(isMoreRestrictive('red', undefined)).toBe(false);
  });

  it('explains a two-part Admiralty grade', () => {
    expect(SOURCE_RELIABILITY.values).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(INFORMATION_CREDIBILITY.values).toHaveLength(6);
    expect(describeGrade('B2')).toBe('B: Usually reliable; 2: Probably true');
    expect(describeGrade('G7')).toBeUndefined();
  });
});
