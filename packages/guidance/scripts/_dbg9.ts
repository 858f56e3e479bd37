import { answerDeadline } from '../src/pipeline/deadline';
import { findStateDates } from '../src/conversation/state';
const m = process.argv[2]!;
console.log(findStateDates(m, '2026-12-03'));
const r = answerDeadline(m, '2026-12-03', undefined, '0113');
console.log(r?.text?.slice(0, 300));
