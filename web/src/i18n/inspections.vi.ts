/** Inspections of administrative reform work: the year's plans (Vietnamese). */
export const inspectionsVi = {
  'nav.inspections': 'Kiểm tra CCHC',
  'insp.title': 'Kiểm tra công tác cải cách hành chính',
  'insp.intro':
    'Kế hoạch kiểm tra của năm theo từng cấp: đơn vị được kiểm tra, lịch, đoàn kiểm tra; kết quả và nội dung khắc phục ở sổ kiểm tra.',
  'insp.register': 'Sổ kiểm tra (biên bản, kết luận, khắc phục)',
  'insp.build': 'Lập kế hoạch kiểm tra',
  'insp.buildIntro':
    'Chọn cấp và tỷ lệ, bấm "Đề xuất": cchc đề xuất đơn vị chưa được kiểm tra trong 2 năm gần đây trước, rồi đơn vị có điểm đánh giá thấp nhất. Điều chỉnh, ghi ngày kiểm tra cho từng đơn vị rồi lưu.',
  'insp.year': 'Năm',
  'insp.empty': 'Chưa có kế hoạch kiểm tra của năm này.',
  'insp.cancelled': 'Đã hủy: {reason}',
  'insp.summary':
    '{level}: kiểm tra {chosen}/{total} đơn vị (chỉ tiêu {percent}% = {needed} đơn vị); đã kiểm tra {inspected}.',
  'insp.inspector': 'Đơn vị kiểm tra: {name} (kiểm tra UBND cấp xã trực thuộc)',
  'insp.team': 'Đoàn kiểm tra',
  'insp.teamHint': 'Mỗi dòng một người: Họ tên – Đơn vị công tác – Vai trò',
  'insp.unit': 'Đơn vị được kiểm tra',
  'insp.scheduledOn': 'Ngày kiểm tra dự kiến',
  'insp.inspection': 'Đã kiểm tra',
  'insp.notYet': 'Chưa kiểm tra',
  'insp.items': 'Nội dung khắc phục',
  'insp.itemCounts': '{open} đang khắc phục · {reported} chờ xem xét · {done} đã xong',
  'insp.level': 'Cấp',
  'insp.percent': 'Tỷ lệ kiểm tra (%)',
  'insp.propose': 'Đề xuất',
  'insp.proposal': 'Đơn vị đề xuất kiểm tra',
  'insp.proposalSummary': '{total} đơn vị của cấp; cần kiểm tra {needed}; đã chọn {chosen}.',
  'insp.planTitle': 'Tên kế hoạch kiểm tra',
  'insp.save': 'Lưu kế hoạch',
  'insp.adjust': 'Điều chỉnh',
  'insp.adjustTitle': 'Điều chỉnh: {title}',
  'insp.cancel': 'Hủy kế hoạch',
  'insp.cancelBody':
    'Hủy “{title}”? Kế hoạch không bị xóa: nó được giữ lại với lý do hủy, và có thể lập kế hoạch mới cho cấp này.',
} as const;
