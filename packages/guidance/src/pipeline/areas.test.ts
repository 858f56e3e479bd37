import { describe, expect, it } from 'vitest';
import { answerAreas } from './areas';

const reach = { name: 'Example Mediation', phone: '01632 960 123', iassText: '' };
const AREAS = ['Camden', 'London Borough of Hackney', 'Royal Borough of Greenwich', 'Islington'];
const ask = (m: string, areas: string[] | undefined = AREAS) => answerAreas(m, areas, reach);

describe('answerAreas', () => {
  it.each([
    ['Do you cover Camden?', 'Camden'],
    ['does your service work with hackney council', 'London Borough of Hackney'],
    ['Is Greenwich covered?', 'Royal Borough of Greenwich'],
    ['Can you help families in Islington?', 'Islington'],
  ])('says yes to %j, naming the authority as listed', (m, listed) => {
    expect(ask(m)).toBe(
      `Yes: we work with families in ${listed}. You can ask here, or call Example Mediation on 01632 960 123.`,
    );
  });

  it('lists the authorities when asked which', () => {
    expect(ask('Which boroughs do you cover?')).toMatch(
      /^We work with families in these local authorities: Camden, London Borough of Hackney, Royal Borough of Greenwich and Islington\. If yours is not one of them, call Example Mediation on 01632 960 123/,
    );
  });

  it.each([
    'I got a letter from Camden Council, when must I appeal?',
    'We live in Hackney and the school refused to assess him',
    'Do you cover disagreements with academies?',
    'Do you cover Kent?',
  ])('leaves %j to be answered as asked', (m) => expect(ask(m)).toBeUndefined());

  it('says nothing without a list of authorities', () => {
    expect(answerAreas('Do you cover Camden?', undefined, reach)).toBeUndefined();
    expect(ask('Which boroughs do you cover?', [])).toBeUndefined();
  });
});
