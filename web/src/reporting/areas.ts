/** The eight areas (lĩnh vực) plans are organised by, as their Roman numerals; see DOMAIN.md. */
export const AREA_CODES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
