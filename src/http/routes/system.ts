import { downloadBackup } from '../../services/system/download-backup.js';
import { route } from '../route.js';

export const systemRoutes = [
  route({ method: 'get', path: '/system/backup', summary: 'Tải bản sao lưu toàn bộ dữ liệu (.zip, quản trị viên)', tag: 'system', access: 'signed-in', action: 'system.backup', response: 'file', handler: (_input, ctx) => downloadBackup(ctx) }),
];
