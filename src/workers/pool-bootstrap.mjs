/**
 * Start of a pooled worker (worker-pool.ts). Plain JavaScript packages named in `preload` (pdfjs: a
 * megabyte of ES module that tsx would otherwise transform, ~1 s and ~130 MB more) are loaded by Node
 * itself first; then tsx is registered for this thread and the TypeScript entry imported. A module loaded
 * before tsx stays in the module cache, so the readers' own `import()` of it finds it there, untransformed.
 */
import { workerData } from 'node:worker_threads';

const { entry, preload } = /** @type {{ entry: string; preload: string[] }} */ (workerData);
for (const specifier of preload) await import(specifier);
const { register } = await import('tsx/esm/api');
register();
await import(entry);
