import { endpoint } from '../endpoint.js';

export const systemEndpoints = {
  downloadBackup: endpoint({
    method: 'get',
    path: '/system/backup',
    summary: 'Tải bản sao lưu toàn bộ dữ liệu (.zip, quản trị viên)',
    tag: 'system',
    access: 'signed-in',
    action: 'system.backup',
    response: 'file',
  }),
};
