import { endpoint } from '../endpoint.js';
import { figureCatalogue, figuresQuery, figuresView } from '../figures.js';

const tag = 'figures';

/** The figure catalogue: what each figure means, and its values for a unit or a level and a period. */
export const figureEndpoints = {
  getFigureCatalogue: endpoint({
    method: 'get',
    path: '/figures/catalogue',
    summary: 'Danh mục số liệu: mã, tên, định nghĩa, loại (tỷ lệ, số đếm, điểm)',
    tag,
    access: 'signed-in',
    action: 'figureCatalogue.read',
    response: figureCatalogue,
  }),
  getFigures: endpoint({
    method: 'get',
    path: '/figures',
    summary:
      'Số liệu của một đơn vị hoặc một cấp trong một kỳ, kèm nguồn (tỷ lệ của nhiều đơn vị = Σ tử số / Σ mẫu số)',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'figures.read',
    query: figuresQuery,
    response: figuresView,
  }),
};
