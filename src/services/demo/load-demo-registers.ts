/**
 * The demo province's registers, a year up to today: the steering committee's meetings with the commitments
 * they gave (most closed on time, one late, the latest still open), training courses, publicity items on every
 * channel, and every department's ISO 9001 status with a few communes'. Written once (kept if any entry exists).
 */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { demoProvinceId } from './demo-province.js';
import type { Database } from '../../db/client.js';
import {
  inspectionPlanUnits,
  inspectionPlans,
  registerEntries,
  registerFollowUps,
  units,
  users,
} from '../../db/schema/index.js';
import { unitsNeeded } from '../../domain/inspections/selection.js';
import { addDays } from '../../domain/calendar.js';
import { localDateOf } from '../../domain/text/format.js';

export async function loadDemoRegisters(db: Database, now: Date): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(registerEntries);
  if ((existing?.n ?? 0) > 0) return false;
  const today = localDateOf(now);
  const day = (offset: number) => addDays(today, -offset);
  const provinceId = await demoProvinceId(db);
  const live = await db
    .select({ id: units.id, code: units.code, kind: units.kind })
    .from(units)
    .where(
      and(
        isNull(units.archivedAt),
        isNull(units.validTo),
        inArray(units.kind, ['department', 'commune']),
        provinceId ? eq(units.provinceId, provinceId) : undefined,
      ),
    )
    .orderBy(units.code);
  const byCode = new Map(live.map((u) => [u.code, u.id]));
  const departments = live.filter((u) => u.kind === 'department');
  const communes = live.filter((u) => u.kind === 'commune');
  const snv = byCode.get('QT.SNV') ?? departments[0]!.id;
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'snv.cchc'));
  const by = coordinator?.id ?? null;
  const stamp = { createdBy: by, createdAt: now, updatedBy: by, updatedAt: now };
  const pick = (list: typeof live, i: number) => list[i % list.length]!.id;

  await db.transaction(async (tx) => {
    const insert = async (register: string, unitId: string, fields: Record<string, unknown>) =>
      (
        await tx
          .insert(registerEntries)
          .values({ register, unitId, fields, ...stamp })
          .returning()
      )[0]!;

    // Four meetings (quarterly), each giving commitments to departments and communes.
    const meetings = [
      { ago: 300, title: 'Triển khai kế hoạch CCHC năm' },
      { ago: 210, title: 'Sơ kết quý I, nhiệm vụ quý II' },
      { ago: 120, title: 'Sơ kết 6 tháng, nâng cao Chỉ số CCHC' },
      { ago: 25, title: 'Sơ kết 9 tháng, nhiệm vụ cuối năm' },
    ];
    const commitments = [
      'Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền',
      'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
      'Xin lỗi người dân đối với hồ sơ trễ hạn',
    ];
    for (const [m, meeting] of meetings.entries()) {
      const heldOn = day(meeting.ago);
      const entry = await insert('steering-meetings', snv, {
        heldOn,
        title: meeting.title,
        chair: 'Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo',
        attendees: 35 + m * 3,
        conclusions: 'Thông báo kết luận của Trưởng Ban Chỉ đạo gửi các sở, ngành, địa phương.',
      });
      for (const [c, title] of commitments.entries()) {
        const unitId = c === 0 ? pick(departments, m + c) : pick(communes, m * 3 + c);
        const dueOn = addDays(heldOn, 30 + c * 10);
        const open = dueOn >= today || (m === 2 && c === 2);
        const late = m === 1 && c === 1;
        await tx.insert(registerFollowUps).values({
          entryId: entry.id,
          unitId,
          title,
          dueOn,
          status: open ? 'open' : 'done',
          result: open ? null : 'Đã hoàn thành, có báo cáo kết quả gửi Sở Nội vụ.',
          closedOn: open ? null : addDays(dueOn, late ? 12 : -3),
          createdBy: by,
          createdAt: now,
          updatedAt: now,
        });
      }
    }

    const courses = [
      {
        ago: 280,
        topic: 'Nghiệp vụ tiếp nhận, giải quyết TTHC tại Bộ phận Một cửa',
        form: 'training',
        level: 'province',
        participants: 180,
      },
      {
        ago: 230,
        topic: 'Chỉ số CCHC, SIPAS, PAPI: cách chấm và nâng điểm',
        form: 'training',
        level: 'province',
        participants: 150,
      },
      {
        ago: 170,
        topic: 'Số hóa hồ sơ, kết quả giải quyết TTHC',
        form: 'training',
        level: 'commune',
        participants: 95,
      },
      {
        ago: 140,
        topic: 'Bồi dưỡng kỹ năng công chức làm công tác CCHC',
        form: 'course',
        level: 'province',
        participants: 60,
      },
      {
        ago: 90,
        topic: 'Áp dụng ISO 9001:2015 trong cơ quan hành chính',
        form: 'training',
        level: 'department',
        participants: 70,
      },
      {
        ago: 40,
        topic: 'Học tập kinh nghiệm Trung tâm Phục vụ hành chính công',
        form: 'study_visit',
        level: 'province',
        participants: 20,
      },
    ];
    for (const [i, c] of courses.entries())
      await insert('training-courses', i % 3 === 2 ? pick(communes, i) : snv, {
        startOn: day(c.ago),
        endOn: day(c.ago - 1),
        topic: c.topic,
        form: c.form,
        level: c.level,
        participants: c.participants,
      });

    const items: [number, string, string, string][] = [
      [330, 'press', 'Quảng Trị đẩy mạnh cải cách hành chính năm mới', 'Báo Quảng Trị'],
      [300, 'portal', 'Kế hoạch CCHC năm của UBND tỉnh', 'Cổng TTĐT tỉnh'],
      [270, 'broadcast', 'Chuyên mục Cải cách hành chính: Bộ phận Một cửa cấp xã', 'Đài PT-TH Quảng Trị'],
      [240, 'press', 'Người dân hài lòng với dịch vụ công trực tuyến', 'Báo Quảng Trị'],
      [210, 'social', 'Hướng dẫn nộp hồ sơ trực tuyến trên Cổng DVCQG', 'Fanpage Sở Nội vụ'],
      [180, 'contest', 'Cuộc thi tìm hiểu cải cách hành chính', 'Sở Nội vụ'],
      [150, 'portal', 'Công bố Chỉ số CCHC các sở, ngành, địa phương', 'Cổng TTĐT tỉnh'],
      [120, 'broadcast', 'Phóng sự: Chuyển đổi số ở xã Cam Lộ', 'Đài PT-TH Quảng Trị'],
      [95, 'press', 'Cắt giảm thời gian giải quyết thủ tục đất đai', 'Báo Quảng Trị'],
      [70, 'portal', 'Thông báo kết luận họp Ban Chỉ đạo CCHC', 'Cổng TTĐT tỉnh'],
      [45, 'broadcast', 'Tọa đàm: Chính quyền hai cấp phục vụ người dân', 'Đài PT-TH Quảng Trị'],
      [15, 'press', 'Kết quả cuộc thi tìm hiểu cải cách hành chính', 'Báo Quảng Trị'],
    ];
    for (const [i, [ago, channel, title, outlet]] of items.entries())
      await insert('publicity', i % 4 === 3 ? pick(communes, i) : snv, {
        publishedOn: day(ago),
        channel,
        title,
        outlet,
        ...(channel === 'portal' || channel === 'press' ? { link: 'https://quangtri.gov.vn/tin-tuc' } : {}),
      });

    // ISO 9001: every department maintains it (one still building), the first communes too; a quarter checked this year.
    const isoUnits = [...departments, ...communes.slice(0, 6)];
    for (const [i, unit] of isoUnits.entries()) {
      const building = i === 3 || (unit.kind === 'commune' && i % 3 === 0);
      await insert('iso-9001', unit.id, {
        status: building ? 'building' : 'maintaining',
        scope: building
          ? 'Đang xây dựng hệ thống cho các TTHC thuộc thẩm quyền'
          : 'Toàn bộ TTHC thuộc thẩm quyền giải quyết',
        ...(building ? {} : { announcedOn: day(700 + i * 20), lastInternalAuditOn: day(60 + i * 7) }),
        ...(!building && i % 4 === 0 ? { lastCheckOn: day(50 + i) } : {}),
      });
    }

    await loadDemoInspections(tx, { departments, provinceId, today, by, now, insert });
  });
  return true;
}

/**
 * The year's inspection plan of the departments (35%, cchc's order: by code here, none inspected before), the
 * inspections already held with their minutes' conclusions and two remediation items each: one fixed and
 * accepted on time, the other reported and awaiting review, or still open (late for the oldest inspection).
 */
async function loadDemoInspections(
  tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  input: {
    departments: { id: string; code: string }[];
    provinceId: string | null;
    today: string;
    by: string | null;
    now: Date;
    insert: (register: string, unitId: string, fields: Record<string, unknown>) => Promise<{ id: string }>;
  },
) {
  const { departments, provinceId, today, by, now, insert } = input;
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const inYear = (date: string) => (date < yearStart ? yearStart : date > `${year}-12-31` ? `${year}-12-31` : date);
  const chosen = departments.slice(0, unitsNeeded(departments.length, 35));
  if (!chosen.length) return;
  const [plan] = await tx
    .insert(inspectionPlans)
    .values({
      year,
      level: 'department',
      provinceId,
      targetPercent: '35',
      title: `Kiểm tra công tác CCHC các sở, ban, ngành năm ${year}`,
      team: [
        { name: 'Lê Văn Hùng', unit: 'Sở Nội vụ', role: 'Trưởng đoàn' },
        { name: 'Nguyễn Thị Mai', unit: 'Sở Tư pháp', role: 'Thành viên' },
        { name: 'Trần Quốc Bảo', unit: 'Văn phòng UBND tỉnh', role: 'Thành viên' },
      ],
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const spacing = Math.max(7, Math.floor(300 / chosen.length));
  for (const [i, unit] of chosen.entries()) {
    // The first half are already inspected (the oldest first); the rest are scheduled after today.
    const held = i < Math.ceil(chosen.length / 2);
    const scheduledOn = inYear(
      held ? addDays(today, -(20 + (chosen.length - i) * spacing)) : addDays(today, 10 + i * 9),
    );
    await tx.insert(inspectionPlanUnits).values({
      planId: plan!.id,
      unitId: unit.id,
      scheduledOn,
      reason: 'Chưa được kiểm tra lần nào',
    });
    if (!held || scheduledOn > today) continue;
    const entry = await insert('inspections', unit.id, {
      inspectedOn: scheduledOn,
      kind: 'planned',
      team: 'Lê Văn Hùng (Sở Nội vụ), Nguyễn Thị Mai (Sở Tư pháp), Trần Quốc Bảo (Văn phòng UBND tỉnh)',
      findings1: 'Ban hành kế hoạch CCHC năm đúng thời hạn; báo cáo định kỳ đầy đủ.',
      findings3: 'Còn hồ sơ TTHC giải quyết trễ hạn chưa có văn bản xin lỗi.',
      findings7: 'Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt chỉ tiêu.',
      conclusion: 'Cơ bản hoàn thành nhiệm vụ CCHC; yêu cầu khắc phục các tồn tại nêu trên.',
    });
    const dueFirst = addDays(scheduledOn, 30);
    const dueSecond = addDays(scheduledOn, 45);
    const oldest = i === 0;
    await tx.insert(registerFollowUps).values([
      {
        entryId: entry.id,
        unitId: unit.id,
        title: 'Gửi văn bản xin lỗi đối với hồ sơ TTHC trễ hạn',
        dueOn: dueFirst,
        status: dueFirst <= today ? ('done' as const) : ('open' as const),
        result: dueFirst <= today ? 'Đã gửi văn bản xin lỗi, có danh sách kèm theo.' : null,
        reportedOn: dueFirst <= today ? addDays(dueFirst, -4) : null,
        closedOn: dueFirst <= today ? addDays(dueFirst, -4) : null,
        closedBy: dueFirst <= today ? by : null,
        createdBy: by,
        createdAt: now,
        updatedAt: now,
      },
      {
        entryId: entry.id,
        unitId: unit.id,
        title: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
        dueOn: dueSecond,
        status: oldest ? ('open' as const) : dueSecond <= today ? ('reported' as const) : ('open' as const),
        result: !oldest && dueSecond <= today ? 'Đã rà soát, cấu hình lại dịch vụ công trực tuyến toàn trình.' : null,
        reportedOn: !oldest && dueSecond <= today ? addDays(dueSecond, -2) : null,
        createdBy: by,
        createdAt: now,
        updatedAt: now,
      },
    ]);
  }
}
