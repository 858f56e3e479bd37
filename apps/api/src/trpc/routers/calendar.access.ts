// A calendar feed holds the meetings of the cases assigned to its owner: only roles that can be
// assigned cases have one. Each call acts on the caller's own feed.
import { defineAccess } from '../../testing/access';

const ASSIGNABLE = ['caseworker', 'mediator', 'admin'] as const;

export default defineAccess({
  cases: [
    { path: 'calendar.feed', allow: ASSIGNABLE },
    { path: 'calendar.rotateFeed', allow: ASSIGNABLE },
    { path: 'calendar.stopFeed', allow: ASSIGNABLE },
  ],
});
