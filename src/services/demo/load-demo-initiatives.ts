import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { initiativeApplications, initiatives, units } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { INITIATIVE_AREAS } from '../../domain/initiatives/initiatives.js';
import { type EffectLevel } from '../../domain/initiatives/initiatives.js';
import { localDateOf } from '../../domain/text/format.js';

interface DemoInitiative {
  unit: string;
  title: string;
  area: (typeof INITIATIVE_AREAS)[number];
  problem: string;
  solution: string;
  /** Month-day of the proposal; the decision's when decided. */
  proposed: string;
  decided?: { recognised: boolean; on: string; number: string; effect?: EffectLevel };
  withdrawn?: string;
  appliedBy?: { unit: string; on: string; note: string };
}

const DEMO: DemoInitiative[] = [
  {
    unit: 'QT.STP',
    title: 'Số hóa và tra cứu trực tuyến hồ sơ lý lịch tư pháp',
    area: 'Cải cách thủ tục hành chính',
    problem: 'Người dân phải đến trực tiếp nhiều lần để bổ sung hồ sơ cấp phiếu lý lịch tư pháp.',
    solution: 'Số hóa hồ sơ tồn, cho phép tra cứu tình trạng và nhận kết quả qua bưu chính công ích.',
    proposed: '01-15',
    decided: { recognised: true, on: '04-15', number: '25/QĐ-HĐSK', effect: 'province' },
    appliedBy: {
      unit: 'QT.X.DONGHA',
      on: '05-20',
      note: 'Áp dụng tra cứu tình trạng hồ sơ tại bộ phận một cửa phường.',
    },
  },
  {
    unit: 'QT.X.DONGHA',
    title: 'Tổ hỗ trợ dịch vụ công trực tuyến tại bộ phận một cửa',
    area: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    problem: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp do người dân chưa quen thao tác.',
    solution: 'Đoàn viên thanh niên hướng dẫn, nộp hộ hồ sơ trực tuyến ngay tại bộ phận một cửa.',
    proposed: '01-20',
    decided: { recognised: true, on: '04-15', number: '26/QĐ-HĐSK', effect: 'unit' },
  },
  {
    unit: 'QT.STC',
    title: 'Bảng theo dõi giải ngân vốn đầu tư công theo tuần',
    area: 'Cải cách tài chính công',
    problem: 'Số liệu giải ngân tổng hợp chậm, khó phát hiện dự án chậm tiến độ.',
    solution: 'Bảng tính dùng chung cập nhật hằng tuần, cảnh báo dự án dưới 30% kế hoạch.',
    proposed: '01-25',
    decided: { recognised: false, on: '04-15', number: '27/QĐ-HĐSK' },
  },
  {
    unit: 'QT.X.CAMLO',
    title: 'Tiếp nhận phản ánh, kiến nghị qua tài khoản Zalo của UBND xã',
    area: 'Công tác thông tin, tuyên truyền',
    problem: 'Phản ánh của người dân đến qua nhiều kênh, không theo dõi được thời hạn trả lời.',
    solution: 'Một tài khoản Zalo chính thức, sổ theo dõi phản ánh và hạn trả lời 15 ngày làm việc.',
    proposed: '02-10',
  },
  {
    unit: 'QT.SYT',
    title: 'Đặt lịch khám bệnh trực tuyến liên thông các bệnh viện tuyến tỉnh',
    area: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    problem: 'Người bệnh chờ lâu tại quầy tiếp đón.',
    solution: 'Cổng đặt lịch chung, nhắc lịch qua tin nhắn.',
    proposed: '02-12',
  },
  {
    unit: 'QT.SXD',
    title: 'Mẫu hồ sơ cấp phép xây dựng điền sẵn',
    area: 'Cải cách thủ tục hành chính',
    problem: 'Hồ sơ cấp phép xây dựng bị trả lại do kê khai thiếu.',
    solution: 'Mẫu điền sẵn theo từng loại công trình.',
    proposed: '01-28',
    withdrawn: 'Đơn vị rút để hoàn thiện, đề xuất lại vào năm sau.',
  },
];

/** A few initiatives of the demo's year at each stage, one recognised and applied by another unit. Written once. */
export async function loadDemoInitiatives(db: Database, now: Date, year: number): Promise<void> {
  const [existing] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.year, year));
  if (existing) return;
  const today = localDateOf(now);
  const dated = (monthDay: string) => `${year}-${monthDay}`;
  const codes = [...new Set(DEMO.flatMap((d) => [d.unit, ...(d.appliedBy ? [d.appliedBy.unit] : [])]))];
  const ids = new Map(
    (await db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes))).map((u) => [
      u.code,
      u.id,
    ]),
  );
  await db.transaction(async (tx) => {
    for (const d of DEMO) {
      const unitId = ids.get(d.unit);
      if (!unitId || dated(d.proposed) > today) continue;
      const decided = d.decided && dated(d.decided.on) <= today ? d.decided : undefined;
      const status = d.withdrawn
        ? 'withdrawn'
        : decided
          ? decided.recognised
            ? 'recognised'
            : 'not_recognised'
          : 'submitted';
      const [row] = await tx
        .insert(initiatives)
        .values({
          unitId,
          year,
          title: d.title,
          area: d.area,
          problem: d.problem,
          solution: d.solution,
          status,
          submittedAt: new Date(`${dated(d.proposed)}T09:00:00+07:00`),
          effectLevel: decided?.effect ?? null,
          decidedOn: decided ? dated(decided.on) : null,
          decisionNumber: decided?.number ?? null,
          withdrawnAt: d.withdrawn ? new Date(`${dated(d.proposed)}T15:00:00+07:00`) : null,
          withdrawReason: d.withdrawn ?? null,
        })
        .returning({ id: initiatives.id });
      await recordAudit(tx, null, {
        action: 'initiative.propose',
        entityId: row!.id,
        after: { unitId, year, title: d.title, area: d.area },
      });
      const applier = d.appliedBy && ids.get(d.appliedBy.unit);
      if (decided?.recognised && d.appliedBy && applier && dated(d.appliedBy.on) <= today) {
        const application = {
          initiativeId: row!.id,
          unitId: applier,
          appliedOn: dated(d.appliedBy.on),
          note: d.appliedBy.note,
        };
        const [applied] = await tx
          .insert(initiativeApplications)
          .values(application)
          .returning({ id: initiativeApplications.id });
        await recordAudit(tx, null, {
          action: 'initiativeApplication.record',
          entityId: applied!.id,
          after: application,
        });
      }
    }
  });
}
