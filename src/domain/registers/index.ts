/** Every register, one line each: a new register is a file beside these and a line here (see kit.ts). */
import { dialogues } from './dialogues.js';
import { inspections } from './inspections.js';
import { iso9001 } from './iso-9001.js';
import { publicity } from './publicity.js';
import { steeringMeetings } from './steering-meetings.js';
import { trainingCourses } from './training-courses.js';
import type { RegisterDeclaration } from './kit.js';

export const REGISTERS = [steeringMeetings, trainingCourses, publicity, iso9001, dialogues, inspections] as const;

export type RegisterKey = (typeof REGISTERS)[number]['key'];
export const REGISTER_KEYS = REGISTERS.map((r) => r.key) as [RegisterKey, ...RegisterKey[]];

export const registerOf = (key: RegisterKey): RegisterDeclaration => REGISTERS.find((r) => r.key === key)!;

/** Every register figure's catalogue entry (without its compute). */
export const registerFigureDefinitions = REGISTERS.flatMap((r) =>
  r.figures.map(({ compute: _compute, ...definition }) => definition),
);
export type RegisterFigureKey = (typeof registerFigureDefinitions)[number]['key'];
