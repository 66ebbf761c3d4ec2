// What the gazetteer's source lists of first-level divisions (iso3166-2-db) and towns lack, read by generate.mjs.
// Facts of the map, not of any article: divisions made since the list was written, and the names the
// press gives divisions the list spells another way.

/**
 * Divisions the list lacks: [country, name, the town that is its seat]. A seat the town list lacks is
 * given by its coordinates.
 */
export const NEWER_DIVISIONS = [
  // Ghana's six regions of 2019, split from Northern, Brong-Ahafo, Volta and Western.
  ['GH', 'North East Region', 'Nalerigu'],
  ['GH', 'Savannah Region', 'Damongo'],
  ['GH', 'Oti Region', 'Dambai'],
  ['GH', 'Bono Region', 'Sunyani'],
  ['GH', 'Bono East Region', 'Techiman'],
  ['GH', 'Ahafo Region', 'Goaso'],
  ['GH', 'Western North Region', 'Sefwi Wiawso'],
  // South Sudan's ten states, restored in 2020 (the list has the 32 of 2017), and its administrative areas.
  ['SS', 'Central Equatoria State', 'Juba'],
  ['SS', 'Eastern Equatoria State', 'Torit'],
  ['SS', 'Western Equatoria State', 'Yambio'],
  ['SS', 'Lakes State', 'Rumbek'],
  ['SS', 'Northern Bahr el Ghazal State', 'Aweil'],
  ['SS', 'Western Bahr el Ghazal State', 'Wau'],
  ['SS', 'Unity State', 'Bentiu'],
  ['SS', 'Upper Nile State', 'Malakal'],
  ['SS', 'Warrap State', { name: 'Kuajok', lat: 8.31, lon: 27.99 }],
  ['SS', 'Abyei Administrative Area', { name: 'Abyei', lat: 9.6, lon: 28.44 }],
  ['SS', 'Greater Pibor Administrative Area', 'Pibor'],
  // Ethiopia's regions of 2020 to 2023, made from the Southern Nations region.
  ['ET', 'Sidama Region', 'Hawassa'],
  ['ET', 'South West Ethiopia Peoples’ Region', 'Bonga'],
  ['ET', 'Central Ethiopia Region', 'Hosa’ina'],
  ['ET', 'South Ethiopia Region', 'Sodo'],
  // Iraq's Kurdistan Region, the federal region of the 2005 constitution over Duhok, Erbil, Sulaymaniyah and Halabja.
  ['IQ', 'Kurdistan Region', 'Erbil'],
];

/**
 * Divisions the list names another way than the press: [country, the list's name, the other names].
 * Not those whose other name is also their main town's ("Hodeidah", "Duhok"): the town must win there.
 */
export const OTHER_DIVISION_NAMES = [
  ['SO', 'Lower Shebelle', ['Lower Shabelle', 'Shabeellaha Hoose']],
  ['SO', 'Middle Shebelle', ['Middle Shabelle', 'Shabeellaha Dhexe']],
  ['SO', 'Galguduud', ['Galgaduud', 'Galgadud']],
  ['SO', 'Hiran', ['Hiiraan', 'Hiraan']],
  ['SO', 'Lower Juba', ['Jubbada Hoose']],
  ['SO', 'Middle Juba', ['Jubbada Dhexe']],
  ['UA', 'Kiev Oblast', ['Kyiv Oblast']],
  ['SD', 'Gharb Kurdufān', ['West Kordofan']],
  ['SD', 'North Kurdufan', ['North Kordofan']],
  ['SD', 'Al Jazirah', ['Gezira', 'Al Gezira']],
  ['IQ', 'Saladin Province', ['Salahuddin Province', 'Salah al-Din Province', 'Salah ad-Din Province']],
  ['MM', 'Magway Region', ['Magwe Region']],
  ['NE', 'Tillabéri Region', ['Tillabery Region']],
  ['CM', 'Far North Region', ['Extreme North Region']],
  ['ML', 'Tombouctou Region', ['Timbuktu Region']],
  ['AF', 'Maidan Wardak Province', ['Wardak Province']],
  ['PK', 'Azad Kashmir', ['Azad Jammu and Kashmir']],
  ['PH', 'Autonomous Region in Muslim Mindanao', ['Bangsamoro Autonomous Region in Muslim Mindanao', 'Bangsamoro']],
  ['BD', 'Chittagong Division', ['Chattogram Division']],
  ['BD', 'Barisal Division', ['Barishal Division']],
];

/** Towns renamed since the town list was written, or spelled otherwise by their press: [country, the list's name, the other names]. The largest of that name gets them. */
export const OTHER_TOWN_NAMES = [
  // Bangladesh's English spellings of 2018.
  ['BD', 'Chittagong', ['Chattogram']],
  ['BD', 'Comilla', ['Cumilla']],
  ['BD', 'Jessore', ['Jashore']],
  ['BD', 'Bogra', ['Bogura']],
  ['IN', 'Gurgaon', ['Gurugram']],
  // Kashmir's towns as the Indian press spells them.
  ['IN', 'Pūnch', ['Poonch']],
  ['IN', 'Shupīyan', ['Shopian']],
  // The names the press uses beside the list's: Sidon's Arabic name, Mocímboa's full one.
  ['LB', 'Sidon', ['Saida']],
  ['MZ', 'Mocímboa', ['Mocímboa da Praia']],
  // Capitals as the press names them: the United States' ("Washington"), Ethiopia's in its own official spelling.
  ['US', 'Washington, D.C.', ['Washington', 'Washington DC']],
  ['ET', 'Addis Ababa', ['Addis Abeba']],
  // Towns the list names in their own language where the press writes the English name (the UN's offices in Geneva).
  ['CH', 'Genève', ['Geneva']],
  ['DE', 'Nürnberg', ['Nuremberg']],
  // Rwanda's towns under the names of the districts of 2006 they head, as its press writes them.
  ['RW', 'Gisenyi', ['Rubavu']],
  ['RW', 'Butare', ['Huye']],
  ['RW', 'Gitarama', ['Muhanga']],
  ['RW', 'Kibuye', ['Karongi']],
  ['RW', 'Cyangugu', ['Rusizi']],
  ['RW', 'Byumba', ['Gicumbi']],
  ['RW', 'Kibungo', ['Ngoma']],
  ['RW', 'Gikongoro', ['Nyamagabe']],
];
