/** Single sign-on: how people sign in, and the administrator's rules for accounts made at first sign-in (Vietnamese). */
export const ssoVi = {
  'nav.sso': 'Đăng nhập một lần',
  'sso.title': 'Đăng nhập một lần (SSO)',
  'sso.intro':
    'Cán bộ đăng nhập bằng tài khoản của hệ thống định danh (OpenID Connect). Tài khoản cchc được nhận ra theo địa chỉ thư điện tử hoặc tên đăng nhập mà hệ thống định danh cho biết.',
  'sso.configured': 'Đang bật: nút "Đăng nhập bằng {label}" trên trang đăng nhập.',
  'sso.notConfigured':
    'Chưa cấu hình. Người quản trị máy chủ đặt CCHC_OIDC_ISSUER, CCHC_OIDC_CLIENT_ID, CCHC_OIDC_CLIENT_SECRET (xem README, mục Đăng nhập một lần); các quy tắc dưới đây có hiệu lực khi đã cấu hình.',
  'sso.passwordOn': 'Đăng nhập bằng mật khẩu: vẫn bật.',
  'sso.passwordOff': 'Đăng nhập bằng mật khẩu: đã tắt (CCHC_PASSWORD_LOGIN=off).',
  'sso.rulesTitle': 'Quy tắc tạo tài khoản khi đăng nhập lần đầu',
  'sso.rulesIntro':
    'Người có địa chỉ thư điện tử (đã được hệ thống định danh xác minh) thuộc tên miền dưới đây mà chưa có tài khoản cchc sẽ được tạo tài khoản với vai trò và đơn vị của quy tắc. Không có quy tắc: không tạo tài khoản, người đó được đề nghị liên hệ quản trị viên.',
  'sso.add': 'Thêm quy tắc',
  'sso.addTitle': 'Thêm quy tắc tạo tài khoản',
  'sso.addSubmit': 'Thêm quy tắc',
  'sso.domain': 'Tên miền thư điện tử',
  'sso.domainHint': 'Phần sau dấu @, ví dụ snv.quangtri.gov.vn.',
  'sso.role': 'Vai trò của tài khoản được tạo',
  'sso.unit': 'Đơn vị của tài khoản được tạo',
  'sso.created': 'Ngày thêm',
  'sso.empty': 'Chưa có quy tắc nào: chỉ những người đã có tài khoản cchc đăng nhập được.',
  'sso.added': 'Đã thêm quy tắc cho {domain}.',
  'sso.remove': 'Bỏ',
  'sso.removeFor': 'Bỏ quy tắc cho {domain}',
  'sso.removeTitle': 'Bỏ quy tắc cho {domain}?',
  'sso.removeLine1':
    'Từ nay người thuộc tên miền {domain} chưa có tài khoản sẽ không được tạo tài khoản khi đăng nhập.',
  'sso.removeLine2': 'Các tài khoản đã tạo theo quy tắc này vẫn giữ nguyên.',
  'sso.removed': 'Đã bỏ quy tắc cho {domain}.',
} as const;
