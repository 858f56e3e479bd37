import { defineAccess, STAFF } from '../../testing/access';

const period = () => ({ from: '2025-10-01', to: '2026-01-04' });

export default defineAccess({
  cases: [
    { path: 'reports.service', allow: STAFF, input: period, note: 'aggregates only' },
    { path: 'reports.csv', allow: STAFF, input: period },
    {
      path: 'reports.answerSources',
      allow: STAFF,
      input: period,
      note: 'counts and reason codes only',
    },
  ],
});
