// Issue 5 end to end, on 27/11/2026 (Friday): the clerk registers a tố cáo
// that the ward's People's Council forwarded, sees its handling deadline and
// why, transfers it to the police and prints the Phiếu chuyển đơn tố cáo
// (which never names the denouncer), is refused a second transfer, then types
// the same denouncer again without accents and is warned of the likely
// duplicate before saving. Only a leader sees who the denouncer is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin, pickDate, screenshot, switchToNewAccount, withApp } from './harness.mjs';

let page;

withApp({ now: '2026-11-27T09:30:00+07:00' }, (app) => {
  ({ page } = app);
});

const kb = () => page.keyboard;

/** Chooses option of the Ant Design select labelled label (within scope). */
async function choose(scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** The text of the PDF shown in dialog, by pdftotext. */
async function pdfText(dialog) {
  const bytes = await dialog.locator('iframe').evaluate(async (f) => Array.from(new Uint8Array(await (await fetch(f.src)).arrayBuffer())));
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, Buffer.from(bytes));
    assert.equal(Buffer.from(bytes.slice(0, 5)).toString(), '%PDF-');
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The register's row of petition number ("1/2026"). */
const row = (number) => page.locator('.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${number}$`) }) });

const detail = () => page.locator('.ant-drawer-open').filter({ hasText: 'Chi tiết đơn' });

test('the clerk registers a tố cáo forwarded by the People’s Council and sees its deadline', async () => {
  await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
  await kb().press('Alt+3'); // Đơn thư
  await page.getByRole('heading', { name: 'Sổ tiếp nhận, xử lý đơn' }).waitFor();
  await kb().press('Alt+N');
  const form = page.getByRole('form', { name: 'Vào sổ đơn' });
  await form.waitFor();
  // The date received has the focus and is today.
  await page.waitForFunction(() => document.activeElement?.id === 'receivedOn');
  assert.equal(await form.getByLabel('Ngày nhận đơn', { exact: true }).inputValue(), '27/11/2026');

  await choose(form, 'Nguồn đơn', 'Cơ quan, tổ chức, cá nhân khác chuyển đến');
  await form.getByLabel('Cơ quan chuyển đơn', { exact: true }).fill('Hội đồng nhân dân phường Hà Huy Tập');
  await choose(form, 'Phân loại cơ quan chuyển (NĐ 55/2022)', 'Hội đồng nhân dân, đại biểu Hội đồng nhân dân');
  await form.getByLabel('Số văn bản chuyển', { exact: true }).fill('15/HĐND');
  await pickDate(page, 'Ngày văn bản chuyển', '2026-11-25');

  await form.locator('#petitioners_0_name').fill('Hoàng Văn Thắng');
  await form.locator('#petitioners_0_idNumber').fill('042090001234');
  await form.locator('#petitioners_0_address').fill('Tổ dân phố 3, phường Hà Huy Tập');
  await form.getByLabel('Người, cơ quan bị khiếu nại, tố cáo', { exact: true }).fill('Ông Trần Văn Bình, tổ dân phố 3');
  await form.getByLabel('Nơi phát sinh vụ việc', { exact: true }).fill('Tổ dân phố 3, phường Hà Huy Tập');
  await choose(form, 'Loại đơn', 'Tố cáo');
  await form.getByText('Danh tính người tố cáo luôn được mã hóa, giữ bí mật.').waitFor();
  await choose(form, 'Lĩnh vực', 'Lĩnh vực khác');
  await form.getByLabel('Nội dung tóm tắt', { exact: true }).fill('Tố cáo ông Trần Văn Bình tổ chức đánh bạc tại nhà riêng nhiều lần trong tháng 11/2026');
  // Đánh bạc is for the police: not within the chairman's competence.
  await form.getByLabel('Thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân phường').uncheck();
  await form.getByLabel('Nội dung tóm tắt', { exact: true }).press('Control+s');

  await page.getByText('Đã vào sổ đơn số 1/2026.').waitFor();
  const d = detail();
  await d.getByRole('heading', { name: 'Đơn số 1/2026' }).waitFor();
  const deadline = d.getByTestId('petition-deadline');
  assert.match(await deadline.innerText(), /08\/12\/2026/);
  assert.equal(await d.getByTestId('petition-citation').innerText(), 'Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc');
  const particulars = await d.locator('.ant-descriptions').innerText();
  assert.match(particulars, /Hội đồng nhân dân phường Hà Huy Tập/);
  assert.match(particulars, /15\/HĐND ngày 25\/11\/2026/);
  // The denouncer is sealed: the clerk sees the mask, not the name.
  assert.match(particulars, /\[Được giữ bí mật\]/);
  assert.doesNotMatch(particulars, /Hoàng Văn Thắng|042090001234/);
});

test('the tố cáo is transferred to the police once, with its Phiếu chuyển đơn tố cáo', async () => {
  const d = detail();
  await d.getByRole('button', { name: 'Thêm bước xử lý' }).click();
  let modal = page.getByRole('dialog', { name: 'Thêm bước xử lý' });
  await modal.waitFor();
  // Outside competence: no đề xuất thụ lý on offer.
  await modal.getByLabel('Hướng xử lý', { exact: true }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor();
  const offered = await options.allInnerTexts();
  assert.ok(offered.includes('Chuyển đơn') && !offered.includes('Đề xuất thụ lý'), offered.join(', '));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chuyển đơn' }).click();
  await modal.getByLabel('Chuyển đến cơ quan', { exact: true }).fill('Công an phường Hà Huy Tập');
  await modal.getByLabel('Số văn bản', { exact: true }).fill('01/PC-UBND');
  await modal.getByRole('button', { name: 'Ghi bước xử lý' }).click();
  await page.getByText('Đã ghi bước xử lý.').waitFor();
  await modal.waitFor({ state: 'hidden' });

  const step = d.locator('[data-testid^="action-"]').first();
  assert.match(await step.innerText(), /27\/11\/2026[\s\S]*Chuyển đơn[\s\S]*Công an phường Hà Huy Tập[\s\S]*01\/PC-UBND/);
  assert.match(await d.getByTestId('petition-deadline').locator('.ant-tag').first().innerText(), /08\/12\/2026/);
  await d.getByRole('button', { name: 'In Phiếu chuyển đơn tố cáo' }).click();
  const pdf = page.getByRole('dialog', { name: 'Phiếu chuyển đơn tố cáo' });
  await pdf.waitFor();
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  assert.match(text, /PHIẾU CHUYỂN ĐƠN TỐ CÁO/);
  assert.match(text, /Kính gửi: Công an phường Hà Huy Tập/);
  assert.match(text, /Số: 01\/PC-UBND/);
  assert.match(text, /Hội đồng nhân dân phường Hà Huy Tập chuyển đến theo văn bản số 15\/HĐND ngày 25\/11\/2026/);
  // The slip never names the denouncer.
  assert.doesNotMatch(text, /Hoàng Văn Thắng|042090001234/);
  await pdf.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await pdf.waitFor({ state: 'hidden' });

  // A tố cáo of the same content is transferred only once: Go refuses, nothing is written.
  await d.getByRole('button', { name: 'Thêm bước xử lý' }).click();
  modal = page.getByRole('dialog', { name: 'Thêm bước xử lý' });
  await modal.waitFor();
  await choose(modal, 'Hướng xử lý', 'Chuyển đơn');
  await modal.getByLabel('Chuyển đến cơ quan', { exact: true }).fill('Viện kiểm sát nhân dân khu vực 1');
  await modal.getByRole('button', { name: 'Ghi bước xử lý' }).click();
  await modal.getByText(/chỉ được chuyển một lần/).waitFor();
  await modal.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await modal.waitFor({ state: 'hidden' });
  assert.equal(await d.locator('[data-testid^="action-"]').count(), 1);
  await screenshot(page, 'petitions-detail');
});

test('the register shows the deadlines, and filters by status and unaccented text', async () => {
  // An older complaint by post, never handled, is overdue by now.
  await page.evaluate(async () => {
    const person = { name: 'Lê Thị Hoa', idKind: 'can-cuoc', idNumber: '042190004321', idIssueDate: '', idIssuePlace: '', idDescription: '', birthDate: '', address: 'Tổ dân phố 7, phường Hà Huy Tập', phone: '', representative: false, protected: false, masked: false };
    await window.go.app.Petitions.Save({
      id: 0, number: 0, year: 0, receivedOn: '2026-11-05', source: 'post', visitId: 0, forwardingBody: '', forwardingCategory: '', forwardingDoc: '', forwardingDocDate: '',
      filerKind: 'single', petitioners: [person], peopleCount: 1, respondent: 'Ủy ban nhân dân phường', placeArose: 'Tổ dân phố 7', kind: 'complaint', field: 'land',
      summary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất cho hộ liền kề', eligible: true, ineligibleReason: '', ineligibleNote: '', withinCompetence: true,
      priorStatus: 'none', duplicateOf: 0, matterId: 0, notes: '', handled: false, handlingDue: '', handlingRule: '', handlingCitation: '', actions: [], attachments: [], caseId: 0, revision: 0,
    });
  });
  await detail().locator('.ant-drawer-close').click();
  await detail().waitFor({ state: 'hidden' });
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
  await page.getByRole('menuitem', { name: /Đơn thư/ }).click();
  const rows = page.locator('.ant-table-row');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 2);
  const all = await rows.allInnerTexts();
  const tc = all.find((r) => r.startsWith('1/2026\t'));
  const kn = all.find((r) => r.startsWith('2/2026\t'));
  assert.match(tc, /Chuyển đến[\s\S]*Hội đồng nhân dân phường Hà Huy Tập[\s\S]*\[Được giữ bí mật\][\s\S]*Tố cáo[\s\S]*08\/12\/2026[\s\S]*Đã xử lý/);
  assert.match(kn, /Lê Thị Hoa[\s\S]*Khiếu nại[\s\S]*Đất đai, nhà cửa[\s\S]*quá hạn[\s\S]*Quá hạn/);
  const overdueTag = row('2/2026').locator('[data-due-state="overdue"]');
  assert.match(await overdueTag.getAttribute('class'), /ant-tag-red/);

  await choose(page, 'Trạng thái', 'Quá hạn');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1);
  assert.match(await rows.first().innerText(), /Lê Thị Hoa/);
  await choose(page, 'Trạng thái', 'Trạng thái: Tất cả');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 2);
  const search = page.getByLabel('Tìm theo họ tên, số giấy tờ, địa chỉ, nội dung (gõ không dấu cũng được)');
  await search.fill('le thi hoa');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1);
  await search.fill('');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 2);
  await screenshot(page, 'petitions-register');
});

test('a complaint within competence gets its scan and is proposed for acceptance', async () => {
  await row('2/2026').click();
  const d = detail();
  await d.getByRole('heading', { name: 'Đơn số 2/2026' }).waitFor();
  // A one-pixel PNG stands for the scan of the đơn.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  await d.locator('.ant-upload input[type=file]').setInputFiles({ name: 'don-khieu-nai.png', mimeType: 'image/png', buffer: png });
  await page.getByText('Đã đính kèm don-khieu-nai.png.').waitFor();
  const scan = d.getByRole('table', { name: 'Tài liệu đính kèm' }).locator('.ant-table-row', { hasText: 'don-khieu-nai.png' });
  await scan.getByRole('button', { name: 'Xem' }).click();
  const viewer = page.getByRole('dialog', { name: 'don-khieu-nai.png' });
  await viewer.locator('img[alt="don-khieu-nai.png"]').waitFor();
  await viewer.locator('.ant-modal-close').click();
  await viewer.waitFor({ state: 'hidden' });

  await d.getByRole('button', { name: 'Thêm bước xử lý' }).click();
  const modal = page.getByRole('dialog', { name: 'Thêm bước xử lý' });
  await modal.waitFor();
  // Within competence and eligible: đề xuất thụ lý is offered first.
  assert.equal((await modal.locator('.ant-select').first().innerText()).trim(), 'Đề xuất thụ lý');
  await modal.getByLabel('Số văn bản', { exact: true }).fill('05/PĐX');
  await modal.getByRole('button', { name: 'Ghi bước xử lý' }).click();
  await modal.waitFor({ state: 'hidden' });
  const caseLine = d.locator('.ant-alert', { hasText: /Vụ việc số \d+ đã được đề xuất thụ lý/ });
  await caseLine.waitFor();
  assert.match(await caseLine.innerText(), /Hạn thụ lý: \d{2}\/\d{2}\/2026/);
  await d.getByRole('button', { name: 'In Phiếu đề xuất thụ lý đơn' }).click();
  const pdf = page.getByRole('dialog', { name: 'Phiếu đề xuất thụ lý đơn' });
  await pdf.waitFor();
  const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
  assert.match(text, /PHIẾU ĐỀ XUẤT THỤ LÝ/);
  assert.match(text, /Lê Thị Hoa/);
  await pdf.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await pdf.waitFor({ state: 'hidden' });
  await caseLine.getByRole('link', { name: 'Mở vụ việc' }).click();
  await page.waitForURL(/#\/vu-viec\?id=\d+$/);
  await kb().press('Alt+3');
  await page.getByRole('heading', { name: 'Sổ tiếp nhận, xử lý đơn' }).waitFor();
});

test('the same denouncer typed without accents is flagged as a likely duplicate before saving', async () => {
  // The keyboard path (Alt+N) is the first test's; this one is about the duplicate check.
  await page.getByRole('button', { name: /Vào sổ đơn/ }).click();
  const form = page.getByRole('form', { name: 'Vào sổ đơn' });
  await form.waitFor();
  await form.locator('#petitioners_0_name').fill('hoang van thang');
  await form.locator('#petitioners_0_address').fill('to dan pho 3, phuong Ha Huy Tap');
  const alert = form.locator('.ant-alert', { hasText: 'Có thể trùng với' });
  await alert.waitFor();
  const hint = alert.locator('.duplicate-hint').first();
  assert.match(await hint.innerText(), /Đơn số 1\/2026, nhận ngày 27\/11\/2026 — \[Được giữ bí mật\]/);
  assert.ok((await hint.locator('.ant-tag-orange').count()) > 0, 'the hint says why');
  await alert.scrollIntoViewIfNeeded();
  await screenshot(page, 'petitions-form-duplicate');

  await hint.getByRole('button', { name: 'Đánh dấu là đơn trùng' }).click();
  await hint.getByText('Đơn trùng với đơn số 1/2026').waitFor();
  // Marking it a duplicate makes it không đủ điều kiện, đơn trùng.
  await form.getByText('Đơn trùng', { exact: true }).waitFor();
  await choose(form, 'Loại đơn', 'Tố cáo');
  await choose(form, 'Lĩnh vực', 'Lĩnh vực khác');
  await form.getByLabel('Nội dung tóm tắt', { exact: true }).fill('Tố cáo lại ông Trần Văn Bình tổ chức đánh bạc');
  await form.getByLabel('Nội dung tóm tắt', { exact: true }).press('Control+s');
  await page.getByText('Đã vào sổ đơn số 3/2026.').waitFor();
  const saved = await page.evaluate(async () => {
    const page = await window.go.app.Petitions.List({ from: '', to: '', kind: '', source: '', status: '', text: '', limit: 10, offset: 0 });
    const first = page.rows.find((r) => r.number === 1);
    const third = page.rows.find((r) => r.number === 3);
    return { first, third };
  });
  assert.equal(saved.third.duplicateOf, saved.first.id);
  assert.equal(saved.third.matterId, saved.first.matterId);
  assert.equal(saved.third.eligible, false);
  assert.equal(saved.third.ineligibleReason, 'duplicate');
});

test('Công cụ › Về biểu mẫu lists the printed forms and how sure their wording is', async () => {
  await kb().press('Alt+6');
  await page.getByRole('tab', { name: 'Về biểu mẫu' }).click();
  await page.waitForURL(/\/cong-cu\/bieu-mau$/);
  const row = page.locator('.ant-table-row', { hasText: 'TT05-03' });
  await row.waitFor();
  assert.match(await row.innerText(), /Phiếu chuyển đơn tố cáo/);
  assert.equal(await row.locator('.ant-tag').count(), 1);
});

test('a leader reveals the sealed denouncer, for a reason', async () => {
  // Only the administrator creates accounts: back to it, then to a new leader.
  await page.evaluate(async (a) => {
    await window.go.app.Auth.Logout();
    await window.go.app.Auth.Login(a.username, a.password);
  }, admin);
  await switchToNewAccount(page, 'lanhdao', 'Phạm Minh Tuấn', 'leader');
  await kb().press('Alt+3');
  await row('1/2026').click();
  const d = detail();
  await d.getByRole('heading', { name: 'Đơn số 1/2026' }).waitFor();

  await d.getByRole('button', { name: 'Xem danh tính' }).click();
  const reveal = page.getByRole('dialog', { name: 'Xem danh tính người được giữ bí mật' });
  await reveal.getByLabel('Lý do xem', { exact: true }).fill('Công an phường đề nghị cung cấp thông tin người tố cáo');
  await reveal.getByRole('button', { name: 'Xem' }).click();
  await reveal.getByText('Hoàng Văn Thắng').waitFor();
  await reveal.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
});
