/** Years and programmes: next year's plan made from a plan, multi-year programmes, the comparison across years. */
export const yearsVi = {
  'nextYear.button': 'Lập kế hoạch năm sau',
  'nextYear.title': 'Lập kế hoạch năm {year} từ kế hoạch này',
  'nextYear.body':
    'Kế hoạch mới giữ cấu trúc (lĩnh vực, cột, {indicators} chỉ tiêu và số liệu đã gắn) và chuyển sang {activities} hoạt động chưa hoàn thành ({assignments} nhiệm vụ của các đơn vị). Mỗi nhiệm vụ chuyển sang ghi rõ "chuyển từ kế hoạch {from}" và dẫn về nhiệm vụ cũ, nơi vẫn giữ minh chứng và lịch sử.',
  'nextYear.deadlines':
    '{count} hoạt động có hạn thuộc năm trước {from}: hạn không chuyển được, điều phối viên cần đặt lại.',
  'nextYear.after':
    'Sau khi lập, hãy tải văn bản kế hoạch năm {year} chính thức lên như một phiên bản mới để xem văn bản thêm, sửa, bỏ gì so với kế hoạch chuyển sang.',
  'nextYear.programme': 'Kế hoạch mới thuộc chương trình "{name}".',
  'nextYear.exists': 'Kế hoạch năm {year} đã được lập từ kế hoạch này: {name}.',
  'nextYear.open': 'Mở kế hoạch năm {year}',
  'nextYear.name': 'Tên kế hoạch mới',
  'nextYear.submit': 'Lập kế hoạch năm {year}',
  'nextYear.created': 'Đã lập "{name}" với {activities} hoạt động chuyển sang.',
  'nextYear.carriedFrom': 'Kế hoạch này được lập từ',
  'nextYear.carriedOver':
    'Các hoạt động chưa hoàn thành của kế hoạch đó đã được chuyển sang, mỗi nhiệm vụ dẫn về nhiệm vụ cũ.',
  'nextYear.uploadHint':
    'Khi có văn bản kế hoạch năm {year} chính thức, hãy tải lên như một phiên bản mới: màn hình rà soát cho thấy văn bản thêm, sửa, bỏ gì so với kế hoạch này.',
  'nextYear.uploadDocument': 'Tải văn bản kế hoạch năm {year}',
  'nextYear.sourcePlan': 'kế hoạch năm {year}',

  'assignment.carriedFrom': 'Chuyển từ',
  'assignment.carriedFromPlan': 'Chuyển từ kế hoạch {year} — xem nhiệm vụ cũ (minh chứng, lịch sử)',
  'assignment.carriedFromSame': 'Tiếp nối nhiệm vụ trước (minh chứng, lịch sử)',

  'programmes.title': 'Chương trình nhiều năm',
  'programmes.intro':
    'Một chương trình (ví dụ giai đoạn 2026–2030) nhóm các kế hoạch năm để so sánh kết quả qua các năm.',
  'programmes.none': 'Chưa có chương trình nào.',
  'programmes.create': 'Thêm chương trình',
  'programmes.edit': 'Sửa chương trình {name}',
  'programmes.name': 'Tên chương trình',
  'programmes.startYear': 'Năm bắt đầu',
  'programmes.endYear': 'Năm kết thúc',
  'programmes.years': 'Giai đoạn',
  'programmes.plans': 'Kế hoạch các năm',
  'programmes.noPlans': 'Chưa có kế hoạch nào',
  'programmes.saved': 'Đã lưu chương trình "{name}".',
  'programmes.field': 'Chương trình',
  'programmes.noProgramme': 'Không thuộc chương trình nào',
  'programmes.assigned': 'Đã cập nhật chương trình của kế hoạch.',

  'comparison.title': 'So sánh qua các năm của chương trình',
  'comparison.hint':
    'Tỷ lệ nhiệm vụ chủ trì đã hoàn thành và hoàn thành đúng hạn trên số nhiệm vụ đến hạn trong từng năm (tổng tử số / tổng mẫu số). Năm không có nhiệm vụ đến hạn: không có số liệu.',
  'comparison.programme': 'Chương trình',
  'comparison.by': 'So sánh theo',
  'comparison.byArea': 'Lĩnh vực',
  'comparison.byUnit': 'Đơn vị',
  'comparison.row': 'Xem trên biểu đồ',
  'comparison.completion': 'Tỷ lệ hoàn thành',
  'comparison.onTime': 'Tỷ lệ đúng hạn',
  'comparison.noData': 'không có số liệu',
  'comparison.year': 'Năm {year}',
  'comparison.counts': '{count}/{of}',
  'comparison.total': 'Toàn chương trình',
  'comparison.empty': 'Chưa có số liệu để so sánh.',
  'comparison.yearsWithoutPlan': 'Các năm chưa có kế hoạch trong chương trình (không có số liệu): {years}.',
  'comparison.rowHeader': 'Lĩnh vực / đơn vị',
} as const;

export type YearsKey = keyof typeof yearsVi;
