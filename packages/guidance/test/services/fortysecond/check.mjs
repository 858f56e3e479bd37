// Validates the forty-second set (Ravensfell SEND Resolution Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't42',
  shortName: 'Ravensfell',
  phoneRe: '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)1632[\\s.-]?960[\\s.-]?527(?!\\d)',
});
