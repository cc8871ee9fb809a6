import { describe, expect, it } from 'vitest';
import { createUnitMatcher, matchUnitList, matchUnitName } from '../../src/domain/units/matching.js';
import { sampleProvince } from '../fixtures/directories/sample-province.js';

const EARLY_2025 = '2025-01-15';
const AFTER_MERGES = '2025-05-01';
const TWO_LEVELS = '2025-08-01';

/** [name as written, unitId or groupId] for each unit read from a cell. */
function read(text: string, asOf = EARLY_2025): [string, string | null][] {
  return matchUnitList(text, sampleProvince, asOf).units.map((u) => [u.name, u.unitId ?? u.groupId]);
}

describe('matchUnitList: cells of the four plans', () => {
  it.each<[string, [string, string | null][]]>([
    ['Sở Nội vụ', [['Sở Nội vụ', 'so-noi-vu']]],
    ['- Sở Nội vụ', [['Sở Nội vụ', 'so-noi-vu']]],
    ['Sở Thông tin và Truyền thông.', [['Sở Thông tin và Truyền thông', 'so-tttt']]],
    ['VP UBND tỉnh', [['VP UBND tỉnh', 'vp-ubnd']]],
    ['Sở Kế hoạch và đầu tư', [['Sở Kế hoạch và đầu tư', 'so-khdt']]],
    [
      'Sở Nội vụ, Sở KHĐT',
      [
        ['Sở Nội vụ', 'so-noi-vu'],
        ['Sở KHĐT', 'so-khdt'],
      ],
    ],
    [
      'Sở TTTT; UBND cấp huyện và cấp xã',
      [
        ['Sở TTTT', 'so-tttt'],
        ['UBND cấp huyện', 'g-huyen'],
        ['cấp xã', 'g-xa'],
      ],
    ],
    [
      'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
      [
        ['Các sở, ban, ngành cấp tỉnh', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Sở, ban, ngành và UBND cấp huyện',
      [
        ['Sở, ban, ngành', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    ['Các sở ban ngành', [['Các sở ban ngành', 'g-so-nganh']]],
    [
      'Sở Tư pháp; Các sở, ngành; UBND cấp huyện',
      [
        ['Sở Tư pháp', 'so-tu-phap'],
        ['Các sở, ngành', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Sở Nội vụ, các sở, ban, ngành; UBND các huyện, thị xã, thành phố; Đơn vị SNCL',
      [
        ['Sở Nội vụ', 'so-noi-vu'],
        ['các sở, ban, ngành', 'g-so-nganh'],
        ['UBND các huyện, thị xã, thành phố', 'g-huyen'],
        ['Đơn vị SNCL', 'g-sncl'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh; Các sở, ban, ngành; UBND huyện, thành phố; UBND xã, phường, thị trấn',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['Các sở, ban, ngành', 'g-so-nganh'],
        ['UBND huyện, thành phố', 'g-huyen'],
        ['UBND xã, phường, thị trấn', 'g-xa'],
      ],
    ],
    [
      'Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh; UBND cấp huyện; UBND cấp xã',
      [
        ['Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
        ['UBND cấp xã', 'g-xa'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Sở Tài chính; Sở Tư pháp, Sở Kế hoạch và Đầu tư.',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['Sở Thông tin và Truyền thông', 'so-tttt'],
        ['Sở Tài chính', 'so-tai-chinh'],
        ['Sở Tư pháp', 'so-tu-phap'],
        ['Sở Kế hoạch và Đầu tư', 'so-khdt'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh, Ban QLKKT tỉnh; Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['Ban QLKKT tỉnh', 'ban-qlkkt'],
        ['Các sở, ban, ngành cấp tỉnh', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh, các Sở: Tư pháp, Tài chính, Sở TTTT, Sở KHĐT; UBND cấp huyện',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['Tư pháp', 'so-tu-phap'],
        ['Tài chính', 'so-tai-chinh'],
        ['Sở TTTT', 'so-tttt'],
        ['Sở KHĐT', 'so-khdt'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh, các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Khoa học và Công nghệ; UBND cấp huyện',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['Tư pháp', 'so-tu-phap'],
        ['Tài chính', 'so-tai-chinh'],
        ['Thông tin và Truyền thông', 'so-tttt'],
        ['Khoa học và Công nghệ', 'so-khcn'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Văn phòng UBND tỉnh và các sở, ban, ngành; UBND các cấp',
      [
        ['Văn phòng UBND tỉnh', 'vp-ubnd'],
        ['các sở, ban, ngành', 'g-so-nganh'],
        ['UBND các cấp', 'g-ubnd-cac-cap'],
      ],
    ],
    ['Các cơ quan, đơn vị, địa phương', [['Các cơ quan, đơn vị, địa phương', 'g-tat-ca']]],
    ['Các cơ quan, đơn vị địa phương', [['Các cơ quan, đơn vị địa phương', 'g-tat-ca']]],
    [
      '- Sở Tư pháp nhiệm vụ trọng tâm liên ngành; - Sở, ban, ngành cấp tỉnh; UBND cấp huyện nhiệm vụ quản lý của ngành, đơn vị',
      [
        ['Sở Tư pháp', 'so-tu-phap'],
        ['Sở, ban, ngành cấp tỉnh', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Sở, ban, ngành cấp tỉnh, UBND cấp huyện đổi với xử lý kết quả TDTHPL thuộc lĩnh vực quản lý; - Sở Tư pháp đổi với Báo cáo kết quả TDTHPL của UBND tỉnh',
      [
        ['Sở, ban, ngành cấp tỉnh', 'g-so-nganh'],
        ['UBND cấp huyện', 'g-huyen'],
        ['Sở Tư pháp', 'so-tu-phap'],
      ],
    ],
    [
      'Sở Tài chính, Phòng Tài chính - Kế hoạch các huyện, thị xã, thành phố Huế',
      [
        ['Sở Tài chính', 'so-tai-chinh'],
        ['Phòng Tài chính - Kế hoạch các huyện, thị xã, thành phố Huế', null],
      ],
    ],
    [
      'Các sở, ban, ngành cấp tỉnh, Sở Tài chính và các cơ quan liên quan',
      [
        ['Các sở, ban, ngành cấp tỉnh', 'g-so-nganh'],
        ['Sở Tài chính', 'so-tai-chinh'],
        ['các cơ quan liên quan', null],
      ],
    ],
    [
      'Sở, ban, ngành, các đơn vị có liên quan và UBND cấp huyện',
      [
        ['Sở, ban, ngành', 'g-so-nganh'],
        ['các đơn vị có liên quan', null],
        ['UBND cấp huyện', 'g-huyen'],
      ],
    ],
    [
      'Sở Nội vụ; UBND cấp huyện; Tổ công tác của Chủ tịch UBND tỉnh',
      [
        ['Sở Nội vụ', 'so-noi-vu'],
        ['UBND cấp huyện', 'g-huyen'],
        ['Tổ công tác của Chủ tịch UBND tỉnh', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('matchUnitList: names that contain "và" or commas stay whole', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', 'so-vhttdl'],
    ['Sở VH,TT&DL', 'so-vhttdl'],
    ['Sở VH, TT&DL', 'so-vhttdl'],
    ['Sở Lao động - Thương binh và Xã hội', 'so-ldtbxh'],
    ['Sở Kế hoạch và Đầu tư', 'so-khdt'],
    ['Sở Giáo dục và Đào tạo', 'so-gddt'],
  ])('%s', (text, id) => {
    expect(read(text, '2025-01-01')).toEqual([[text, id]]);
  });

  it('splits a list of such names', () => {
    expect(read('Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo và Sở Y tế')).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'so-vhttdl'],
      ['Sở Giáo dục và Đào tạo', 'so-gddt'],
      ['Sở Y tế', 'so-y-te'],
    ]);
  });
});

describe('matchUnitList: abbreviations, missing diacritics, typos', () => {
  it.each([
    ['Sở KH&ĐT', 'so-khdt', 1],
    ['Sở KH-ĐT', 'so-khdt', 1],
    ['Sở LĐTBXH', 'so-ldtbxh', 1],
    ['Sở LĐ-TB&XH', 'so-ldtbxh', 1],
    ['Sở TN&MT', 'so-tnmt', 1],
    ['Sở GD&ĐT', 'so-gddt', 1],
    ['Sở NN&PTNT', 'so-nnptnt', 1],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'vp-ubnd', 1],
    ['Ban Quản lý Khu kinh tế tỉnh', 'ban-qlkkt', 1],
    ['So Noi vu', 'so-noi-vu', 1],
    ['SỞ TƯ PHÁP', 'so-tu-phap', 1],
    ['van phong ubnd tinh', 'vp-ubnd', 1],
    ['Sở Nội vự', 'so-noi-vu', 1],
    ['Sở Khoa hoc va Cong nghê', 'so-khcn', 1],
    ['Van phong UBND tinh Quang Tri', 'vp-ubnd', 1],
  ])('%s → %s', (text, id, confidence) => {
    const [unit] = matchUnitList(text, sampleProvince, '2025-01-01').units;
    expect(unit).toMatchObject({ unitId: id, name: text, confidence, group: false });
  });

  it.each([
    ['Sở Tư phám', 'so-tu-phap'],
    ['Sở Thông tin và Truyền thôngg', 'so-tttt'],
    ['Sở Thông tin Truyền thông', 'so-tttt'],
    ['Sở Khoa học và Cong nge', 'so-khcn'],
    ['Văn phòng UBND tỉng', 'vp-ubnd'],
    ['Sở Giáo dục Đào tạo', 'so-gddt'],
  ])('tolerates "%s"', (text, id) => {
    const ref = matchUnitName(text, sampleProvince, '2025-01-01');
    expect(ref.unitId).toBe(id);
    expect(ref.confidence).toBeGreaterThanOrEqual(0.75);
    expect(ref.confidence).toBeLessThan(1);
  });

  it('does not mistake a different unit with a similar name', () => {
    expect(matchUnitName('Phòng Tài chính', sampleProvince, EARLY_2025).unitId).toBeNull();
    expect(matchUnitName('UBND', sampleProvince, EARLY_2025).unitId).toBeNull();
    expect(matchUnitName('Sở Ngoại vụ', sampleProvince, EARLY_2025).unitId).toBeNull();
    expect(matchUnitName('Sở Thông tin', sampleProvince, EARLY_2025).unitId).toBeNull();
  });
});

describe('matchUnitList: roles from notes', () => {
  it('reads "(chủ trì, theo dõi)" and "(phối hợp, thực hiện)"', () => {
    const match = matchUnitList(
      'Văn phòng UBND tỉnh (chủ trì, theo dõi); Các cơ quan, đơn vị, địa phương (phối hợp, thực hiện)',
      sampleProvince,
      EARLY_2025,
    );
    expect(match.units.map((u) => [u.name, u.unitId ?? u.groupId, u.group, u.role, u.note])).toEqual([
      ['Văn phòng UBND tỉnh', 'vp-ubnd', false, 'lead', 'chủ trì, theo dõi'],
      ['Các cơ quan, đơn vị, địa phương', 'g-tat-ca', true, 'cooperating', 'phối hợp, thực hiện'],
    ]);
    expect(match.warnings).toEqual([]);
  });

  it.each([
    ['Sở Nội vụ (theo dõi, kiểm tra); Các cơ quan, đơn vị, địa phương (thực hiện)', ['lead', null]],
    ['Sở Tài chính (chủ trì, đôn đốc, kiểm tra); Các cơ quan, đơn vị, địa phương (thực hiện)', ['lead', null]],
    ['Sở Kế hoạch và Đầu tư (chủ trì theo dõi, tham mưu); Các cơ quan, đơn vị, địa phương (thực hiện)', ['lead', null]],
    [
      'Sở Thông tin và Truyền thông chủ trì theo dõi, đơn đốc, tham mưu); Các cơ quan, đơn vị, địa phương (thực hiện)',
      ['lead', null],
    ],
    ['Chủ trì: Sở Nội vụ; Phối hợp: Sở Tư pháp, Sở Tài chính', ['lead', 'cooperating', 'cooperating']],
    ['Sở Tư pháp, Sở Nội vụ (phối hợp)', ['cooperating', 'cooperating']],
  ])('%s', (text, roles) => {
    expect(matchUnitList(text, sampleProvince, EARLY_2025).units.map((u) => u.role)).toEqual(roles);
  });
});

describe('matchUnitList: units that ended', () => {
  it('follows a merge to the successor, keeping the name as written', () => {
    const match = matchUnitList('Sở TTTT; Sở KH&ĐT', sampleProvince, AFTER_MERGES);
    expect(match.units.map((u) => [u.name, u.unitId, u.confidence])).toEqual([
      ['Sở TTTT', 'so-khcn', 1],
      ['Sở KH&ĐT', 'so-tai-chinh', 1],
    ]);
    expect(match.units[0]?.note).toContain('Sở Khoa học và Công nghệ');
    expect(match.warnings.map((w) => w.code)).toEqual(['successor_used', 'successor_used']);
    expect(match.warnings[0]?.message).toContain('28/02/2025');
  });

  it('follows a chain (renamed in 2008, merged in 2025)', () => {
    expect(matchUnitName('Sở Bưu chính, Viễn thông', sampleProvince, AFTER_MERGES).unitId).toBe('so-khcn');
    expect(matchUnitName('Sở Bưu chính, Viễn thông', sampleProvince, '2020-01-01').unitId).toBe('so-tttt');
  });

  it('keeps the unit when it was still in place at the date', () => {
    const match = matchUnitList('Sở Thông tin và Truyền thông', sampleProvince, '2025-02-28');
    expect(match.units[0]?.unitId).toBe('so-tttt');
    expect(match.warnings).toEqual([]);
  });

  it('two names merged into one unit are listed once', () => {
    const match = matchUnitList('Sở Tài nguyên và Môi trường, Sở NN&PTNT', sampleProvince, AFTER_MERGES);
    expect(match.units.map((u) => u.unitId)).toEqual(['so-nnmt']);
    expect(match.units[0]?.note).toContain('Sở NN&PTNT');
  });

  it('a commune merged in the two-level reform goes to the new commune; a district with no successor is flagged', () => {
    const match = matchUnitList('UBND xã Vĩnh Thái; UBND huyện Gio Linh', sampleProvince, TWO_LEVELS);
    expect(match.units.map((u) => u.unitId)).toEqual(['xa-vinh-hoang', 'gio-linh']);
    expect(match.warnings.map((w) => w.code)).toEqual(['successor_used', 'other']);
    expect(match.warnings[1]?.message).toContain('không có đơn vị kế thừa');
  });
});

describe('matchUnitList: what it cannot place', () => {
  it('an unknown name is unresolved, with a Vietnamese warning', () => {
    const match = matchUnitList(
      'Trung tâm xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc',
      sampleProvince,
      EARLY_2025,
    );
    expect(match.units).toEqual([
      {
        unitId: null,
        groupId: null,
        name: 'Trung tâm xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc',
        group: false,
        confidence: 0,
        role: null,
        note: null,
      },
    ]);
    expect(match.warnings).toEqual([
      expect.objectContaining({ code: 'unresolved_unit', message: expect.stringContaining('Không tìm thấy') }),
    ]);
  });

  it.each([
    'Các cơ quan, đơn vị liên quan',
    'Các cơ quan, đơn vị, liên quan',
    'Cơ quan soạn thảo văn bản QPPL',
    'Các cơ quan, đơn vị được kiểm tra',
  ])('"%s" is a description, not a unit', (text) => {
    const match = matchUnitList(text, sampleProvince, EARLY_2025);
    expect(match.units).toHaveLength(1);
    expect(match.units[0]).toMatchObject({ unitId: null, groupId: null, name: text });
    expect(match.warnings[0]?.message).toContain('cách gọi chung');
  });

  it('a weak resemblance is taken only with a low-confidence warning', () => {
    const match = matchUnitList('Sở Văn hóa Thể thao', sampleProvince, EARLY_2025);
    expect(match.units[0]?.unitId).toBe('so-vhttdl');
    expect(match.units[0]?.confidence).toBeLessThan(0.75);
    expect(match.warnings.map((w) => w.code)).toEqual(['low_confidence']);
  });

  it('a remark in brackets after ";" goes to the unit before it', () => {
    const match = matchUnitList(
      'Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh; (TTHC cấp huyện, cấp xã: UBND cấp huyện rà soát gửi cơ quan chuyên môn)',
      sampleProvince,
      EARLY_2025,
    );
    expect(match.units.map((u) => [u.groupId, u.note])).toEqual([
      ['g-so-nganh', 'TTHC cấp huyện, cấp xã: UBND cấp huyện rà soát gửi cơ quan chuyên môn'],
    ]);
    expect(match.warnings).toEqual([]);
  });

  it('an empty cell names no unit', () => {
    expect(matchUnitList('', sampleProvince, EARLY_2025)).toEqual({ text: '', units: [], warnings: [] });
    expect(matchUnitList(' - ', sampleProvince, EARLY_2025).units).toEqual([]);
  });
});

describe('createUnitMatcher', () => {
  it('gives the same answers as the convenience functions', () => {
    const matcher = createUnitMatcher(sampleProvince, EARLY_2025);
    const text = 'Sở Nội vụ; Các sở, ban, ngành cấp tỉnh; UBND cấp huyện';
    expect(matcher.matchList(text)).toEqual(matchUnitList(text, sampleProvince, EARLY_2025));
    expect(matcher.matchName('Sở TTTT')).toEqual(matchUnitName('Sở TTTT', sampleProvince, EARLY_2025));
  });
});
