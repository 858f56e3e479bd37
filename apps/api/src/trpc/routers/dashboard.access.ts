import { defineAccess, STAFF } from '../../testing/access';

export default defineAccess({
  cases: [{ path: 'dashboard.today', allow: STAFF, note: 'each sees their own; admin all' }],
});
