// Validates the fifty-fourth set (Saltmere and Oakenhurst SEND Mediation Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't54',
  shortName: 'Saltmere and Oakenhurst',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)161\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?587(?!\\d)',
});
