import { describe, expect, it } from 'vitest';
import { extractIndicators, looksLikeTarget } from '../../../src/domain/plan/fields/indicators.js';
import type { Comparator, PlanLevel } from '../../../src/domain/plan/fields/types.js';

type Row = [sentence: string, comparator: Comparator, value: number, unit: string, subject: string];

describe('extractIndicators: one target', () => {
  it.each<Row>([
    [
      'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 50%.',
      '>=',
      50,
      '%',
      'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ',
    ],
    [
      'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 90%',
      '>=',
      90,
      '%',
      'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC',
    ],
    [
      'đảm bảo kiểm tra ít nhất 30% số cơ quan, địa phương trên địa bàn tỉnh.',
      '>=',
      30,
      '%',
      'kiểm tra số cơ quan, địa phương trên địa bàn tỉnh',
    ],
    [
      'tỷ lệ hồ sơ giao dịch thanh toán trực tuyến đạt từ 45% trở lên',
      '>=',
      45,
      '%',
      'tỷ lệ hồ sơ giao dịch thanh toán trực tuyến',
    ],
    [
      'Trên 99% hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn',
      '>',
      99,
      '%',
      'hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn',
    ],
    [
      'Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%.',
      '>=',
      100,
      '%',
      'Tỷ lệ cấp kết quả giải quyết TTHC điện tử',
    ],
    [
      'Hoàn thành 100% nhiệm vụ cải cách hành chính theo Kế hoạch năm 2024 của tỉnh',
      '>=',
      100,
      '%',
      'nhiệm vụ cải cách hành chính theo Kế hoạch năm 2024 của tỉnh',
    ],
    [
      'Từ 85% số cơ sở nhà, đất trở lên thuộc thẩm quyền quản lý được phê duyệt phương án',
      '>=',
      85,
      '%',
      'số cơ sở nhà',
    ],
    [
      'Tiếp tục thực hiện TGBC theo lộ trình (đến năm 2025 giảm 10% so với năm 2021)',
      '>=',
      10,
      '%',
      'Giảm so với năm 2021',
    ],
    ['Tỷ lệ hồ sơ trễ hạn không quá 5%', '<=', 5, '%', 'Tỷ lệ hồ sơ trễ hạn'],
    ['Tỷ lệ hồ sơ trễ hạn dưới 1%', '<', 1, '%', 'Tỷ lệ hồ sơ trễ hạn'],
    ['giảm 28 biên chế', '>=', 28, 'biên chế', 'Giảm biên chế'],
    [
      'Mỗi năm có ít nhất 03 sáng kiến hoặc giải pháp mới có quy mô áp dụng',
      '>=',
      3,
      'sáng kiến',
      'sáng kiến hoặc giải pháp mới có quy mô áp dụng',
    ],
    ['Tổ chức 02 đến 03 cuộc đối thoại với doanh nghiệp', '>=', 2, 'cuộc đối thoại', 'cuộc đối thoại với doanh nghiệp'],
    [
      'Đạt 50 thủ tục hành chính hoặc nhóm thủ tục hành chính được giải quyết theo hình thức liên thông cùng cấp',
      '>=',
      50,
      'thủ tục hành chính',
      'thủ tục hành chính hoặc nhóm thủ tục hành chính được giải quyết theo hình thức liên thông cùng cấp',
    ],
    ['Duy trì chế độ họp Ban chỉ đạo CCHC mỗi năm 02 lần', '>=', 2, 'lần', 'Duy trì chế độ họp Ban chỉ đạo CCHC'],
    [
      'Mục tiêu phấn đấu năm 2024: điểm điều tra xã hội học đạt tối thiểu 3,39 điểm',
      '>=',
      3.39,
      'điểm',
      'điểm điều tra xã hội học',
    ],
  ])('%s', (sentence, comparator, value, unit, subject) => {
    const drafts = extractIndicators(sentence);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ comparator, value, unit, subject });
    expect(sentence).toContain(drafts[0]?.text);
    expect(looksLikeTarget(sentence)).toBe(true);
  });
});

describe('extractIndicators: several targets', () => {
  it('splits "cấp tỉnh 100%, cấp huyện 100%, cấp xã 95%" into one target per level', () => {
    const drafts = extractIndicators('Tỷ lệ số hóa hồ sơ cấp tỉnh 100%, cấp huyện 100%, cấp xã 95%');
    expect(drafts.map((d) => [d.level, d.comparator, d.value, d.unit, d.subject])).toEqual([
      ['province', '>=', 100, '%', 'Tỷ lệ số hóa hồ sơ'],
      ['district', '>=', 100, '%', 'Tỷ lệ số hóa hồ sơ'],
      ['commune', '>=', 95, '%', 'Tỷ lệ số hóa hồ sơ'],
    ]);
  });

  it('reads the Quảng Trị cell with three per-level lists, each with its own subject', () => {
    const drafts = extractIndicators(
      '- Xử lý VB và HSCV đúng quy trình theo tỉ lệ: cấp tỉnh 95%; cấp huyện 90%; cấp xã 80% - Ký số đơn vị theo tỷ lệ: cấp tỉnh 90%; cấp huyện 80%; cấp xã 80% - Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị theo tỷ lệ: Cấp tỉnh 80%; huyện 80%; xã 70%',
    );
    expect(drafts.map((d) => [d.subject, d.level, d.value])).toEqual([
      ['Xử lý VB và HSCV đúng quy trình', 'province', 95],
      ['Xử lý VB và HSCV đúng quy trình', 'district', 90],
      ['Xử lý VB và HSCV đúng quy trình', 'commune', 80],
      ['Ký số đơn vị', 'province', 90],
      ['Ký số đơn vị', 'district', 80],
      ['Ký số đơn vị', 'commune', 80],
      ['Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị', 'province', 80],
      ['Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị', 'district', 80],
      ['Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị', 'commune', 70],
    ]);
  });

  it('pairs "… tương ứng là 100%, 100%, 95%" with the levels named before it (Thừa Thiên Huế)', () => {
    const drafts = extractIndicators(
      'Tỷ lệ đánh giá hài lòng trong tiếp nhận, giải quyết TTHC thuộc thẩm quyền giải quyết của UBND tỉnh, UBND cấp huyện, UBND cấp xã đạt tỷ lệ tối thiểu tương ứng là 100%, 100%, 95%.',
    );
    expect(drafts.map((d) => [d.level, d.comparator, d.value])).toEqual<[PlanLevel, Comparator, number][]>([
      ['province', '>=', 100],
      ['district', '>=', 100],
      ['commune', '>=', 95],
    ]);
  });

  it('reads each clause of a prose sentence (Trà Vinh)', () => {
    const drafts = extractIndicators(
      '- 100% TTHC đủ điều kiện theo quy định được cung cấp trực tuyến toàn trình, trong đó tối thiểu 70% TTHC có phát sinh hồ sơ nộp trực tuyến; tối thiểu 60% hồ sơ được nộp bằng hình thức trực tuyến/tổng hồ sơ tiếp nhận. Tối thiểu 90% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.',
    );
    expect(drafts.map((d) => [d.value, d.subject])).toEqual([
      [100, 'TTHC đủ điều kiện theo quy định được cung cấp trực tuyến toàn trình'],
      [70, 'TTHC có phát sinh hồ sơ nộp trực tuyến'],
      [60, 'hồ sơ được nộp bằng hình thức trực tuyến/tổng hồ sơ tiếp nhận'],
      [90, 'người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến'],
    ]);
  });

  it('takes the level named in the clause ("của cấp huyện đạt tối thiểu 20%")', () => {
    const drafts = extractIndicators(
      '- Số hóa hồ sơ đối với TTHC thuộc thẩm quyền giải quyết của cấp tỉnh đạt tối thiểu 30% - Số hóa hồ sơ đối với TTHC thuộc thẩm quyền giải quyết của cấp huyện đạt tối thiểu 20%',
    );
    expect(drafts.map((d) => [d.level, d.value])).toEqual([
      ['province', 30],
      ['district', 20],
    ]);
  });

  it('reads a score target and a rank ("thuộc top 15")', () => {
    const drafts = extractIndicators(
      'Mục tiêu phấn đấu năm 2024: điểm tự đánh giá đạt 5,5/6 điểm và thuộc top 15 tỉnh, thành phố đứng đầu.',
    );
    expect(drafts.map((d) => [d.comparator, d.value, d.unit])).toEqual([
      ['>=', 5.5, 'điểm'],
      ['<=', 15, 'thứ hạng'],
    ]);
  });

  it('takes the lower bound of a range once ("từ 70% đến dưới 100%")', () => {
    expect(
      extractIndicators('Có thêm đơn vị tự bảo đảm từ 70% đến dưới 100% chi thường xuyên').map((d) => [
        d.comparator,
        d.value,
      ]),
    ).toEqual([['>=', 70]]);
  });
});

type LevelRow = [plan: string, sentence: string, expected: [value: number, level: PlanLevel | null, subject: string][]];

describe('extractIndicators: the level of each target, before or after its number', () => {
  it.each<LevelRow>([
    [
      'tra-vinh-2025 l.130',
      'đảm bảo 100% hồ sơ công việc tại cấp tỉnh, 95% hồ sơ công việc tại cấp huyện và 80% hồ sơ công việc tại cấp xã được xử lý trên hệ thống.',
      [
        [100, 'province', 'hồ sơ công việc được xử lý trên hệ thống'],
        [95, 'district', 'hồ sơ công việc được xử lý trên hệ thống'],
        [80, 'commune', 'hồ sơ công việc được xử lý trên hệ thống'],
      ],
    ],
    [
      'tra-vinh-2025 l.130',
      '- 100% cơ quan nhà nước ở 3 cấp sử dụng đồng bộ Hệ thống Quản lý văn bản và điều hành',
      [[100, null, 'cơ quan nhà nước ở 3 cấp sử dụng đồng bộ Hệ thống Quản lý văn bản và điều hành']],
    ],
    [
      'quang-tri-2025 I.5',
      'Thực hiện kiểm tra công tác CCHC 30% các sở, UBND cấp huyện; UBND cấp huyện tiến hành kiểm tra công tác CCHC 30% UBND cấp xã và cơ quan chuyên môn cấp huyện',
      [
        [30, null, 'Thực hiện kiểm tra công tác CCHC các sở, UBND cấp huyện'],
        [30, 'district', 'UBND cấp huyện tiến hành kiểm tra công tác CCHC UBND cấp xã và cơ quan chuyên môn cấp huyện'],
      ],
    ],
    [
      'quang-tri-2025 VII.4',
      '- Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị theo tỷ lệ: Cấp tỉnh 80%; huyện 80%; xã 70%',
      [
        [80, 'province', 'Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị'],
        [80, 'district', 'Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị'],
        [70, 'commune', 'Ký số Lãnh đạo đơn vị trên tổng số VB đi ký số của đơn vị'],
      ],
    ],
    [
      'thua-thien-hue-2025 l.178',
      '- 100% các cơ quan chuyên môn thuộc UBND tỉnh, cấp huyện, cấp xã được rà soát, sắp xếp lại tổ chức',
      [[100, null, 'các cơ quan chuyên môn thuộc UBND tỉnh, cấp huyện, cấp xã được rà soát']],
    ],
    [
      'thua-thien-hue-2025 l.144',
      '- 100% TTHC nội bộ thuộc phạm vi quản lý của các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý Khu kinh tế, công nghiệp tỉnh được thống kê, công bố (lần đầu) và 100% TTHC nội bộ giữa các cơ quan hành chính nhà nước được công khai trên Cơ sở dữ liệu quốc gia về TTHC.',
      [
        [100, 'department', 'TTHC nội bộ thuộc phạm vi quản lý của các cơ quan chuyên môn thuộc UBND tỉnh'],
        [
          100,
          null,
          'TTHC nội bộ giữa các cơ quan hành chính nhà nước được công khai trên Cơ sở dữ liệu quốc gia về TTHC',
        ],
      ],
    ],
    [
      'thua-thien-hue-2025 l.256',
      '- 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã xây dựng và triển khai hệ thống thông tin chuyên ngành.',
      [[100, null, 'cơ quan nhà nước từ cấp tỉnh đến cấp xã xây dựng và triển khai hệ thống thông tin chuyên ngành']],
    ],
    [
      'thua-thien-hue-2025 l.96',
      '- Phấn đấu 100% VBQPPL do HĐND, UBND tỉnh ban hành, VBQPPL của HĐND, UBND cấp huyện, cấp xã ban hành được rà soát',
      [[100, null, 'VBQPPL do HĐND, UBND tỉnh ban hành']],
    ],
    [
      'vinh-phuc-2024 III-3.4.3',
      'Trên 99% hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn',
      [[99, 'commune', 'hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn']],
    ],
    [
      'vinh-phuc-2024 VII-7.2.1',
      '- 100% các sở, ngành có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 80% trở lên',
      [
        [100, 'department', 'các sở, ngành có tỷ lệ xử lý văn bản'],
        [80, null, 'hồ sơ công việc trên môi trường mạng'],
      ],
    ],
    [
      'vinh-phuc-2024 VII-7.2.1',
      '- 100% các phòng thuộc UBND cấp huyện có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 50% trở lên',
      [
        [100, 'district', 'các phòng thuộc UBND cấp huyện có tỷ lệ xử lý văn bản'],
        [50, null, 'hồ sơ công việc trên môi trường mạng'],
      ],
    ],
    [
      'vinh-phuc-2024 V-5.6',
      '- 100% cán bộ cấp xã đạt chuẩn về chuyên môn, nghiệp vụ',
      [[100, 'commune', 'cán bộ cấp xã đạt chuẩn về chuyên môn']],
    ],
    [
      'vinh-phuc-2024 I-1.3.1',
      'Kiểm tra định kỳ và chuyên đề công tác cải cách hành chính tại các cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện đạt từ 30% trở lên',
      [
        [
          30,
          null,
          '… định kỳ và chuyên đề công tác cải cách hành chính tại các cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện',
        ],
      ],
    ],
    [
      'written for the test: level after the number with "ở"',
      'Tỷ lệ văn bản ký số đạt 100% ở cấp sở, 90% ở cấp huyện và 80% ở cấp xã',
      [
        [100, 'department', 'Tỷ lệ văn bản ký số'],
        [90, 'district', 'Tỷ lệ văn bản ký số'],
        [80, 'commune', 'Tỷ lệ văn bản ký số'],
      ],
    ],
    [
      'written for the test: group names before the number',
      'Tỷ lệ hồ sơ giải quyết đúng hạn: các sở, ban, ngành 100%; UBND cấp huyện 98%; UBND cấp xã 95%',
      [
        [100, 'department', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
        [98, 'district', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
        [95, 'commune', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      ],
    ],
  ])('%s: %s', (_plan, sentence, expected) => {
    expect(extractIndicators(sentence).map((d) => [d.value, d.level, d.subject])).toEqual(expected);
  });
});

describe('extractIndicators: restated, continued and scale figures', () => {
  it('reads "và 1.607 chỉ tiêu biên chế" as a second reduction and skips the shares that restate them (Quảng Trị)', () => {
    const drafts = extractIndicators(
      'mục tiêu trong giai đoạn từ năm 2022-2026 giảm 88 chỉ tiêu biên chế công chức, tương ứng với 05% số giao năm 2021 và 1.607 chỉ tiêu biên chế sự nghiệp hưởng lương ngân sách nhà nước, tương ứng 10% với số giao năm 2021.',
    );
    expect(drafts.map((d) => [d.comparator, d.value, d.unit, d.subject])).toEqual([
      ['>=', 88, 'chỉ tiêu biên chế', 'Giảm chỉ tiêu biên chế công chức'],
      ['>=', 1607, 'chỉ tiêu biên chế', 'Giảm chỉ tiêu biên chế sự nghiệp hưởng lương ngân sách nhà nước'],
    ]);
  });

  it('gives the second item of "giảm 10% … và 5% …" its own subject (Quảng Trị)', () => {
    const drafts = extractIndicators(
      'trong đó giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước và 5% biên chế hành chính.',
    );
    expect(drafts.map((d) => [d.value, d.subject])).toEqual([
      [10, 'Giảm biên chế sự nghiệp hưởng lương từ ngân sách nhà nước'],
      [5, 'Giảm biên chế hành chính'],
    ]);
  });

  it('does not take the scale maximum "(tối đa 6 điểm)" as a target, but takes "đạt điểm tối đa (6,5 điểm)" (Vĩnh Phúc)', () => {
    expect(
      extractIndicators('Điểm tự đánh giá: đạt 7,14 điểm (tối đa 8 điểm)').map((d) => [
        d.comparator,
        d.value,
        d.subject,
      ]),
    ).toEqual([['>=', 7.14, 'Điểm tự đánh giá']]);
    expect(
      extractIndicators(
        'điểm tự đánh giá đạt điểm tối đa theo thang điểm đánh giá (6,5 điểm); điểm điều tra xã hội học đạt tối thiểu 3,6 điểm',
      ).map((d) => [d.comparator, d.value, d.unit, d.subject]),
    ).toEqual([
      ['>=', 6.5, 'điểm', 'điểm tự đánh giá'],
      ['>=', 3.6, 'điểm', 'điểm điều tra xã hội học'],
    ]);
  });

  it('keeps "kinh tế - xã hội" and a list of nouns in one subject', () => {
    expect(
      extractIndicators('100% các chỉ tiêu phát triển Kinh tế - Xã hội đạt và vượt so với kế hoạch')[0]?.subject,
    ).toBe('các chỉ tiêu phát triển Kinh tế - Xã hội đạt và vượt so với kế hoạch');
    expect(
      extractIndicators('100% cán bộ, công chức, viên chức chấp hành nghiêm kỷ luật, kỷ cương hành chính')[0]?.subject,
    ).toBe('cán bộ, công chức, viên chức chấp hành nghiêm kỷ luật');
  });
});

describe('extractIndicators: numbers that are not targets', () => {
  it.each([
    'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
    'Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
    'Hoàn thành trước ngày 31/12/2025',
    'Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 và năm 2025',
    '3.1. Tổ chức hội nghị triển khai kế hoạch',
    'Nghị quyết số 01-NQ/TU ngày 04/11/2021 của Tỉnh ủy',
    'Kế hoạch số 136/KH-UBND ngày 01/7/2024 của UBND tỉnh',
    'Cơ quan nhà nước ở 3 cấp sử dụng hệ thống',
    'Xây dựng báo cáo Đánh giá Tổng kết',
  ])('%s', (sentence) => {
    expect(extractIndicators(sentence)).toEqual([]);
    expect(looksLikeTarget(sentence)).toBe(false);
  });

  it("does not call last year's result a target", () => {
    expect(
      looksLikeTarget(
        'Năm 2023, đạt 9,64 điểm/10,5 điểm tối đa (đạt tỷ lệ 91,79%), xếp vị trí thứ 30/63 tỉnh, thành phố, giảm 10 bậc so với năm 2022.',
      ),
    ).toBe(false);
    expect(looksLikeTarget('Mục tiêu phấn đấu năm 2024: Đạt tối thiểu 14,05 điểm.')).toBe(true);
  });
});
