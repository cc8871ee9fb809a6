export * from './groups.js';
export * from './numbers.js';
export * from './metric-groups.js';
export * from './tree-groups.js';
export * from './total.js';
