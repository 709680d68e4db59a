// Issue 3 end to end: the deadline calculator, and an administrator's extra
// day off in Cài đặt › Lịch làm việc moving a deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickDate, screenshot, withApp } from './harness.mjs';

let page;

withApp({}, (app) => {
  ({ page } = app);
});

const due = () => page.getByTestId('deadline-due');

/** Opens the calculator and counts 5 working days from Friday 27/11/2026. */
async function fiveWorkingDaysFrom27November() {
  await page.getByRole('menuitem', { name: /Công cụ/ }).click();
  await page.getByRole('heading', { name: 'Tính thời hạn' }).waitFor();
  await pickDate(page, 'Ngày xảy ra sự kiện', '2026-11-27');
  await page.getByLabel('Tự nhập số ngày').check();
  await page.getByLabel('Số ngày', { exact: true }).fill('5');
  await page.getByLabel('ngày làm việc', { exact: true }).check();
}

test('the calculator counts working days and shows the count day by day', async () => {
  await fiveWorkingDaysFrom27November();
  // Fri 27/11 is not counted; Mon 30/11 … Fri 04/12 are days 1–5.
  await page.getByText('Thứ Sáu, 04/12/2026').waitFor();
  const rows = page.locator('.ant-table-row');
  assert.equal(await rows.count(), 8); // 27/11 (start), 28–29/11 (weekend), 30/11 … 04/12
  await screenshot(page, 'browser-deadline-calculator');
});

test('a rule gives its citation', async () => {
  await page.getByLabel('Theo quy định').check();
  await page.getByLabel('Quy định', { exact: true }).click();
  await page.keyboard.type('tố cáo');
  await page.locator('.ant-select-item-option', { hasText: 'Điều 24' }).first().click();
  await due().waitFor();
  assert.match(await page.getByTestId('deadline-citation').innerText(), /Luật Tố cáo/);
});

test('an extra day off marked by the administrator moves the deadline', async () => {
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Lịch làm việc' }).click();
  await page.getByRole('heading', { name: 'Lịch làm việc' }).waitFor();
  // 2026 is an announced year.
  await page.getByText('Theo thông báo', { exact: true }).waitFor();

  // Bad input first: no reason → a message beside the field, nothing saved.
  await pickDate(page, 'Ngày', '2026-12-01');
  await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await page.locator('.ant-form-item-explain-error').first().waitFor();
  await page.getByText('Chưa có điều chỉnh nào.').waitFor();

  await page.getByLabel('Lý do', { exact: true }).fill('Nghỉ theo quyết định của Ủy ban nhân dân tỉnh');
  await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await page.getByText('Đã lưu điều chỉnh ngày 01/12/2026.').waitFor();
  const edits = page.getByRole('table', { name: 'Các điều chỉnh của năm 2026' });
  await edits.getByText('Nghỉ theo quyết định của Ủy ban nhân dân tỉnh').waitFor();
  await screenshot(page, 'browser-calendar-settings');

  await fiveWorkingDaysFrom27November();
  // Tue 01/12 is now a day off: the fifth working day is Mon 07/12.
  await page.getByText('Thứ Hai, 07/12/2026').waitFor();
  const skipped = page.locator('.ant-table-row', { hasText: '01/12/2026' });
  assert.match(await skipped.innerText(), /Bỏ qua/);
  assert.match(await skipped.innerText(), /Nghỉ theo quyết định của Ủy ban nhân dân tỉnh/);
});

test('removing the edit restores the deadline', async () => {
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Lịch làm việc' }).click();
  await page.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
  await page.getByText('Chưa có điều chỉnh nào.').waitFor();
  await fiveWorkingDaysFrom27November();
  await page.getByText('Thứ Sáu, 04/12/2026').waitFor();
});
