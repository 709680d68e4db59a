// Issue 4, the posted documents: the clerk makes November's lịch tiếp công
// dân from the unit's periodic weekday, sees the week it leaves uncovered,
// adds a day from the keyboard, and prints the schedule; the nội quy is
// printed from Cài đặt. The server's clock is Friday 27/11/2026.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickDate, screenshot, switchToNewAccount, withApp } from './harness.mjs';

let page;
let server;

withApp({ now: '2026-11-27T09:30:00+07:00' }, (app) => {
  ({ page, server } = app);
});

test('the schedule is filled from the periodic weekday and warns about an empty week', async () => {
  await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
  await page.keyboard.press('Alt+2'); // Tiếp công dân
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
  await page.getByRole('tab', { name: 'Lịch tiếp' }).click();
  await page.getByText('Tháng 11 năm 2026').first().waitFor();
  await page.getByRole('button', { name: 'Tạo theo ngày tiếp định kỳ' }).click();
  // The unit receives on Thursdays: 05, 12, 19 and 26 November.
  for (const d of ['05/11/2026', '12/11/2026', '19/11/2026', '26/11/2026']) {
    await page.getByText(`Thứ Năm, ${d}`).waitFor();
  }
  // The week of Monday 30/11 has no day in November, nor a December schedule yet.
  await page.getByText(/Tuần chưa có ngày tiếp định kỳ: 30\/11\/2026–06\/12\/2026/).waitFor();
});

test('a day is added without the mouse and the warning goes', async () => {
  await page.getByRole('button', { name: 'Thêm ngày tiếp' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Thêm ngày tiếp', { exact: true }).waitFor();
  // The date has the focus; the other fields come filled from the unit.
  await pickDate(page, 'Ngày tiếp', '2026-12-03');
  assert.equal(await dialog.getByLabel('Từ giờ').inputValue(), '07:30');
  await dialog.getByLabel('Ghi chú').focus();
  await page.keyboard.type('Tiếp chuyên đề về giải phóng mặt bằng');
  await page.keyboard.press('Control+s');
  await page.getByText('Đã lưu ngày tiếp.').waitFor();
  // 03/12 is in December: November's table does not list it, but it covers the week.
  await page.getByText(/Tuần chưa có ngày tiếp định kỳ/).waitFor({ state: 'detached' });
});

test('the schedule is printed for posting', async () => {
  await page.getByRole('button', { name: 'In lịch để niêm yết' }).click();
  const preview = page.getByRole('dialog').filter({ hasText: 'Lịch tiếp công dân — Tháng 11 năm 2026' });
  await preview.waitFor();
  const src = await preview.locator('iframe').getAttribute('src');
  assert.match(src ?? '', /^blob:/);
  // The PDF itself, as the preview shows it.
  const bytes = await page.evaluate(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength, src);
  assert.ok(bytes > 5000, `PDF of ${bytes} bytes`);
  await screenshot(page, 'browser-schedule-print');
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await preview.waitFor({ state: 'hidden' });
  await screenshot(page, 'browser-schedule');
});

test('the nội quy is shown as the template and printed', async () => {
  await page.goto(`${server.url}#/cai-dat/noi-quy`);
  await page.getByRole('heading', { name: 'Nội quy tiếp công dân' }).waitFor();
  await page.getByText(/Đây là nội quy mẫu của phần mềm/).waitFor();
  const text = await page.getByLabel('Nội dung nội quy').inputValue();
  assert.match(text, /^Điều 1\. Phạm vi và đối tượng áp dụng/);
  await page.getByRole('button', { name: 'In nội quy để niêm yết' }).click();
  const preview = page.getByRole('dialog').filter({ hasText: 'Nội quy tiếp công dân' });
  await preview.locator('iframe').waitFor();
  await screenshot(page, 'browser-rules');
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await preview.waitFor({ state: 'hidden' });
});

test('a stored receipt is reprinted and an answer recorded from the logbook row', async () => {
  await page.evaluate(async () => {
    const r = window.go.app.Reception;
    const s = await r.SaveSession({ id: 0, kind: 'regular', date: '2026-11-27', place: '', presidedBy: 'Đặng Thị Hòa', participants: '', conclusion: '', revision: 0 });
    const person = { name: 'Nguyễn Văn Dũng', idKind: 'can-cuoc', idNumber: '042090001234', idIssueDate: '', idIssuePlace: '', idDescription: '', birthDate: '1990-05-12', address: 'Tổ dân phố 3', phone: '', representative: false, protected: false, masked: false };
    await r.SaveVisit({ id: 0, sessionId: s.id, receivedAt: '', citizens: [person], peopleCount: 1, summary: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất', kind: 'recommendation', field: '', resolvedBy: '', withinCompetence: true, outcome: 'accept', guideBody: '', guideDoc: '', transferBody: '', transferDoc: '', refusalGround: '', matterId: 0, notes: '', revision: 0,
      receipt: { position: 0, officerPosition: '', copies: 2, items: [{ name: 'Đơn kiến nghị', pages: 2, kind: 'original', condition: 'nguyên vẹn' }] },
      print: { pageSize: 'A4', twoCopies: false } });
  });
  // Back to the logbook, read again.
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
  await page.getByRole('menuitem', { name: /Tiếp công dân/ }).click();
  await page.getByRole('button', { name: 'In lại giấy biên nhận số 01' }).click();
  const preview = page.getByRole('dialog').filter({ hasText: 'Giấy biên nhận số 01/2026' });
  await preview.locator('iframe').waitFor();
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('button', { name: 'Đã trả lời' }).click();
  const reply = page.getByRole('dialog').filter({ hasText: 'Ghi nhận đã trả lời công dân' });
  await reply.getByLabel('Hình thức trả lời').fill('Văn bản số 12/UBND ngày 27/11/2026');
  await reply.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã trả lời ngày 27/11/2026').waitFor();
  await screenshot(page, 'browser-reception-row-actions');
});
