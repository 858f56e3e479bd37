// Validates the fifty-fifth set (Fenwold SEND Resolution Hub).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't55',
  shortName: 'Fenwold',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)808\\)?[\\s.-]?157[\\s.-]?0[\\s.-]?264(?!\\d)',
});
