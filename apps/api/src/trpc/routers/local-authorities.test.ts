import { createLocalAuthority, type StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ caseworker: 'caseworker', admin: 'admin' });
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let admin: StaffUser;
let laId: string;

beforeAll(async () => {
  ({
    t,
    users: { caseworker, admin },
  } = rt);
  laId = (await createLocalAuthority(t.db, { name: 'Northshire' }, { now: t.clock.now() })).id;
});

describe('localAuthorities', () => {
  it('lets a caseworker update the IASS details but not rename', async () => {
    const res = await as(caseworker, 'localAuthorities.update', {
      id: laId,
      patch: {
        iassName: 'Northshire SENDIASS',
        iassPhone: '0300 123 4567',
        iassUrl: 'https://iass.example/north',
      },
    });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect(res.data).toMatchObject({ name: 'Northshire', iassPhone: '0300 123 4567' });
    const rename = await as(caseworker, 'localAuthorities.update', {
      id: laId,
      patch: { name: 'Southshire' },
    });
    expect(rename.status).toBe(403);
    expect(
      (await as(admin, 'localAuthorities.update', { id: laId, patch: { name: 'North Shire' } }))
        .status,
    ).toBe(200);
  });

  it('explains bad details and duplicates', async () => {
    const bad = await as(caseworker, 'localAuthorities.update', {
      id: laId,
      patch: { iassUrl: 'javascript:alert(1)', iassPhone: 'call us' },
    });
    expect(bad.status).toBe(400);
    const paths = (bad.error?.data?.fieldErrors as { path: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(['patch.iassPhone', 'patch.iassUrl']);
    const dup = await as(admin, 'localAuthorities.create', { name: 'North Shire' });
    expect(dup.status).toBe(409);
    const missing = await as(admin, 'localAuthorities.update', {
      id: crypto.randomUUID(),
      patch: { iassName: 'x' },
    });
    expect(missing.status).toBe(404);
  });
});
