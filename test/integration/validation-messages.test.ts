/** A refused request names the field by the label people know it by, in Vietnamese, never by its key. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan } from '../support/plan.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await createTestApi();
  admin = await api.signIn('quantri');
});
afterAll(() => api.close());

const newUnit = (fields: Record<string, unknown>) => ({
  code: 'QT.TEST',
  parentId: null,
  kind: 'department',
  level: 'province',
  name: 'Sở Thử nghiệm',
  ...fields,
});

/** No internal key (the fields' names in the API) and no zod type talk in what a person reads. */
function expectNoRawKeys(message: string) {
  expect(message).not.toMatch(/\b(validFrom|validTo|parentId|id|issuedOn)\b|mong đợi|string|null|undefined/);
}

describe('validation messages', () => {
  it('refuses an impossible date naming the field by its label and repeating the date as typed', async () => {
    const refused = await admin.send('POST', '/api/units', newUnit({ validFrom: '2025-02-31' }));
    expect(refused.status).toBe(400);
    const { message, details } = await body(refused);
    expect(message).toBe('Hiệu lực từ ngày: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).');
    expectNoRawKeys(message);
    // The path stays in the details, for the browser to put the message under its field.
    expect(details.issues[0]).toMatchObject({ path: 'validFrom', label: 'Hiệu lực từ ngày' });
  });

  it('refuses a missing required field without zod type names', async () => {
    const refused = await admin.send('POST', '/api/units', newUnit({ name: null }));
    expect(refused.status).toBe(400);
    const { message } = await body(refused);
    expect(message).toBe('Tên: Chưa nhập (bắt buộc).');
  });

  it("does not repeat the label when the contract's message already names the field", async () => {
    const refused = await admin.send('POST', '/api/units', newUnit({ code: 'QT TEST' }));
    expect(refused.status).toBe(400);
    expect((await body(refused)).message).toBe('Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.');
  });

  it('refuses an id that is not one, in the body and in the address, by label', async () => {
    const inBody = await admin.send('POST', '/api/units', newUnit({ parentId: 'abc' }));
    expect(inBody.status).toBe(400);
    const bodyMessage = (await body(inBody)).message;
    expect(bodyMessage).toBe('Đơn vị cấp trên: Không phải mã định danh hợp lệ.');
    expectNoRawKeys(bodyMessage);

    const inPath = await admin.get('/api/units/123');
    expect(inPath.status).toBe(400);
    const pathMessage = (await body(inPath)).message;
    expect(pathMessage).toBe('Mã định danh trong đường dẫn: Không phải mã định danh hợp lệ.');
    expectNoRawKeys(pathMessage);
  });

  it('refuses an impossible issue date of a document with the label "Ngày ban hành"', async () => {
    const { planId } = await commitQuangTriPlan(await api.signIn('snv.cchc'));
    const reporter = await api.signIn('camlo.baocao');
    const page = await body(await reporter.get(`/api/assignments?planId=${planId}&role=lead&pageSize=1`));
    const refused = await reporter.send('POST', `/api/assignments/${page.items[0].id}/documents`, {
      numberSymbol: '12/KH-UBND',
      issuedOn: '31/02/2025',
      summary: 'Kế hoạch thử',
    });
    expect(refused.status).toBe(400);
    expect((await body(refused)).message).toBe('Ngày ban hành: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).');
  });
});
