import { defineConfig } from 'vite';

// `vite build` resolves @livewell/* as an adopter's bundler does: the packages' browser builds
// (`browser` export condition, dist/browser/, made by `pnpm build`), so the e2e test runs what
// adopters ship. `vite` (dev server) resolves the TypeScript sources instead (the workspace's
// `@livewell/source` condition), so edits show without a rebuild.
export default defineConfig(({ command }) => ({
  base: './',
  resolve:
    command === 'serve'
      ? { conditions: ['@livewell/source', 'module', 'browser', 'development|production'] }
      : {},
  build: { outDir: 'dist', target: 'es2022' },
}));
