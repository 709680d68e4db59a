/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built files are embedded in the Go binary (//go:embed all:frontend/dist)
// and served by Wails in the window and by `tiepdan serve` in a browser.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000, // one offline bundle; size is not a network cost here
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Component tests render Ant Design in jsdom, which takes seconds on a busy
    // 2-core machine; a timeout is not what these tests check.
    testTimeout: 60_000,
  },
});
