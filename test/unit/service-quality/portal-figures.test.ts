import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { recomputeRow } from '../../../src/domain/service-quality/recompute.js';
import { MAX_PORTAL_FILE_BYTES, MAX_PORTAL_ROWS, readPortalFigures } from '../../../src/readers/portal-figures.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/portal');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, `${name}.json`)));
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** The refusal's Vietnamese message, or a failure when the reader accepted the input. */
function refusal(input: Uint8Array): string {
  try {
    readPortalFigures(input, 'tep.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PORTAL_FIGURES_UNREADABLE');
    return (error as AppError).message;
  }
  throw new Error('the reader accepted it');
}

describe('readPortalFigures: the group is read from the content', () => {
  it.each([
    ['dvc-progress-tree', 6],
    ['provide-online-tree', 5],
    ['formality-online-payment-tree', 5],
    ['transparency', 4],
    ['handling-satisfaction', 4],
    ['dossier-digitized', 4],
  ] as const)('%s', (name, rows) => {
    const figures = readPortalFigures(fixture(name), `${name}.json`);
    expect(figures.group).toBe(name);
    expect(figures.rows).toHaveLength(rows);
  });

  it('recognises a tree by its maximum when its rows carry only totals, whatever the file is called', () => {
    const tree = { parent: { departmentId: 'p', totalScore: 9, totalMaxScore: 12 }, children: [] };
    expect(readPortalFigures(bytes({ code: 'OK', data: tree }), 'x.json').group).toBe('provide-online-tree');
  });
});

describe('readPortalFigures: rows', () => {
  it('reads a tree parent and its children, with their counts and published score', () => {
    const { rows } = readPortalFigures(fixture('dvc-progress-tree'), 'p.json');
    expect(rows[0]).toMatchObject({
      position: 'parent',
      departmentCode: 'H44',
      level: 'PROVINCE',
      counts: { totalReceived: 2191, totalOnTime: 2113, totalCompleted: 2150 },
    });
    expect(rows[1]).toMatchObject({
      position: 'child',
      departmentId: '6501a3c2e4b0f1000a000107',
      departmentCode: 'H44.07',
      departmentName: 'Sở Nội vụ',
      published: { score: 19.81, maxScore: 20, ratio: 99.04, scoreDelta: 0.12 },
    });
  });

  it('keeps a null as null: a commune with no dossiers has no score, not 0', () => {
    const { rows } = readPortalFigures(fixture('dvc-progress-tree'), 'p.json');
    const commune = rows.find((r) => r.level === 'COMMUNE');
    expect(commune?.published.score).toBeNull();
    expect(commune && recomputeRow('dvc-progress-tree', commune)).toBeNull();
  });

  it('reads evaluation rows with their metrics and the satisfaction counts', () => {
    const { rows } = readPortalFigures(fixture('handling-satisfaction'), 's.json');
    expect(rows[0]).toMatchObject({
      position: 'row',
      departmentCode: null,
      level: 'PROVINCE',
      counts: { totalPetitions: 5, totalDossiers: 1238 },
    });
    expect(rows[0]?.metrics[0]).toEqual({
      code: 'DOSSIER_RECEIVING_SATISFACTION',
      name: 'Mức độ hài lòng trong tiếp nhận, giải quyết hồ sơ',
      numerator: 1180,
      denominator: 1238,
      ratio: 95.32,
      score: 6,
      maxScore: 6,
    });
  });

  it('keeps the quality flags of a metric', () => {
    const { rows } = readPortalFigures(fixture('transparency'), 't.json');
    expect(rows.find((r) => r.departmentName === 'Sở Y tế')?.qualityFlags).toEqual([
      {
        metricCode: 'DOSSIER_SYNC',
        status: 'WARNING',
        message: 'Số hồ sơ đồng bộ thấp hơn số hồ sơ tiếp nhận trên hệ thống của tỉnh; đang đối soát.',
      },
    ]);
    expect(rows.find((r) => r.departmentName === 'Sở Nội vụ')?.qualityFlags).toEqual([]);
  });

  it('recomputes each fixture row to its published score (but the one published off by 0.04)', () => {
    for (const name of [
      'dvc-progress-tree',
      'formality-online-payment-tree',
      'handling-satisfaction',
      'dossier-digitized',
    ]) {
      const figures = readPortalFigures(fixture(name), name);
      for (const row of figures.rows) {
        const recomputed = recomputeRow(figures.group, row);
        if (row.departmentName === 'Sở Y tế' && name === 'dvc-progress-tree') expect(recomputed).toBe(18.46);
        else expect(recomputed, `${name} ${row.departmentName}`).toBe(row.published.score);
      }
    }
  });

  it('reads a numeric id as text, a numeric string as a number, and a wrong type as missing', () => {
    const tree = {
      parent: null,
      children: [
        {
          departmentId: 4407,
          departmentName: '  Sở Nội vụ ',
          totalReceived: '10',
          totalOnTime: { x: 1 },
          score: 'n/a',
        },
        'not a unit',
      ],
    };
    const figures = readPortalFigures(bytes({ code: 'OK', data: tree }), 'x.json');
    expect(figures.rows[0]).toMatchObject({
      departmentId: '4407',
      departmentName: 'Sở Nội vụ',
      counts: { totalReceived: 10, totalOnTime: null },
      published: { score: null },
    });
    expect(figures.warnings).toEqual(['Bỏ qua 1 mục không phải đơn vị trong “children”.']);
  });

  it('warns when the file holds one page of several', () => {
    const data = {
      evaluation: [
        { departmentId: 'a', totalScore: 10, metrics: [{ code: 'DOSSIER_SYNC', numerator: 1, denominator: 2 }] },
      ],
      pagination: { page: 0, size: 1, total: 3 },
    };
    expect(readPortalFigures(bytes({ code: 'OK', data }), 'x.json').warnings).toEqual([
      'Tệp chỉ có 1/3 đơn vị (một trang của câu trả lời); các trang khác chưa có.',
    ]);
  });
});

describe('readPortalFigures: hostile or odd input is refused in Vietnamese, never a crash', () => {
  it('refuses what is not JSON, not UTF-8, or not an answer', () => {
    expect(refusal(bytes('<html>'))).toContain('không phải JSON hợp lệ');
    expect(refusal(new Uint8Array([0x7b, 0xff, 0x7d]))).toContain('không phải văn bản UTF-8');
    expect(refusal(bytes([1, 2]))).toContain('thiếu phần “data”');
    expect(refusal(bytes(null))).toContain('thiếu phần “data”');
    expect(refusal(bytes({ code: 'OK', data: 'x' }))).toContain('không có “evaluation”');
  });

  it('refuses an error answer of the portal, saying its code', () => {
    expect(refusal(bytes({ code: 'UNAUTHORIZED', data: null, message: 'Hết phiên' }))).toContain(
      'Cổng trả lời mã “UNAUTHORIZED” (Hết phiên)',
    );
  });

  it('refuses an answer whose group cannot be told', () => {
    expect(refusal(bytes({ code: 'OK', data: { parent: { departmentId: 'x' }, children: [] } }))).toContain(
      'không nhận ra nhóm',
    );
    expect(refusal(bytes({ code: 'OK', data: { evaluation: [{ totalMaxScore: 18, metrics: [] }] } }))).toContain(
      'không nhận ra nhóm',
    );
    expect(refusal(bytes({ code: 'OK', data: { evaluation: [1, 'x'] } }))).toContain('không có đơn vị nào');
  });

  it('refuses a file over the size limit and too many rows', () => {
    expect(refusal(new Uint8Array(MAX_PORTAL_FILE_BYTES + 1))).toContain('lớn hơn 20 MB');
    const children = Array.from({ length: MAX_PORTAL_ROWS + 1 }, () => ({}));
    expect(refusal(bytes({ code: 'OK', data: { parent: {}, children } }))).toContain('quá giới hạn');
  });

  it('refuses JSON nested too deep for the parser', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => readPortalFigures(bytes(`{"code":"OK","data":${deep}}`), 'x.json')).toThrow(AppError);
  });

  it('cuts a very long name', () => {
    const tree = { children: [{ departmentName: 'x'.repeat(10_000), totalReceived: 1, totalOnTime: 1 }] };
    expect(readPortalFigures(bytes({ code: 'OK', data: tree }), 'x.json').rows[0]?.departmentName).toHaveLength(500);
  });
});
