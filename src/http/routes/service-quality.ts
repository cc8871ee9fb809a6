import { endpoints } from '../../contracts/endpoints/index.js';
import { exportServiceQuality } from '../../services/service-quality/export-service-quality.js';
import { getServiceQuality } from '../../services/service-quality/get-service-quality.js';
import { handle } from '../route.js';

export const serviceQualityRoutes = [
  handle(endpoints.exportServiceQuality, ({ query }, ctx) => exportServiceQuality(ctx, query)),
  handle(endpoints.getServiceQuality, ({ query }, ctx) => getServiceQuality(ctx, query)),
];
