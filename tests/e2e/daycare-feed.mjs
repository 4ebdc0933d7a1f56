// A small daycare feed made in the test, the same every time: institutions
// in a few municipalities, with locations, opening hours, years of figures
// and postcodes, so every part of the dashboard has something to show
// (the table, the details, distances, the comparison and the years).
const AREAS = [
  ['751', 'Aarhus', 56.157, 10.207],
  ['101', 'København', 55.676, 12.568],
  ['461', 'Odense', 55.403, 10.402],
  ['851', 'Aalborg', 57.048, 9.919],
];
const TYPES = ['nursery', 'kindergarten', 'integrated', 'family_daycare'];
const NAMES = ['Solsikken', 'Egernet', 'Skovbørnene', 'Mariehønen', 'Troldehøjen', 'Regnbuen', 'Bikuben', 'Myretuen'];

export function daycareFeed(units = 120) {
  // A fixed sequence of numbers in [0, 1): no Math.random, so a failure can be repeated.
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const figure = (id, da, en, unit, better) => ({
    id, label: { da, en }, unit, decimals: 1, better, presence: 'mandatory',
    breaks: [{ year: 2023, note: { da: 'Ny metode', en: 'New method' } }],
  });
  const series = (base) => Object.fromEntries([2019, 2020, 2021, 2022, 2023].map((y, i) => [String(y), +(base + i * 0.05).toFixed(2)]));
  return {
    format: 'ogw.daycare/1',
    about: {
      title: { da: 'Prøvedata', en: 'Test data' }, synthetic: true,
      sources: [{ name: 'Test', url: 'https://example.org' }], as_of: '2025-01-01',
    },
    figures: [
      figure('normering', 'Børn pr. voksen', 'Children per adult', 'børn pr. voksen', 'lower'),
      figure('paedagoger', 'Andel pædagoger', 'Share of pedagogues', '%', 'higher'),
      figure('sygefravaer', 'Sygefravær', 'Sick leave', '%', 'lower'),
    ],
    national: {
      values: { normering: 3.0, paedagoger: 58.2, sygefravaer: 6.1 },
      series: { normering: series(3.1), paedagoger: series(56) },
      method: { da: 'Vægtet gennemsnit', en: 'Weighted mean' },
    },
    areas: AREAS.map(([code, name, lat, lon], i) => ({
      code, name, location: { lat, lon }, enrolment_url: `https://example.org/${code}`,
      values: { normering: 2.8 + i * 0.1, paedagoger: 55 + i, sygefravaer: 5 + i * 0.3 },
      series: { normering: series(2.9 + i * 0.1), paedagoger: series(54 + i) },
    })),
    units: Array.from({ length: units }, (_, i) => {
      const [code, , lat, lon] = AREAS[i % AREAS.length];
      return {
        id: `${code}-${String(i).padStart(4, '0')}`,
        name: `${NAMES[i % NAMES.length]} ${i}`,
        type: TYPES[i % TYPES.length],
        area: code,
        address: `Vej ${i}, ${code}`,
        location: { lat: lat + (next() - 0.5) / 10, lon: lon + (next() - 0.5) / 10 },
        values: {
          normering: +(2.5 + next()).toFixed(1),
          paedagoger: i % 9 === 0 ? 'suppressed' : +(45 + next() * 25).toFixed(1),
          sygefravaer: i % 11 === 0 ? 'not_reported' : +(3 + next() * 6).toFixed(1),
        },
        opening_hours: { mon: '06:30-17:00', tue: '06:30-17:00', wed: '06:30-17:00', thu: '06:30-17:00', fri: '06:30-16:00' },
        meals: 'lunch',
        url: `https://example.org/u${i}`,
      };
    }),
    postcodes: [
      { code: '8000', name: 'Aarhus C', location: { lat: 56.157, lon: 10.207 } },
      { code: '1000', name: 'København K', location: { lat: 55.676, lon: 12.568 } },
    ],
  };
}

/** The feed as an inline `<script type="application/json">`, safe inside HTML. */
export function inlineFeed(feed) {
  return `<script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;
}
