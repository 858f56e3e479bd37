// `pnpm start` for @sen/api: the bundle `pnpm build` made (dist/main.js), or the TypeScript
// sources through tsx when there is no bundle (a checkout that was never built).
import { existsSync } from 'node:fs';

const bundle = new URL('./dist/main.js', import.meta.url);
// Source maps stay off: enabling them makes Node parse every later module's map (PGlite's are
// large) and costs most of a second at start. `node --enable-source-maps start.js` to debug.
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./src/main.ts');
}
