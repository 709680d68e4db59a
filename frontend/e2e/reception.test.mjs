// Issue 4 end to end, keyboard only: the clerk registers a single visit and
// a group of 12 with 3 representatives, then finds the group again by an
// unaccented fragment of a representative's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, switchToNewAccount, withApp } from './harness.mjs';

let page;

withApp({}, (app) => {
  ({ page } = app);
});

const kb = () => page.keyboard;

/** Types text into the focused field, then Tab. */
async function field(text) {
  if (text) await kb().type(text);
  await kb().press('Tab');
}

/** Chooses an option of the focused Ant Design select by typing its start. */
async function choose(text) {
  await kb().type(text);
  await kb().press('Enter');
  await kb().press('Tab');
}

/** Tabs from the current field until the element labelled label has the focus. */
async function tabTo(label, max = 80) {
  for (let i = 0; i < max; i++) {
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      const id = el?.id;
      const lab = id ? document.querySelector(`label[for="${id}"]`)?.textContent : '';
      return `${lab || ''}|${el?.getAttribute('aria-label') || ''}|${el?.closest('label')?.textContent || ''}|${el?.textContent || ''}`;
    });
    if (here.split('|').some((s) => s.trim() === label)) return;
    await kb().press('Tab');
  }
  throw new Error(`no focusable "${label}" within ${max} tabs`);
}

test('a single visit, entered without the mouse', async () => {
  await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
  await kb().press('Alt+2'); // Tiếp công dân
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
  await kb().press('Alt+N');
  await page.getByRole('dialog').getByText('Lượt tiếp công dân').waitFor();
  // The first person's name has the focus.
  await page.waitForFunction(() => document.activeElement?.id === 'citizens_0_name');
  await field('Nguyễn Văn Dũng');
  await kb().press('Tab'); // Loại giấy tờ keeps Căn cước
  await field('042090001234');
  await field('Tổ dân phố 3, phường Hà Huy Tập');
  await tabTo('Phân loại');
  await choose('Kiến');
  await tabTo('Nội dung vụ việc');
  await kb().type('Đề nghị cấp giấy chứng nhận quyền sử dụng đất');
  await tabTo('Hướng dẫn');
  // Radio group: arrow keys move the choice; "Nhận đơn" is the second.
  await kb().press('ArrowRight');
  await kb().press('Control+s');
  await page.getByText('Đã ghi lượt tiếp số 1.').waitFor();
});

test('a group of 12 with 3 representatives', async () => {
  await page.waitForFunction(() => document.activeElement?.id === 'citizens_0_name' || document.activeElement?.tagName === 'BODY');
  await page.locator('#citizens_0_name').focus();
  const reps = [
    ['Trần Văn Hùng', 'Tổ dân phố 5'],
    ['Phạm Thị Lan', 'Tổ dân phố 5'],
    ['Hoàng Văn Đức', 'Tổ dân phố 6'],
  ];
  for (let i = 0; i < reps.length; i++) {
    await page.waitForFunction((n) => document.activeElement?.id === `citizens_${n}_name`, i);
    await field(reps[i][0]);
    await kb().press('Tab'); // kind
    await kb().press('Tab'); // number (none)
    await field(reps[i][1]);
    await tabTo('Người đại diện');
    await kb().press('Space');
    if (i < reps.length - 1) {
      await tabTo('Thêm người');
      await kb().press('Enter');
      await page.locator(`#citizens_${i + 1}_name`).focus();
    }
  }
  await tabTo('Số người');
  await kb().press('Control+a');
  await kb().type('12');
  await tabTo('Phân loại');
  await choose('Phản');
  await tabTo('Nội dung vụ việc');
  await kb().type('Phản ánh ô nhiễm tiếng ồn từ xưởng cơ khí trong khu dân cư');
  await tabTo('Hướng dẫn');
  await kb().press('ArrowRight');
  await kb().press('Control+s');
  await page.getByText('Đã ghi lượt tiếp số 2.').waitFor();
  await screenshot(page, 'browser-reception-form');
  await kb().press('Escape');
});

test('the group is found by an unaccented fragment of a representative', async () => {
  const search = page.getByLabel('Tìm theo họ tên, số giấy tờ, địa chỉ (gõ không dấu cũng được)');
  await search.fill('hoang van du');
  const rows = page.locator('.ant-table-row');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1);
  const text = await rows.first().innerText();
  assert.match(text, /Hoàng Văn Đức/);
  assert.match(text, /Đoàn 12 người/);
  assert.match(text, /Phản ánh/);
  assert.match(text, /Lần đầu/);
  await search.fill('');
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 2);
  assert.match(await rows.nth(1).innerText(), /Nguyễn Văn Dũng[\s\S]*Kiến nghị/);
  // The sitting-kind filter: no visit was in a periodic sitting.
  await page.getByLabel('Loại kỳ tiếp').click();
  await page.locator('.ant-select-item-option', { hasText: 'Tiếp định kỳ' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 0);
  await page.getByLabel('Loại kỳ tiếp').click();
  await page.locator('.ant-select-item-option', { hasText: 'Tiếp thường xuyên' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 2);
  await screenshot(page, 'browser-reception');
  // The sổ downloads in the Mẫu 03/TCD layout.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất sổ ra Excel' }).click()]);
  assert.equal(download.suggestedFilename(), 'so-tiep-cong-dan.xlsx');
  const path = await download.path();
  const head = (await import('node:fs')).readFileSync(path).subarray(0, 2).toString();
  assert.equal(head, 'PK'); // an xlsx is a zip
});

test('a receipt slip is issued with a visit and opens as a PDF', async () => {
  await kb().press('Alt+N');
  await page.waitForFunction(() => document.activeElement?.id === 'citizens_0_name');
  await field('Lê Văn Tám');
  await kb().press('Tab');
  await field('042088004567');
  await field('Xóm Đông, xã Thạch Đài');
  await tabTo('Phân loại');
  await choose('Khiếu');
  await tabTo('Nội dung vụ việc');
  await kb().type('Khiếu nại quyết định thu hồi đất');
  await tabTo('Hướng dẫn');
  await kb().press('ArrowRight');
  await tabTo('Lập giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD)');
  await kb().press('Space');
  await page.locator('#receiptItems_0_name').fill('Đơn khiếu nại đề ngày 20/11/2026');
  await page.locator('#receiptItems_0_name').press('Control+s');
  const dialog = page.getByRole('dialog', { name: /Giấy biên nhận số 1\/2026/ });
  await dialog.waitFor();
  const head = await dialog.locator('iframe').evaluate(async (f) => {
    const body = await (await fetch(f.src)).arrayBuffer();
    return new TextDecoder().decode(new Uint8Array(body).slice(0, 5));
  });
  assert.equal(head, '%PDF-');
  await screenshot(page, 'browser-receipt');
});

test("the Chairman's periodic sitting is recorded with its participants and conclusions", async () => {
  // Close the receipt and the visit form.
  for (let i = 0; i < 5 && (await page.locator('.ant-modal-wrap:visible, .ant-drawer-open').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
  }
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
  const today = (await page.evaluate(() => window.go.app.System.Info())).today;
  const [y, m, d] = today.split('-');
  const monday = new Date(Date.UTC(+y, +m - 1, +d - ((new Date(Date.UTC(+y, +m - 1, +d)).getUTCDay() + 6) % 7)));
  const weekLabel = `Tuần từ ${String(monday.getUTCDate()).padStart(2, '0')}/${String(monday.getUTCMonth() + 1).padStart(2, '0')}/${monday.getUTCFullYear()}`;
  await page.getByText('Có tuần chưa có buổi tiếp công dân định kỳ của Chủ tịch').waitFor();

  await page.getByRole('menuitem', { name: /Tiếp công dân/ }).click();
  await page.getByRole('tab', { name: 'Kỳ tiếp' }).click();
  await page.getByRole('button', { name: 'Thêm kỳ tiếp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm kỳ tiếp' });
  await dialog.getByLabel('Người chủ trì', { exact: true }).fill('Chủ tịch Ủy ban nhân dân phường Nguyễn Văn Dũng');
  await dialog.getByLabel('Thành phần tham gia', { exact: true }).fill('Thường trực Hội đồng nhân dân phường\nỦy ban Mặt trận Tổ quốc Việt Nam phường\nBan thanh tra nhân dân');
  await dialog.getByLabel('Kết luận của người chủ trì (thông báo kết luận việc tiếp công dân)').fill('Giao công chức địa chính kiểm tra thực địa, báo cáo trước ngày 10/12/2026.');
  await dialog.getByRole('button', { name: /Lưu/ }).click();
  await page.getByText('Đã lưu kỳ tiếp.').waitFor();
  await page.locator('.ant-table-row', { hasText: 'Tiếp định kỳ' }).waitFor();
  await screenshot(page, 'browser-sessions');

  // This week now has its periodic sitting.
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
  await page.getByText(/Lượt tiếp hôm nay/).waitFor();
  assert.equal(await page.getByText(weekLabel).count(), 0, `${weekLabel} is still listed`);
});

test('a refusal that needs the written notice prints Mẫu 01/TCD', async () => {
  await page.evaluate(async () => {
    const r = window.go.app.Reception;
    const info = await window.go.app.System.Info();
    const [s] = await r.Sessions({ from: info.today, to: info.today, kind: 'regular' });
    const person = { name: 'Võ Thị Mai', idKind: 'can-cuoc', idNumber: '042190001234', idIssueDate: '', idIssuePlace: '', idDescription: '', birthDate: '', address: 'Tổ dân phố 2', phone: '', representative: false, protected: false, masked: false };
    await r.SaveVisit({ id: 0, sessionId: s.id, receivedAt: '', citizens: [person], peopleCount: 1, summary: 'Kiến nghị lại việc đã được trả lời', kind: 'recommendation', field: '', resolvedBy: '', withinCompetence: true, outcome: 'refuse', guideBody: '', guideDoc: '', transferBody: '', transferDoc: '', refusalGround: 'kien-nghi-lap-lai', matterId: 0, notes: '', revision: 0, print: { pageSize: 'A4', twoCopies: false } });
  });
  await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
  await page.getByRole('menuitem', { name: /Tiếp công dân/ }).click();
  await page.getByRole('button', { name: 'In thông báo (Mẫu 01/TCD)' }).click();
  // The number is asked for as the notice is registered; empty takes the year's next.
  const ask = page.getByRole('dialog', { name: /In thông báo từ chối tiếp/ });
  await ask.getByLabel('Số thông báo').waitFor();
  await ask.getByRole('button', { name: 'In', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Thông báo từ chối tiếp công dân/ });
  await dialog.waitFor();
  const head = await dialog.locator('iframe').evaluate(async (f) => {
    const body = await (await fetch(f.src)).arrayBuffer();
    return new TextDecoder().decode(new Uint8Array(body).slice(0, 5));
  });
  assert.equal(head, '%PDF-');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await page.getByText(/Thông báo số 01\/TB ngày/).waitFor();
});
