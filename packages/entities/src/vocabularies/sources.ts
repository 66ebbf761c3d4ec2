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
