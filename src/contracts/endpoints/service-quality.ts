import { endpoint } from '../endpoint.js';
import { serviceQualityQuery, serviceQualityView } from '../service-quality.js';

const tag = 'service-quality';

/** The service-quality page (QĐ 766): units of a level ranked on the six groups, with dossier figures and trend. */
export const serviceQualityEndpoints = {
  getServiceQuality: endpoint({
    method: 'get',
    path: '/service-quality',
    summary:
      'Chất lượng phục vụ (QĐ 766): điểm sáu nhóm, tổng điểm, xếp hạng, số liệu hồ sơ và xu hướng theo đơn vị và cấp',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'figures.read',
    query: serviceQualityQuery,
    response: serviceQualityView,
  }),
  exportServiceQuality: endpoint({
    method: 'get',
    path: '/service-quality/export',
    summary: 'Tải trang chất lượng phục vụ dạng Excel (như đang xem)',
    tag,
    access: 'signed-in',
    action: 'figures.read',
    query: serviceQualityQuery,
    response: 'file',
  }),
};
