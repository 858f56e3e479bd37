/** The 32 London boroughs and the City of London: each is a local authority for SEN. */
export const LONDON_LOCAL_AUTHORITIES = [
  'Barking and Dagenham',
  'Barnet',
  'Bexley',
  'Brent',
  'Bromley',
  'Camden',
  'City of London',
  'Croydon',
  'Ealing',
  'Enfield',
  'Greenwich',
  'Hackney',
  'Hammersmith and Fulham',
  'Haringey',
  'Harrow',
  'Havering',
  'Hillingdon',
  'Hounslow',
  'Islington',
  'Kensington and Chelsea',
  'Kingston upon Thames',
  'Lambeth',
  'Lewisham',
  'Merton',
  'Newham',
  'Redbridge',
  'Richmond upon Thames',
  'Southwark',
  'Sutton',
  'Tower Hamlets',
  'Waltham Forest',
  'Wandsworth',
  'Westminster',
] as const;

/**
 * Sample SENDIASS details for a few boroughs, so the chat and case pages show them in a demo.
 * Placeholders, not the real services: Ofcom's drama numbers (020 7946 0xxx) and example.org
 * addresses. Staff replace them in Local authorities; the seed never overwrites an edit.
 */
export const SAMPLE_IASS: Readonly<
  Record<string, { iassName: string; iassPhone: string; iassUrl: string; iassEmail: string }>
> = {
  Camden: {
    iassName: 'Camden SENDIASS (sample details)',
    iassPhone: '020 7946 0101',
    iassUrl: 'https://camden-sendiass.example.org',
    iassEmail: 'advice@camden-sendiass.example.org',
  },
  Islington: {
    iassName: 'Islington SENDIASS (sample details)',
    iassPhone: '020 7946 0202',
    iassUrl: 'https://islington-sendiass.example.org',
    iassEmail: 'advice@islington-sendiass.example.org',
  },
  Hackney: {
    iassName: 'Hackney SENDIASS (sample details)',
    iassPhone: '020 7946 0303',
    iassUrl: 'https://hackney-sendiass.example.org',
    iassEmail: 'advice@hackney-sendiass.example.org',
  },
  Southwark: {
    iassName: 'Southwark SENDIASS (sample details)',
    iassPhone: '020 7946 0404',
    iassUrl: 'https://southwark-sendiass.example.org',
    iassEmail: 'advice@southwark-sendiass.example.org',
  },
};
