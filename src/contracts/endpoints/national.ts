import { endpoint } from '../endpoint.js';
import { nationalFiguresQuery, nationalFiguresView } from '../national.js';

const tag = 'national';

/** The Ministry's national view: every province's figures and the country's, and its consolidated workbook. */
export const nationalEndpoints = {
  getNationalFigures: endpoint({
    method: 'get',
    path: '/national/figures',
    summary:
      'Số liệu toàn quốc: số liệu từng tỉnh và của cả nước trong một kỳ (tỷ lệ cả nước = Σ tử số / Σ mẫu số các đơn vị)',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'national.read',
    query: nationalFiguresQuery,
    response: nationalFiguresView,
  }),
  exportNationalReport: endpoint({
    method: 'get',
    path: '/national/report',
    summary: 'Tải báo cáo tổng hợp toàn quốc dạng Excel (số liệu từng tỉnh, cả nước, tử số và mẫu số)',
    tag,
    access: 'signed-in',
    action: 'national.read',
    query: nationalFiguresQuery,
    response: 'file',
  }),
};
