import { sveltekit } from '@sveltejs/kit/vite';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

// `vite dev` talks to a locally started API (`pnpm start`, port 3000). The API refuses staff
// calls from another origin (CSRF), so the proxy presents them as coming from the API's own.
const API = 'http://127.0.0.1:3000';
const toApi: ProxyOptions = {
  target: API,
  configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', API)),
};

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: { '/trpc': toApi, '/api': toApi } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
