/** Whom a figure is computed for: one unit, or a level of the province (its units' values combined). */
export const FIGURE_LEVELS = ['province', 'departments', 'communes'] as const;
/** The whole province (departments, districts and communes), its departments, its communes. */
export type FigureLevel = (typeof FIGURE_LEVELS)[number];

export type FigureScope = { unitId: string } | { level: FigureLevel };
