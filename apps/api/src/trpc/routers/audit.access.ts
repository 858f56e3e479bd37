import { defineAccess } from '../../testing/access';

export default defineAccess({
  cases: [
    { path: 'audit.list', allow: ['admin'], input: () => ({ limit: 10 }) },
    { path: 'audit.exportCsv', allow: ['admin'], input: () => ({ action: 'auth.login' }) },
  ],
});
