/** The questions asked before an irreversible or wide action, with its figures (Vietnamese). */
export const confirmVi = {
  'confirm.andMore': '… và {count} nữa',
  'confirm.noUndo': 'Không thể quay lại giai đoạn trước.',
  'confirm.advance.title': '{action}?',
  'confirm.advance.move': 'Đợt "{round}" sẽ chuyển từ giai đoạn "{from}" sang "{to}".',
  'confirm.advance.submitted': 'Đã gửi kết quả tự đánh giá: {submitted}/{units} đơn vị.',
  'confirm.advance.notSubmitted': 'Chưa gửi ({count} đơn vị) — sẽ không tự đánh giá được nữa:',
  'confirm.advance.selfDaysLeft': 'Thời hạn tự đánh giá còn {days} ngày (đến hết {date}).',
  'confirm.advance.selfLastDay': 'Hôm nay là ngày cuối của thời hạn tự đánh giá ({date}).',
  'confirm.advance.open': 'Tự đánh giá được mở cho {units} đơn vị ({window}).',
  'confirm.advance.explanation': 'Các đơn vị xem kết quả thẩm định và giải trình{until}.',
  'confirm.advance.explanationUntil': ' đến hết {date}',
  'confirm.advance.explanationDaysLeft':
    'Thời hạn giải trình còn {days} ngày (đến hết {date}); các đơn vị sẽ không giải trình thêm được.',
  'confirm.advance.approved': 'Kết quả của {units} đơn vị được hội đồng thông qua và không sửa được nữa.',
  'confirm.advance.published':
    'Kết quả và xếp hạng của {units} đơn vị sẽ được công bố cho mọi người dùng, kể cả các đơn vị.',
  'confirm.remind.title': 'Nhắc các đơn vị chưa gửi báo cáo?',
  'confirm.remind.what':
    'Người báo cáo của {count} đơn vị chưa gửi báo cáo "{period}" sẽ nhận thông báo trên hệ thống và thư điện tử (nếu có địa chỉ). Hạn gửi: {due}.',
  'confirm.remind.names': 'Các đơn vị sẽ được nhắc ({count}):',
  'confirm.remind.go': 'Gửi lời nhắc',
  'confirm.lock.owing': 'Hiện còn {count} đơn vị chưa gửi báo cáo kỳ này; các đơn vị đó sẽ không gửi được nữa.',
  'confirm.submitReport.title': 'Gửi báo cáo?',
  'confirm.submitReport.what':
    'Báo cáo "{period}" của {unit} sẽ được gửi cho Sở Nội vụ xem xét; đơn vị không sửa được nữa, trừ khi báo cáo bị trả lại.',
  'confirm.submitReport.figures':
    'Báo cáo có {items} nhiệm vụ ({finished} đã hoàn thành, {notStarted} chưa thực hiện) và {values}/{indicators} chỉ tiêu đã có số liệu.',
  'confirm.acceptReport.title': 'Chấp nhận báo cáo?',
  'confirm.acceptReport.what':
    'Báo cáo "{period}" của {unit} sẽ được chấp nhận: số liệu của đơn vị được dùng trong báo cáo tổng hợp. Muốn sửa lại phải mở lại báo cáo, có ghi lý do.',
  'confirm.selfSubmit.title': 'Gửi kết quả tự đánh giá?',
  'confirm.selfSubmit.what':
    'Kết quả tự đánh giá của {unit} sẽ được gửi cho hội đồng thẩm định; đơn vị không sửa được nữa.',
  'confirm.selfSubmit.figures': 'Đã tự chấm {answered}/{total} tiêu chí; tổng điểm tự chấm {points}.',
  'confirm.selfSubmit.unanswered': 'Chưa tự chấm ({count} tiêu chí):',
  'confirm.acceptRest.title': 'Chấp nhận các tiêu chí còn lại?',
  'confirm.acceptRest.what':
    'Điểm tự chấm của {count} tiêu chí chưa thẩm định trong lĩnh vực của bạn sẽ được chấp nhận là điểm thẩm định của {unit}.',
  'confirm.zero.title': 'Chấm 0 điểm các tiêu chí đơn vị bỏ trống?',
  'confirm.zero.what': '{count} tiêu chí {unit} không tự chấm sẽ được thẩm định 0 điểm.',
  'confirm.zero.names': 'Các tiêu chí:',
  'confirm.importUnits.title': 'Áp dụng tệp danh mục đơn vị?',
  'confirm.importUnits.what':
    'Các đơn vị trong tệp "{file}" sẽ được thêm hoặc cập nhật trong danh mục; mọi thay đổi được ghi nhật ký.',
  'confirm.importUnits.counts':
    'Theo kết quả kiểm tra: thêm {created}, cập nhật {updated}, không đổi {unchanged} đơn vị; {successions} liên kết kế thừa.',
  'confirm.importUnits.go': 'Áp dụng',
} as const;
