import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../src/contracts/auth.js';
import {
  ACTIONS,
  can,
  POLICY,
  reachesEverywhere,
  SCOPES,
  scopesOf,
  TOKEN_SCOPE_NAMES,
  TOKEN_SCOPES,
  tokenScopesFor,
  type PolicyActor,
} from '../../../src/domain/access/policy.js';

const UNIT_A = 'unit-a';
const UNIT_B = 'unit-b';
const as = (role: Role, unitId: string | null = UNIT_A, userId = 'user-1'): PolicyActor => ({ role, unitId, userId });

describe('the access table', () => {
  it('names every role and scope it grants from the schema and its own scope list', () => {
    for (const action of ACTIONS) {
      for (const [role, scopes] of Object.entries(POLICY[action].grants)) {
        expect(ROLES, action).toContain(role);
        for (const scope of scopes as readonly string[]) expect(SCOPES, `${action} ${role}`).toContain(scope);
      }
      expect(POLICY[action].what.trim(), action).not.toBe('');
    }
  });

  it('lets everyone signed in use their own account and read the directory, the plans and the criteria', () => {
    for (const role of ROLES)
      for (const action of ['account.own', 'directory.read', 'plan.read', 'criteria.read'] as const)
        expect(can(as(role), action), `${role} ${action}`).toBe(true);
  });

  it('keeps accounts, the audit log and backups to administrators', () => {
    for (const action of ['users.manage', 'audit.read', 'system.backup'] as const) {
      expect(ROLES.filter((role) => can(as(role), action))).toEqual(['admin']);
    }
  });
});

describe('an administrator', () => {
  it('manages units, plans, periods and rounds, and reviews reports', () => {
    for (const action of [
      'units.manage',
      'plan.import',
      'period.manage',
      'scoring.manage',
      'unitReport.review',
      'provinceReport.write',
    ] as const)
      expect(can(as('admin', null), action), action).toBe(true);
  });

  it('neither records a unit’s work nor withdraws its evidence, scores it, or appraises', () => {
    for (const action of ['unitWork.record', 'evidence.withdraw', 'scoring.selfAssess', 'scoring.appraise'] as const)
      expect(can(as('admin', UNIT_A), action, { unitId: UNIT_A }), action).toBe(false);
  });
});

describe('a coordinator (Sở Nội vụ)', () => {
  const coordinator = as('coordinator', UNIT_A);

  it('reads every unit and withdraws any unit’s wrongly uploaded evidence', () => {
    expect(can(coordinator, 'unitData.read', { unitId: UNIT_B })).toBe(true);
    expect(can(coordinator, 'evidence.withdraw', { unitId: UNIT_B })).toBe(true);
  });

  it('self-assesses their own unit in a round, never another one', () => {
    expect(can(coordinator, 'scoring.selfAssess', { unitId: UNIT_A })).toBe(true);
    expect(can(coordinator, 'scoring.selfAssess', { unitId: UNIT_B })).toBe(false);
  });

  it('never records a unit’s reporting work, not even their own unit’s, which they review', () => {
    expect(can(coordinator, 'unitWork.record', { unitId: UNIT_A })).toBe(false);
    expect(can(coordinator, 'unitReport.review', { unitId: UNIT_A })).toBe(true);
  });
});

describe('a reporter', () => {
  const reporter = as('reporter', UNIT_A);

  it('reads and records their own unit’s work only', () => {
    for (const action of ['unitData.read', 'unitWork.record', 'evidence.withdraw', 'scoring.selfAssess'] as const) {
      expect(can(reporter, action, { unitId: UNIT_A }), action).toBe(true);
      expect(can(reporter, action, { unitId: UNIT_B }), action).toBe(false);
    }
  });

  it('reads their own unit’s figures only, never a level’s (no unit named)', () => {
    expect(can(reporter, 'figures.read', { unitId: UNIT_A })).toBe(true);
    expect(can(reporter, 'figures.read', { unitId: UNIT_B })).toBe(false);
    expect(can(reporter, 'figures.read', { unitId: null })).toBe(false);
    expect(can(reporter, 'figureCatalogue.read')).toBe(true);
  });

  it('fails closed when the unit is not known', () => {
    expect(can(reporter, 'unitData.read')).toBe(false);
    expect(can(as('reporter', null), 'unitData.read', { unitId: null })).toBe(false);
  });

  it('reads another unit’s scoring and a round’s results once published, and a round that scores their unit', () => {
    expect(can(reporter, 'scoring.readUnit', { unitId: UNIT_B, roundPublished: false })).toBe(false);
    expect(can(reporter, 'scoring.readUnit', { unitId: UNIT_B, roundPublished: true })).toBe(true);
    expect(can(reporter, 'scoring.readResults', { roundPublished: false })).toBe(false);
    expect(can(reporter, 'scoring.readResults', { roundPublished: true })).toBe(true);
    expect(can(reporter, 'scoring.readRound', { roundScoresOwnUnit: true, roundPublished: false })).toBe(true);
    expect(can(reporter, 'scoring.readRound', { roundScoresOwnUnit: false, roundPublished: false })).toBe(false);
  });

  it('follows only the jobs they asked for, and sees no province-wide report or early appraisal', () => {
    expect(can(reporter, 'job.read', { requestedBy: 'user-1' })).toBe(true);
    expect(can(reporter, 'job.read', { requestedBy: 'user-2' })).toBe(false);
    for (const action of ['provinceReport.read', 'scoring.readEarly', 'scoring.whatIf'] as const)
      expect(can(reporter, action), action).toBe(false);
  });
});

describe('a leader', () => {
  const leader = as('leader', null);

  it('reads everything province-wide', () => {
    for (const action of [
      'unitData.read',
      'provinceReport.read',
      'scoring.readUnit',
      'scoring.readResults',
      'scoring.readEarly',
      'job.read',
      'scoring.whatIf',
    ] as const)
      expect(can(leader, action, { unitId: UNIT_B }), action).toBe(true);
  });

  it('writes nothing: whatever the facts, all they may do is read (and use their own account)', () => {
    const allowed = ACTIONS.filter((action) =>
      can(leader, action, {
        unitId: UNIT_B,
        roundPublished: true,
        roundScoresOwnUnit: true,
        council: { areas: ['1'], chair: true },
        requestedBy: 'user-1',
      }),
    );
    expect(allowed).toEqual([
      'account.own',
      'directory.read',
      'plan.read',
      'criteria.read',
      'figureCatalogue.read',
      'calendar.read',
      'unitData.read',
      'provinceReport.read',
      'figures.read',
      'job.read',
      'scoring.readRound',
      'scoring.readUnit',
      'scoring.readResults',
      'scoring.readEarly',
      'scoring.jointRead',
      'dossiers.read',
      'indices.read',
      'register.read',
      'inspections.read',
      'unitPlans.overview',
      'initiative.read',
      'feedback.read',
      'scoring.whatIf',
      'surveys.results',
    ]);
  });
});

describe('national indices', () => {
  it('are read by everyone signed in and entered (and made into work) by the office only', () => {
    const reporter: PolicyActor = { role: 'reporter', unitId: 'u1' };
    expect(can(reporter, 'indices.read')).toBe(true);
    expect(can(reporter, 'indices.manage', { unitId: 'u1' })).toBe(false);
    expect(can({ role: 'leader', unitId: null }, 'indices.manage')).toBe(false);
    expect(can({ role: 'appraiser', unitId: null }, 'indices.manage')).toBe(false);
    expect(can({ role: 'coordinator', unitId: 'snv' }, 'indices.manage')).toBe(true);
  });
});

describe('plan targets linked to figures', () => {
  it('are linked by the office only: not by a leader, a reporter or an appraiser', () => {
    expect(ROLES.filter((role) => can(as(role, UNIT_A), 'indicator.linkFigure'))).toEqual(['admin', 'coordinator']);
  });
});

describe('inspections', () => {
  it('are planned and recorded by the office anywhere, by a district for the communes under it only', () => {
    expect(ROLES.filter((role) => can(as(role, UNIT_A), 'inspections.manage'))).toEqual(['admin', 'coordinator']);
    expect(ROLES.filter((role) => can(as(role, UNIT_A), 'register.supervise'))).toEqual(['coordinator']);
    const district = as('reporter', UNIT_A);
    for (const action of ['inspections.read', 'inspections.manage', 'register.supervise'] as const) {
      expect(can(district, action, { unitId: UNIT_B, supervisedUnit: true }), action).toBe(true);
      expect(can(district, action, { unitId: UNIT_B, supervisedUnit: false }), action).toBe(false);
      // Its own unit is not one it supervises; no fact, no access (fail closed).
      expect(can(district, action, { unitId: UNIT_A }), action).toBe(false);
    }
    // Supervising a commune gives nothing else: not its reports, its feedback or its other registers' follow-ups.
    for (const action of ['unitData.read', 'feedback.read', 'register.assign', 'unitWork.record'] as const)
      expect(can(district, action, { unitId: UNIT_B, supervisedUnit: true }), action).toBe(false);
    expect(can(as('leader', null), 'register.supervise', { unitId: UNIT_B, supervisedUnit: true })).toBe(false);
  });
});

describe('citizen feedback', () => {
  it('is received, assigned and published by the coordinators, answered by the unit it is given to, read by leaders', () => {
    expect(ROLES.filter((role) => can(as(role, UNIT_A), 'feedback.manage'))).toEqual(['coordinator']);
    expect(can(as('reporter', UNIT_A), 'feedback.answer', { unitId: UNIT_A })).toBe(true);
    expect(can(as('reporter', UNIT_A), 'feedback.answer', { unitId: UNIT_B })).toBe(false);
    // An item not yet assigned belongs to no unit: no reporter reads or answers it.
    expect(can(as('reporter', UNIT_A), 'feedback.read', { unitId: null })).toBe(false);
    expect(can(as('leader', null), 'feedback.read', { unitId: UNIT_B })).toBe(true);
    expect(can(as('leader', null), 'feedback.answer', { unitId: UNIT_B })).toBe(false);
  });
});

describe('dossiers', () => {
  it('are imported by the office only and read by a unit only for itself', () => {
    expect(ROLES.filter((role) => can(as(role), 'dossiers.import'))).toEqual(['admin', 'coordinator']);
    expect(can(as('reporter', UNIT_A), 'dossiers.read', { unitId: UNIT_A })).toBe(true);
    expect(can(as('reporter', UNIT_A), 'dossiers.read', { unitId: UNIT_B })).toBe(false);
    // The whole province names no unit: a reporter is refused it.
    expect(can(as('reporter', UNIT_A), 'dossiers.read', {})).toBe(false);
    expect(can(as('leader', null), 'dossiers.read', { unitId: UNIT_B })).toBe(true);
  });
});

describe('an appraiser', () => {
  const appraiser = as('appraiser', UNIT_A);

  it('appraises only as a council member, and only the areas assigned', () => {
    expect(can(appraiser, 'scoring.appraise', { council: null })).toBe(false);
    expect(can(appraiser, 'scoring.appraise', { council: { areas: ['1', '2'], chair: false } })).toBe(true);
    expect(can(appraiser, 'scoring.appraise', { council: { areas: ['1', '2'], chair: false }, area: '2' })).toBe(true);
    expect(can(appraiser, 'scoring.appraise', { council: { areas: ['1', '2'], chair: false }, area: '5' })).toBe(false);
  });

  it('records the council’s approval only as its chair, and manages nothing else of the round', () => {
    expect(can(appraiser, 'scoring.approve', { council: { areas: ['1'], chair: true } })).toBe(true);
    expect(can(appraiser, 'scoring.approve', { council: { areas: ['1'], chair: false } })).toBe(false);
    expect(can(appraiser, 'scoring.manage')).toBe(false);
  });

  it('never self-assesses, even their own unit', () => {
    expect(can(appraiser, 'scoring.selfAssess', { unitId: UNIT_A })).toBe(false);
  });
});

describe('reachesEverywhere', () => {
  it('is true only for a role whose permission needs no fact', () => {
    expect(reachesEverywhere({ role: 'coordinator' }, 'unitData.read')).toBe(true);
    expect(reachesEverywhere({ role: 'reporter' }, 'unitData.read')).toBe(false);
    expect(reachesEverywhere({ role: 'reporter' }, 'users.manage')).toBe(false);
    expect(scopesOf({ role: 'reporter' }, 'users.manage')).toEqual([]);
  });
});

describe("another system's API token", () => {
  const token = (...tokenScopes: (typeof TOKEN_SCOPE_NAMES)[number][]): PolicyActor => ({
    role: 'system',
    unitId: null,
    userId: 'system-1',
    tokenScopes,
  });

  it('may do what its scopes grant, everywhere, and nothing else', () => {
    expect(can(token('figures:read'), 'figures.read', { unitId: UNIT_B })).toBe(true);
    expect(reachesEverywhere(token('figures:read'), 'figures.read')).toBe(true);
    expect(can(token('figures:read'), 'provinceReport.read')).toBe(false);
    expect(can(token('reports:read'), 'provinceReport.read')).toBe(true);
    expect(can(token('figures:read', 'reports:read', 'dossiers:push'), 'users.manage')).toBe(false);
    expect(can(token('figures:read', 'reports:read', 'dossiers:push'), 'account.own')).toBe(false);
    expect(can(token(), 'figures.read')).toBe(false);
  });

  it('opens no write a person decides: only dossier data is pushed', () => {
    const opened = new Set(TOKEN_SCOPE_NAMES.flatMap((name) => Object.keys(TOKEN_SCOPES[name].grants)));
    const writes = [...opened].filter((action) => !/\.read$/.test(action));
    expect(writes).toEqual(['dossiers.import']);
  });

  it('follows only the jobs its own system asked for', () => {
    expect(can(token('dossiers:push'), 'job.read', { requestedBy: 'system-1' })).toBe(true);
    expect(can(token('dossiers:push'), 'job.read', { requestedBy: 'coordinator-1' })).toBe(false);
  });

  it('gives a system account without a token nothing, whatever the table grants people', () => {
    for (const action of ACTIONS) expect(scopesOf({ role: 'system' }, action), action).toEqual([]);
  });

  it('lists the scopes that open an action, for the OpenAPI document', () => {
    expect(tokenScopesFor('directory.read')).toEqual(['figures:read', 'reports:read', 'dossiers:push']);
    expect(tokenScopesFor('users.manage')).toEqual([]);
  });
});

describe('provinces in one installation', () => {
  const coordinator: PolicyActor = { role: 'coordinator', unitId: 'snv-quang-tri' };
  const reporter: PolicyActor = { role: 'reporter', unitId: 'stp-quang-tri' };
  const between = (actor: string | null, ...subjects: (string | null)[]) => ({ province: { actor, subjects } });

  it('keeps every role of a province to its own province’s units and the shared ones, whatever its scope', () => {
    expect(can(coordinator, 'unitData.read', between('quang-tri', 'quang-tri'))).toBe(true);
    expect(can(coordinator, 'unitData.read', between('quang-tri', 'ha-tinh'))).toBe(false);
    expect(can(coordinator, 'units.manage', between('quang-tri', 'ha-tinh'))).toBe(false);
    expect(can(coordinator, 'unitData.read', between('quang-tri', null))).toBe(true);
    expect(can(reporter, 'directory.read', between('quang-tri', 'ha-tinh'))).toBe(false);
  });

  it('needs every unit and plan the request names within the province', () => {
    expect(can(coordinator, 'unitData.read', between('quang-tri', 'quang-tri', 'quang-tri'))).toBe(true);
    expect(can(coordinator, 'unitData.read', between('quang-tri', 'quang-tri', 'ha-tinh'))).toBe(false);
  });

  it('lets someone outside every province reach every province', () => {
    expect(can({ role: 'admin', unitId: null }, 'users.manage', between(null, 'ha-tinh'))).toBe(true);
  });

  it('never widens a scope: the province check only takes away', () => {
    expect(can(reporter, 'unitData.read', { unitId: 'stp-ha-tinh', ...between('quang-tri', 'quang-tri') })).toBe(false);
  });
});
