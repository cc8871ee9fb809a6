export * from './units.js';
export * from './auth.js';
export * from './audit.js';
export * from './plans.js';
export * from './reporting.js';
export * from './scoring.js';
export * from './documents.js';
export * from './service-figures.js';
