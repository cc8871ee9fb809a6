/**
 * The demo province's dialogues and citizen feedback, a year up to today: three dialogues of the province's leaders
 * with citizens and businesses, each raising proposals followed to their answers (most answered, one late, the
 * latest still open), and two feedback items a month assigned to departments and communes, most answered on time,
 * some late, the newest still open, most answers published. Each part written once (kept if any exists).
 */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { demoProvinceId } from './demo-province.js';
import type { Database } from '../../db/client.js';
import { citizenFeedback, registerEntries, registerFollowUps, units, users } from '../../db/schema/index.js';
import { addDays } from '../../domain/calendar.js';
import { ANSWER_WORKING_DAYS } from '../../domain/citizen-feedback/workflow.js';
import { addWorkingDays } from '../../domain/citizen-feedback/working-days.js';
import { localDateOf } from '../../domain/text/format.js';
import { workingCalendarOf } from '../working-calendar/calendar.js';

const CHANNELS = ['portal', 'hotline', 'mail', 'direct', 'email'] as const;
const SUBJECTS = [
  'Chậm trả kết quả cấp giấy chứng nhận quyền sử dụng đất',
  'Thu thêm giấy tờ ngoài quy định khi chứng thực',
  'Cổng dịch vụ công báo lỗi khi thanh toán phí',
  'Không niêm yết thủ tục tại Bộ phận Một cửa',
  'Thái độ của công chức tiếp nhận hồ sơ',
  'Hướng dẫn hồ sơ đăng ký kinh doanh chưa rõ',
  'Đề nghị kéo dài giờ làm việc Bộ phận Một cửa ngày thứ Bảy',
  'Chậm cấp phiếu lý lịch tư pháp',
];
const SENDERS = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Công ty TNHH Minh Phát',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
];

export async function loadDemoCitizenFeedback(db: Database, now: Date): Promise<void> {
  const today = localDateOf(now);
  const day = (ago: number) => addDays(today, -ago);
  const provinceId = await demoProvinceId(db);
  if (!provinceId) return;
  const live = await db
    .select({ id: units.id, code: units.code, kind: units.kind })
    .from(units)
    .where(
      and(
        isNull(units.archivedAt),
        isNull(units.validTo),
        inArray(units.kind, ['department', 'commune']),
        eq(units.provinceId, provinceId),
      ),
    )
    .orderBy(units.code);
  const departments = live.filter((u) => u.kind === 'department');
  const communes = live.filter((u) => u.kind === 'commune');
  if (departments.length === 0 || communes.length === 0) return;
  const snv = live.find((u) => u.code === 'QT.SNV')?.id ?? departments[0]!.id;
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'snv.cchc'));
  const by = coordinator?.id ?? null;
  const calendar = await workingCalendarOf(db);

  const [dialogues] = await db
    .select({ n: count() })
    .from(registerEntries)
    .where(eq(registerEntries.register, 'dialogues'));
  if ((dialogues?.n ?? 0) === 0)
    await db.transaction(async (tx) => {
      const held = [
        {
          ago: 260,
          leader: 'Chủ tịch UBND tỉnh',
          audience: 'businesses',
          participants: 120,
          topics: 'Tháo gỡ vướng mắc về đất đai, đầu tư cho doanh nghiệp',
        },
        {
          ago: 150,
          leader: 'Phó Chủ tịch UBND tỉnh',
          audience: 'citizens',
          participants: 85,
          topics: 'Giải quyết thủ tục hành chính tại cấp xã sau sắp xếp',
        },
        {
          ago: 30,
          leader: 'Chủ tịch UBND tỉnh',
          audience: 'both',
          participants: 150,
          topics: 'Dịch vụ công trực tuyến và thanh toán không dùng tiền mặt',
        },
      ];
      const proposals = [
        'Rút ngắn thời gian thẩm định hồ sơ giao đất',
        'Công khai quy trình nội bộ giải quyết thủ tục',
        'Hỗ trợ người cao tuổi nộp hồ sơ trực tuyến',
      ];
      for (const [d, dialogue] of held.entries()) {
        const heldOn = day(dialogue.ago);
        const [entry] = await tx
          .insert(registerEntries)
          .values({
            register: 'dialogues',
            unitId: snv,
            fields: {
              heldOn,
              leader: dialogue.leader,
              audience: dialogue.audience,
              participants: dialogue.participants,
              topics: dialogue.topics,
            },
            createdBy: by,
            createdAt: now,
            updatedBy: by,
            updatedAt: now,
          })
          .returning();
        for (const [p, title] of proposals.entries()) {
          const unitId =
            p === 2 ? communes[(d + p) % communes.length]!.id : departments[(d * 3 + p) % departments.length]!.id;
          const dueOn = addDays(heldOn, 30 + p * 15);
          const open = dueOn >= today || (d === 1 && p === 2);
          const late = d === 0 && p === 1;
          await tx.insert(registerFollowUps).values({
            entryId: entry!.id,
            unitId,
            title,
            dueOn,
            status: open ? 'open' : 'done',
            result: open ? null : 'Đã trả lời người dân, doanh nghiệp bằng văn bản; công khai trên Cổng TTĐT tỉnh.',
            closedOn: open ? null : addDays(dueOn, late ? 10 : -4),
            createdBy: by,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
    });

  const [feedback] = await db.select({ n: count() }).from(citizenFeedback);
  if ((feedback?.n ?? 0) > 0) return;
  await db.transaction(async (tx) => {
    // Two a month for a year, the newest first in the list.
    for (let i = 0; i < 24; i += 1) {
      const receivedOn = day(350 - i * 15);
      const dueOn = addWorkingDays(receivedOn, ANSWER_WORKING_DAYS, calendar);
      const unitId = i % 3 === 2 ? communes[i % communes.length]!.id : departments[i % departments.length]!.id;
      const late = i % 7 === 3;
      const answeredOn = late ? addDays(dueOn, 6) : addDays(dueOn, -(3 + (i % 5)));
      const answered = answeredOn < today && i !== 22;
      const unassigned = i === 23;
      await tx.insert(citizenFeedback).values({
        reference: `PAKN-${String(i + 1).padStart(3, '0')}`,
        receivedOn,
        channel: CHANNELS[i % CHANNELS.length]!,
        senderName: SENDERS[i % SENDERS.length]!,
        senderContact: i % 2 === 0 ? `09${String(10000000 + i * 7919).slice(0, 8)}` : null,
        subject: SUBJECTS[i % SUBJECTS.length]!,
        content:
          'Người dân phản ánh qua hệ thống tiếp nhận phản ánh, kiến nghị; đề nghị cơ quan có thẩm quyền xem xét, trả lời.',
        dueOn,
        unitId: unassigned ? null : unitId,
        provinceId,
        assignedAt: unassigned ? null : now,
        status: unassigned ? 'received' : answered ? 'answered' : 'assigned',
        answer: answered ? 'Cơ quan đã kiểm tra, xử lý và trả lời người phản ánh bằng văn bản.' : null,
        answeredOn: answered ? answeredOn : null,
        published: answered && i % 6 !== 5,
        publishedOn:
          answered && i % 6 !== 5 ? (addDays(answeredOn, 2) < today ? addDays(answeredOn, 2) : answeredOn) : null,
        createdBy: by,
        createdAt: now,
      });
    }
  });
}
