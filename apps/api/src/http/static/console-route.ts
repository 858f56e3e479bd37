import { Hono, type Context } from 'hono';
import { contentSecurityPolicy, inlineScriptHashes } from '../../security/headers';
import { readStatic } from './static-files';
import { notBuiltPage } from '../pages';

/**
 * The built SvelteKit console (adapter-static, base path `/console`). Unknown paths get the SPA
 * shell; hashed assets under `_app/immutable` are cached for a year, everything else revalidates.
 */
export function consoleRoutes(dir: string | null) {
  const app = new Hono();
  const htmlCsp = new Map<string, string>();

  app.get('/*', async (c) => {
    if (!dir) return notBuilt(c);
    const rel = c.req.path.replace(/^\/console\/?/, '');
    let file = rel ? await readStatic(dir, rel) : null;
    if (!file && rel && !rel.endsWith('/')) file = await readStatic(dir, `${rel}.html`);
    if (!file) file = await readStatic(dir, `${rel.replace(/\/?$/, '/')}index.html`);
    if (!file && /\.[a-z0-9]+$/i.test(rel)) return c.notFound();
    const shell =
      file ?? (await readStatic(dir, 'index.html')) ?? (await readStatic(dir, '200.html'));
    if (!shell) return notBuilt(c);
    c.header('Content-Type', shell.type);
    if (shell.type.startsWith('text/html')) {
      let csp = htmlCsp.get(shell.absPath);
      if (!csp) {
        csp = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(shell.body.toString()) });
        htmlCsp.set(shell.absPath, csp);
      }
      c.header('Content-Security-Policy', csp);
      c.header('Cache-Control', 'no-cache');
    } else {
      c.header(
        'Cache-Control',
        rel.startsWith('_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    return c.body(new Uint8Array(shell.body));
  });
  return app;

  function notBuilt(c: Context) {
    return c.html(
      notBuiltPage('The staff console has not been built yet. Run `pnpm build`, then restart.'),
      503,
    );
  }
}
