import { vocabulary, type ValueOf } from './vocabulary';

export const SOURCE_KINDS = vocabulary([
  { value: 'official', label: 'Official', description: 'A government, military or other official statement.' },
  { value: 'media', label: 'News media', description: 'A newspaper, broadcaster, agency or news site.' },
  { value: 'social-media', label: 'Social media', description: 'A post on a social network.' },
  { value: 'armed-group', label: 'Armed group', description: "An armed group's own statement or channel." },
  { value: 'ngo', label: 'NGO or UN', description: 'A humanitarian, human-rights or UN report.' },
  { value: 'witness', label: 'Witness', description: 'An eyewitness or resident.' },
  { value: 'other', label: 'Other' },
] as const);
export type SourceKind = ValueOf<typeof SOURCE_KINDS.terms>;

/** How ACLED's CSV names a source whose identity is withheld. */
export const UNDISCLOSED_SOURCE = 'Undisclosed Source';

/** A news agency whose name in a story marks it as a source of the report. */
export interface WireAgency {
  /** The agency's usual name in English copy. */
  name: string;
  /** Other forms the copy uses ("AFP", "Agence France-Presse"), written as they appear. */
  aliases: readonly string[];
  /**
   * Short forms that are also ordinary words or other names ("AP", "AA"): read as the agency only
   * where the copy cites it: "(AP)", "AP reported", "told AP", "according to AP".
   */
  citedOnly?: readonly string[];
}

/**
 * Wire and national news agencies, general (not per article): extend the list, or pass your own to
 * the extractor, for agencies your desk reads.
 */
export const WIRE_AGENCIES: readonly WireAgency[] = [
  { name: 'Reuters', aliases: [] },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'] },
  { name: 'Associated Press', aliases: [], citedOnly: ['AP'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], citedOnly: ['AA'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'], citedOnly: ['DPA'] },
  { name: 'EFE', aliases: ['Agencia EFE'] },
  { name: 'Asian News International', aliases: ['ANI'] },
  { name: 'Press Trust of India', aliases: ['PTI'] },
  { name: 'United News of India', aliases: [], citedOnly: ['UNI'] },
  { name: 'Interfax', aliases: ['Interfax-Ukraine'] },
  { name: 'TASS', aliases: [] },
  { name: 'RIA Novosti', aliases: ['RIA'] },
  { name: 'Ukrinform', aliases: [] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'] },
  { name: 'Tasnim', aliases: ['Tasnim News Agency'] },
  { name: 'Fars News Agency', aliases: [], citedOnly: ['Fars'] },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'] },
  { name: 'Iraqi News Agency', aliases: [], citedOnly: ['INA'] },
  { name: 'WAFA', aliases: [] },
  { name: 'Saudi Press Agency', aliases: [], citedOnly: ['SPA'] },
  { name: 'WAM', aliases: ['Emirates News Agency'] },
  { name: 'Qatar News Agency', aliases: ['QNA'] },
  { name: 'Kuwait News Agency', aliases: ['KUNA'] },
  { name: 'Middle East News Agency', aliases: [], citedOnly: ['MENA'] },
  { name: 'Jordan News Agency', aliases: [], citedOnly: ['Petra'] },
  { name: 'Maghreb Arab Press', aliases: [], citedOnly: ['MAP'] },
  { name: 'Algeria Press Service', aliases: [], citedOnly: ['APS'] },
  { name: 'Tunis Afrique Presse', aliases: [], citedOnly: ['TAP'] },
  { name: 'News Agency of Nigeria', aliases: [], citedOnly: ['NAN'] },
  { name: 'Bernama', aliases: [] },
  { name: 'Antara', aliases: [] },
  { name: 'Philippine News Agency', aliases: [], citedOnly: ['PNA'] },
  { name: 'Kyodo', aliases: ['Kyodo News'] },
  { name: 'Jiji Press', aliases: ['Jiji'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'] },
  { name: 'Associated Press of Pakistan', aliases: [], citedOnly: ['APP'] },
  { name: 'ANSA', aliases: [] },
  { name: 'Europa Press', aliases: [] },
  { name: 'Lusa', aliases: [] },
  { name: 'Sputnik', aliases: [] },
];
