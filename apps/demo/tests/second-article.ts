/**
 * A second article of the seed incident, as another outlet filed it the next day: the same strike in
 * Anbar, a different toll (two dead), the Islamic State and al-Sudani named again. Written for these
 * tests, not taken from anywhere.
 */
export const secondArticle = {
  title: "Iraq says Islamic State's number two killed in Anbar air strike",
  body: [
    'BAGHDAD — Iraqi forces killed Abu Khadija, the second-in-command of the Islamic State group, in an air strike in Anbar province on Thursday, Prime Minister Mohammed Shia al-Sudani said on Friday.',
    'Abu Khadija, whose real name is Abdallah Maki Mosleh al-Rifai, was killed along with another Islamic State member when aircraft struck their hideout in the desert of western Anbar, security officials said.',
    'The operation was carried out by the Iraqi National Intelligence Service in coordination with the US-led coalition, al-Sudani said in a statement.',
    '"Abu Khadija was one of the most dangerous terrorists in Iraq and the world," al-Sudani said.',
    'The Islamic State group has not commented on the strike.',
  ].join('\n\n'),
  publishedDate: '2025-03-14',
  outlet: 'Tigris Wire',
};
