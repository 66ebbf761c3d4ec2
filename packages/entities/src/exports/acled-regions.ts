/**
 * ACLED's region for each country (ISO 3166-1 alpha-2), as ACLED files its data. ACLED's regions
 * are its own: Mexico is in Central America, Sudan in Northern Africa, Türkiye in the Middle East,
 * the South Caucasus with Central Asia, Russia in Europe. Territories ACLED does not list follow
 * their geography.
 */
const ACLED_REGIONS: Record<string, readonly string[]> = {
  'Western Africa': ['BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SL', 'SN', 'TG', 'SH', 'AC', 'TA'],
  'Middle Africa': ['AO', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'ST', 'TD'],
  'Eastern Africa': ['BI', 'DJ', 'ER', 'ET', 'KE', 'KM', 'MG', 'MU', 'MW', 'MZ', 'RE', 'RW', 'SC', 'SO', 'SS', 'TZ', 'UG', 'YT', 'ZM', 'ZW'],
  'Southern Africa': ['BW', 'LS', 'NA', 'SZ', 'ZA'],
  'Northern Africa': ['DZ', 'EG', 'EH', 'LY', 'MA', 'SD', 'TN'],
  'Middle East': ['AE', 'BH', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'],
  'South Asia': ['AF', 'BD', 'BT', 'IN', 'LK', 'MV', 'NP', 'PK', 'IO'],
  'Southeast Asia': ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
  'East Asia': ['CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW'],
  'Caucasus and Central Asia': ['AM', 'AZ', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ'],
  Europe: [
    'AD', 'AL', 'AT', 'AX', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO', 'FR', 'GB', 'GG',
    'GI', 'GR', 'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO',
    'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SJ', 'SK', 'SM', 'UA', 'VA', 'XK',
  ],
  'North America': ['BM', 'CA', 'GL', 'PM', 'US'],
  'Central America': ['BZ', 'CR', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV'],
  Caribbean: [
    'AG', 'AI', 'AW', 'BB', 'BL', 'BQ', 'BS', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ',
    'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
  ],
  'South America': ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE'],
  Oceania: [
    'AS', 'AU', 'CC', 'CK', 'CX', 'FJ', 'FM', 'GU', 'KI', 'MH', 'MP', 'NC', 'NF', 'NR', 'NU', 'NZ', 'PF', 'PG', 'PN', 'PW',
    'SB', 'TK', 'TO', 'TV', 'UM', 'VU', 'WF', 'WS',
  ],
  Antarctica: ['AQ', 'BV', 'GS', 'HM', 'TF'],
};

const REGION_OF_COUNTRY = new Map(Object.entries(ACLED_REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region] as const)));

export const ACLED_REGION_NAMES = Object.keys(ACLED_REGIONS);

/** ACLED's region for a country code, e.g. "IQ" -> "Middle East". */
export const acledRegionOf = (countryCode: string): string | undefined => REGION_OF_COUNTRY.get(countryCode);
