/**
 * The web app's shared page pieces (PageShell, ListFilters, EmptyState, PagedList, FormDialog), rendered to HTML
 * the way the browser gets them, in Vietnamese.
 */
import { beforeAll, describe, expect, it } from 'vitest';

// The components are .tsx, type-checked by web/tsconfig.json. This tier's tsconfig is Node-only (no JSX, no DOM),
// and React's own types declare empty DOM element interfaces that would break the browser tests' typing, so React,
// Mantine and the components are loaded by paths tsc does not follow and called through the loose types below.
type ReactNode = unknown;
type Loose = (props: Record<string, unknown>) => ReactNode;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]) => ReactNode;
const components = '../../../web/src/components/';
const [react, mantine, server] = ['react', '@mantine/core', 'react-dom/server'];
let h: CreateElement;
let MantineProvider: Loose;
let renderToStaticMarkup: (node: ReactNode) => string;
let I18nProvider: Loose;
let PageShell: Loose;
let QueryState: Loose;
let ListFilters: Loose;
let FilterSelect: Loose;
let EmptyState: Loose;
let PagedList: Loose;
let FormDialog: Loose;

beforeAll(async () => {
  ({ createElement: h } = (await import(react)) as { createElement: CreateElement });
  ({ MantineProvider } = (await import(mantine)) as { MantineProvider: Loose });
  ({ renderToStaticMarkup } = (await import(server)) as { renderToStaticMarkup: (node: ReactNode) => string });
  ({ I18nProvider } = (await import(`${components}../i18n/I18nProvider.js`)) as { I18nProvider: Loose });
  ({ PageShell, QueryState } = (await import(`${components}PageShell.js`)) as { PageShell: Loose; QueryState: Loose });
  ({ ListFilters, FilterSelect } = (await import(`${components}ListFilters.js`)) as {
    ListFilters: Loose;
    FilterSelect: Loose;
  });
  ({ EmptyState } = (await import(`${components}EmptyState.js`)) as { EmptyState: Loose });
  ({ PagedList } = (await import(`${components}PagedList.js`)) as { PagedList: Loose });
  ({ FormDialog } = (await import(`${components}FormDialog.js`)) as { FormDialog: Loose });
});

const render = (node: ReactNode) => renderToStaticMarkup(h(MantineProvider, null, h(I18nProvider, null, node)));
/** The markup without Mantine's style tags, for looking for text. */
const html = (node: ReactNode) => render(node).replace(/<style[\s\S]*?<\/style>/g, '');
const back = () => h('a', { href: '/don-vi' }, '← Danh sách đơn vị');

describe('PageShell', () => {
  it('shows the way back and a loader while the subject loads', () => {
    const out = html(
      h(PageShell, { back: back(), query: { data: undefined, error: null }, children: () => 'nội dung' }),
    );
    expect(out).toContain('← Danh sách đơn vị');
    expect(out).toContain('aria-label="Đang tải…"');
    expect(out).not.toContain('nội dung');
  });

  it('says why the subject failed to load, as an alert, and keeps the way back', () => {
    const out = html(
      h(PageShell, {
        back: back(),
        query: { data: undefined, error: new Error('Không tìm thấy đơn vị.') },
        children: () => 'nội dung',
      }),
    );
    expect(out).toMatch(/role="alert"[^>]*>[\s\S]*Không tìm thấy đơn vị\./);
    expect(out).toContain('← Danh sách đơn vị');
    expect(out).not.toContain('Đang tải');
  });

  it('falls back to a general message when the error has none', () => {
    expect(html(h(QueryState, { query: { data: undefined, error: new Error('') }, children: () => null }))).toContain(
      'Đã có lỗi khi hiển thị trang này.',
    );
  });

  it('renders the loaded subject, with the heading, intro and actions', () => {
    const out = html(
      h(PageShell, {
        title: 'Đơn vị',
        intro: 'Danh mục cơ quan, đơn vị',
        actions: h('button', null, 'Thêm đơn vị'),
        query: { data: { name: 'Sở Tư pháp' }, error: null },
        children: (unit: { name: string }) => h('p', null, unit.name),
      }),
    );
    expect(out).toMatch(/<h1[^>]*>Đơn vị<\/h1>/);
    expect(out).toContain('Danh mục cơ quan, đơn vị');
    expect(out).toContain('<button>Thêm đơn vị</button>');
    expect(out).toContain('<p>Sở Tư pháp</p>');
    expect(out).not.toContain('Đang tải');
  });
});

describe('EmptyState', () => {
  it('says "no results" unless told what is missing', () => {
    expect(html(h(EmptyState, null))).toContain('Không có kết quả phù hợp.');
    expect(html(h(EmptyState, { inline: true }, 'Chưa có người dùng.'))).toContain('Chưa có người dùng.');
  });
});

describe('PagedList', () => {
  const list = (data: unknown, page = 1, extra: Record<string, unknown> = {}) =>
    html(
      h(
        PagedList,
        { data, isFetching: false, page, pageSize: 50, onPage: () => undefined, ...extra },
        h('table', null),
      ),
    );
  const items = (count: number) => Array.from({ length: count }, (_, i) => i);

  it('says there is nothing here, and a total of 0, with no page links', () => {
    const out = list({ items: [], total: 0 });
    expect(out).toContain('Không có kết quả phù hợp.');
    expect(out).toContain('Tổng số: 0');
    expect(out).not.toContain('Phân trang');
  });

  it('shows the total and no page links when everything fits on one page', () => {
    const out = list({ items: items(50), total: 50 });
    expect(out).not.toContain('Không có kết quả phù hợp.');
    expect(out).toContain('Tổng số: 50');
    expect(out).not.toContain('Phân trang');
  });

  it('links every page, and keeps a page past the last within bounds', () => {
    const out = list({ items: items(20), total: 120 }, 9);
    expect(out).toContain('aria-label="Phân trang"');
    for (const page of [1, 2, 3]) expect(out).toContain(`aria-label="Trang ${page}"`);
    expect(out).not.toContain('aria-label="Trang 4"');
    expect(out).toMatch(/aria-label="Trang 3"[^>]*data-active="true"|data-active="true"[^>]*aria-label="Trang 3"/);
  });

  it('says the list failed when nothing was ever fetched', () => {
    const out = list(undefined, 1, { isError: true });
    expect(out).toContain('Đã có lỗi khi hiển thị trang này.');
    expect(out).not.toContain('<table>');
  });
});

describe('ListFilters', () => {
  it('is a search landmark whose choices start at "all"', () => {
    const out = html(
      h(
        ListFilters,
        { cols: 2 },
        h(FilterSelect, { label: 'Loại đơn vị', data: ['department'], value: undefined, onChange: () => undefined }),
      ),
    );
    expect(out).toMatch(/role="search"[^>]*aria-label="Tìm kiếm"|aria-label="Tìm kiếm"[^>]*role="search"/);
    expect(out).toContain('Loại đơn vị');
    expect(out).toContain('placeholder="Tất cả"');
  });
});

describe('FormDialog', () => {
  // Rendered in place: a portal needs a document, which the server render has not.
  const dialog = (props: Record<string, unknown>) =>
    html(
      h(
        FormDialog,
        {
          opened: true,
          withinPortal: false,
          onClose: () => undefined,
          onSubmit: () => undefined,
          title: 'Đổi mật khẩu',
          submitLabel: 'Lưu',
          pending: false,
          ...props,
        },
        h('input', { name: 'field' }),
      ),
    );
  const submitButton = (out: string) => /<button[^>]*type="submit"[^>]*>/.exec(out)?.[0] ?? '';

  it('offers cancel and an enabled submit inside one form', () => {
    const out = dialog({});
    expect(out).toMatch(/<form[^>]*novalidate/i);
    expect(out).toContain('Hủy');
    expect(submitButton(out)).not.toContain('disabled');
  });

  it('cannot be submitted again while the submit is pending', () => {
    const button = submitButton(dialog({ pending: true }));
    expect(button).toContain('disabled');
    expect(button).toContain('data-loading="true"');
  });

  it('shows what stopped the last submit as an alert', () => {
    expect(dialog({ error: 'Mật khẩu hiện tại không đúng.' })).toMatch(
      /role="alert"[\s\S]*Mật khẩu hiện tại không đúng\./,
    );
    expect(dialog({})).not.toContain('role="alert"');
  });

  it('blocks saving over a record changed meanwhile until it is reloaded', () => {
    const out = dialog({
      error: 'Đơn vị đã được người khác sửa.',
      stale: { title: 'Dữ liệu đã thay đổi', onReload: () => undefined },
    });
    expect(out).toContain('Dữ liệu đã thay đổi');
    expect(out).toContain('Tải lại');
    expect(submitButton(out)).toContain('disabled');
  });

  it('puts another way out in place of cancel when it must be answered', () => {
    const out = dialog({ cancel: h('button', { type: 'button' }, 'Đăng xuất') });
    expect(out).toContain('Đăng xuất');
    expect(out).not.toContain('>Hủy<');
  });
});
