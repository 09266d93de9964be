import { defineConfig } from 'vite';

// Resolve @livewell/* to their TypeScript sources (the workspace's `@livewell/source` condition).
export default defineConfig({
  base: './',
  resolve: { conditions: ['@livewell/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', target: 'es2022' },
});
