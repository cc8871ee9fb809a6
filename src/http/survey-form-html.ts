/**
 * The public survey form as server-rendered HTML: no script, small, readable at 375 px, every control with
 * its label, every question a fieldset with its legend, strong contrast and a visible focus. A conditional
 * question is shown to everyone, optional, with "Chỉ trả lời nếu …" (its answer is dropped when the
 * condition is not met), so the form works without script.
 */
import {
  DEMOGRAPHIC_OPTIONS,
  SCALE_LABELS,
  questionnaireItems,
  type QuestionnaireDefinition,
  type SurveyItem,
} from '../domain/surveys/questionnaire.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.2rem 0 .5rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:2px solid #0b4f8a}
.unit{color:#0b4f8a;font-weight:700;margin:0}fieldset{border:1px solid #767676;border-radius:6px;margin:0 0 1rem;padding:.6rem .8rem}
legend{font-weight:600;padding:0 .3rem}.hint{font-size:.92rem;color:#333;margin:.1rem 0 .4rem}.cond{font-style:italic;color:#5a3b00}
label.opt{display:flex;gap:.6rem;align-items:flex-start;padding:.45rem .2rem;min-height:2.75rem;cursor:pointer}
input[type=radio],input[type=checkbox]{width:1.35rem;height:1.35rem;flex:none;margin-top:.1rem}
textarea,input[type=text],select{width:100%;font:inherit;padding:.5rem;border:1px solid #555;border-radius:4px}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}button{font:inherit;font-weight:700;background:#0b4f8a;color:#fff;border:0;border-radius:6px;padding:.8rem 1.4rem;width:100%;min-height:3rem}
.error{border:2px solid #a4000f;background:#fff0f0;color:#6d000a;padding:.7rem;border-radius:6px;white-space:pre-line}
.note{font-size:.92rem;color:#333}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export type FormValues = Record<string, string[]>;

function conditionText(item: SurveyItem, q: QuestionnaireDefinition): string {
  const c = item.condition!;
  const target = questionnaireItems(q).find((i) => i.id === c.itemId);
  const labels = c.anyOf.map((v) => {
    if (target?.kind === 'scale') return SCALE_LABELS[Number(v) as 1] ?? v;
    return target?.options?.find((o) => o.value === v)?.label ?? v;
  });
  return `Chỉ trả lời nếu ở câu “${target?.text ?? c.itemId}” ông/bà chọn ${labels.map((l) => `“${l}”`).join(' hoặc ')}.`;
}

function itemHtml(item: SurveyItem, q: QuestionnaireDefinition, values: FormValues, n: number): string {
  const name = `q.${item.id}`;
  const got = values[name] ?? [];
  const id = (suffix: string) => esc(`i-${item.id}-${suffix}`);
  const hint = [
    item.condition ? `<p class="hint cond" id="${id('cond')}">${esc(conditionText(item, q))}</p>` : '',
    item.required ? '<p class="hint">(Bắt buộc)</p>' : '',
  ].join('');
  const described = item.condition ? ` aria-describedby="${id('cond')}"` : '';
  const legend = `<legend>${n}. ${esc(item.text)}</legend>${hint}`;
  const option = (type: 'radio' | 'checkbox', value: string, label: string, i: number) =>
    `<label class="opt" for="${id(String(i))}"><input type="${type}" id="${id(String(i))}" name="${esc(name)}" value="${esc(value)}"${got.includes(value) ? ' checked' : ''}${item.required && type === 'radio' && i === 0 ? ' required' : ''}>${esc(label)}</label>`;
  switch (item.kind) {
    case 'scale':
      return `<fieldset${described}>${legend}${[5, 4, 3, 2, 1].map((v, i) => option('radio', String(v), `${v} – ${SCALE_LABELS[v as 1]}`, i)).join('')}</fieldset>`;
    case 'single':
      return `<fieldset${described}>${legend}${item.options!.map((o, i) => option('radio', o.value, o.label, i)).join('')}</fieldset>`;
    case 'multiple':
      return `<fieldset${described}>${legend}<p class="hint">Có thể chọn nhiều phương án.</p>${item.options!.map((o, i) => option('checkbox', o.value, o.label, i)).join('')}</fieldset>`;
    case 'text':
      return `<fieldset${described}><legend><label for="${id('t')}">${n}. ${esc(item.text)}</label></legend>${hint}<textarea id="${id('t')}" name="${esc(name)}" rows="3" maxlength="${item.maxLength ?? 500}"${item.required ? ' required' : ''}>${esc(got[0] ?? '')}</textarea></fieldset>`;
  }
}

export interface FormPage {
  unitName: string;
  campaignTitle: string;
  questionnaire: QuestionnaireDefinition;
  action: string;
  codesRequired: boolean;
  values?: FormValues;
  error?: string;
}

export function renderSurveyForm(p: FormPage): string {
  const q = p.questionnaire;
  const values = p.values ?? {};
  let n = 0;
  const sections = q.sections
    .map(
      (s) =>
        `<h2>${esc(s.title)}</h2>${s.description ? `<p class="hint">${esc(s.description)}</p>` : ''}${s.items.map((i) => itemHtml(i, q, values, ++n)).join('')}`,
    )
    .join('');
  const demo = q.askDemographics
    ? `<h2>Thông tin chung (không bắt buộc)</h2><p class="hint">Phiếu không hỏi họ tên, số điện thoại hay địa chỉ.</p>${Object.entries(
        DEMOGRAPHIC_OPTIONS,
      )
        .map(
          ([key, spec]) =>
            `<p><label for="d-${key}">${esc(spec.label)}</label><select id="d-${key}" name="d.${key}"><option value="">— Không trả lời —</option>${Object.entries(
              spec.options as Record<string, string>,
            )
              .map(
                ([v, l]) =>
                  `<option value="${esc(v)}"${values[`d.${key}`]?.[0] === v ? ' selected' : ''}>${esc(l)}</option>`,
              )
              .join('')}</select></p>`,
        )
        .join('')}`
    : '';
  const code = `<p><label for="code">Mã phiếu in trên giấy hẹn/giấy trả kết quả${p.codesRequired ? ' (bắt buộc)' : ' (nếu có)'}</label><input type="text" id="code" name="code" autocomplete="off" maxlength="20" value="${esc(values.code?.[0] ?? '')}"${p.codesRequired ? ' required' : ''}></p>`;
  return page(
    q.title,
    `<p class="unit">${esc(p.unitName)}</p><h1>${esc(q.title)}</h1>${q.description ? `<p>${esc(q.description)}</p>` : ''}` +
      (p.error
        ? `<div class="error" role="alert" id="loi"><strong>Chưa gửi được phiếu.</strong>\n${esc(p.error)}</div>`
        : '') +
      `<form method="post" action="${esc(p.action)}" novalidate>${code}${sections}${demo}<p class="note">Thang điểm: 1 – Rất không hài lòng, 2 – Không hài lòng, 3 – Bình thường, 4 – Hài lòng, 5 – Rất hài lòng.</p><button type="submit">Gửi ý kiến</button></form><p class="note">${esc(p.campaignTitle)}</p>`,
  );
}

export function renderSurveyMessage(title: string, message: string, unitName?: string): string {
  return page(
    title,
    `${unitName ? `<p class="unit">${esc(unitName)}</p>` : ''}<h1>${esc(title)}</h1><p>${esc(message)}</p>`,
  );
}

export const renderSurveyThanks = (unitName: string) =>
  renderSurveyMessage(
    'Cảm ơn ông/bà đã cho ý kiến!',
    'Phiếu của ông/bà đã được ghi nhận. Ý kiến của ông/bà giúp cơ quan cải thiện chất lượng phục vụ. Ông/bà có thể đóng trang này.',
    unitName,
  );
