// `pnpm start`: read the environment once, start everything, say where it is.
import { ConfigError, loadEnv } from './lib/env';
import { startSystem } from './system/server';

async function main() {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const started = performance.now();
  const system = await startSystem(env);
  const lines = [
    '',
    `SEN Mediation Desk is running (${Math.round(performance.now() - started)} ms)`,
    `  API and health:  ${system.url}/health`,
    `  Staff console:   ${system.url}/console/`,
    system.demoUrl
      ? `  Demo partner page (a made-up council embedding the chat): ${system.demoUrl}`
      : '',
    system.mailOn
      ? `  Staff e-mail:    on, from ${env.mail?.from ?? ''}`
      : '  Staff e-mail:    off (set SMTP_URL and MAIL_FROM to e-mail staff about callbacks and deadlines)',
    `  Sign in as:      ${system.admin.email}`,
    system.admin.password && !env.adminPassword
      ? `  One-time password (shown only now; you will choose a new one): ${system.admin.password}`
      : system.admin.created
        ? '  Password: the ADMIN_PASSWORD you set (you will choose a new one at first sign-in)'
        : '',
    '',
  ].filter((l) => l !== '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await system.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
