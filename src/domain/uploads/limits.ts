/**
 * The one size limit of an uploaded file, shared by the server (body limit, readers), the browser
 * (hints, the check before sending) and every message that names it.
 */
export const UPLOAD_LIMIT_MB = 20;
export const UPLOAD_LIMIT_BYTES = UPLOAD_LIMIT_MB * 1024 * 1024;
/** Room for the multipart envelope (boundaries, headers, file name) around a file of the full size. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const uploadTooLargeMessage = (fileName?: string) =>
  `${fileName ? `Tệp "${fileName}"` : 'Tệp tải lên'} vượt quá giới hạn ${UPLOAD_LIMIT_MB} MB. Hãy nén, tách tệp hoặc lưu lại với dung lượng nhỏ hơn.`;
