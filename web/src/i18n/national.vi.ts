/** The Ministry's national page: every province's figures and the country's. */
export const nationalVi = {
  'nav.national': 'Toàn quốc',
  'national.title': 'Số liệu cải cách hành chính toàn quốc',
  'national.intro':
    'Số liệu của từng tỉnh, thành phố tính như trang số liệu của tỉnh đó, và của cả nước: tỷ lệ cả nước bằng tổng tử số chia tổng mẫu số của các đơn vị mọi tỉnh, không lấy trung bình tỷ lệ các tỉnh.',
  'national.excel': 'Tải báo cáo tổng hợp toàn quốc (Excel)',
  'national.filters': 'Chọn kỳ và số liệu',
  'national.figures': 'Số liệu',
  'national.table': 'Cả nước và {count} tỉnh, thành phố',
  'national.hint': 'Dưới mỗi tỷ lệ là tử số/mẫu số; di chuột lên ô để xem nguồn số liệu.',
  'national.province': 'Tỉnh, thành phố',
  'national.country': 'Toàn quốc',
  'national.none': 'Chưa có số liệu',
} as const;
