#!/usr/bin/env node
// The `cchc` command: runs the TypeScript sources directly through tsx (no separate build step).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`cchc cần Node.js 22.12 trở lên (đang dùng ${process.version}). / cchc needs Node.js >= 22.12.`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
