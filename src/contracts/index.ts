export * from './common.js';
export * from './auth.js';
export * from './units.js';
export * from './users.js';
export * from './audit.js';
export * from './plans.js';
export * from './reporting.js';
export * from './scoring.js';
