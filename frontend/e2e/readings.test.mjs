// Issue 3 end to end: the unit's reading of thụ lý khiếu nại before 01/7/2026,
// chosen in Cài đặt › Cách tính thời hạn, is where the calculator starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickDate, screenshot, withApp } from './harness.mjs';

let page;

withApp({}, (app) => {
  ({ page } = app);
});

const rule = 'Thụ lý khiếu nại lần đầu';
const alternativeBox = () => page.getByRole('checkbox', { name: /Áp dụng cách hiểu khác/ });
const readingGroup = () => page.getByRole('radiogroup', { name: rule });

/** Opens the calculator and counts thụ lý khiếu nại lần đầu from Wednesday 10/6/2026. */
async function acceptanceFrom10June() {
  await page.getByRole('menuitem', { name: /Công cụ/ }).click();
  await page.getByRole('heading', { name: 'Tính thời hạn' }).waitFor();
  await pickDate(page, 'Ngày xảy ra sự kiện', '2026-06-10');
  await page.getByLabel('Quy định', { exact: true }).click();
  await page.keyboard.type('thụ lý khiếu nại lần đầu');
  await page.locator('.ant-select-item-option', { hasText: rule }).first().click();
  await page.getByTestId('deadline-due').waitFor();
}

/** Opens Cài đặt › Cách tính thời hạn. */
async function openReadings() {
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Cách tính thời hạn' }).click();
  await page.getByRole('heading', { name: 'Cách tính thời hạn' }).waitFor();
  assert.match(page.url(), /\/cai-dat\/cach-tinh-thoi-han$/);
  await readingGroup().waitFor();
}

test('by default the calculator counts 10 ngày, the safer reading', async () => {
  await acceptanceFrom10June();
  // 10/6 + 10 ngày = Saturday 20/6, a day off: the period ends on Monday 22/6.
  await page.getByText('Thứ Hai, 22/06/2026').waitFor();
  assert.equal(await page.getByTestId('deadline-citation').innerText(), 'Điều 27 Luật Khiếu nại: 10 ngày');
  assert.equal(await alternativeBox().isChecked(), false);
});

test('the administrator chooses 10 ngày làm việc and the choice is stored', async () => {
  await openReadings();
  const group = readingGroup();
  await group.getByText('mặc định, an toàn hơn').waitFor();
  await page.getByText('Áp dụng khi ngày bắt đầu tính từ 01/07/2012 đến 30/06/2026').first().waitFor();
  assert.equal(await group.getByRole('radio', { name: /Điều 27 Luật Khiếu nại: 10 ngày/ }).isChecked(), true);

  await group.getByRole('radio', { name: /10 ngày làm việc/ }).check();
  await page.getByText(`Đã lưu cách tính thời hạn: ${rule}.`).waitFor();
  assert.equal(await group.getByRole('radio', { name: /Điều 27 Luật Khiếu nại: 10 ngày/ }).isChecked(), false);

  await page.reload();
  await readingGroup().waitFor();
  assert.equal(await readingGroup().getByRole('radio', { name: /10 ngày làm việc/ }).isChecked(), true);
  // The other rules keep their default.
  const second = page.getByRole('radiogroup', { name: 'Thụ lý khiếu nại lần hai' });
  assert.equal(await second.getByRole('radio', { name: /Điều 36 Luật Khiếu nại: 10 ngày/ }).isChecked(), true);
  await screenshot(page, 'browser-rule-readings');
});

test('the calculator then starts from 10 ngày làm việc', async () => {
  await acceptanceFrom10June();
  // June 2026 has no holiday: 11, 12, 15–19, 22, 23, 24/6 → Wednesday 24/6.
  await page.getByText('Thứ Tư, 24/06/2026').waitFor();
  assert.equal(await alternativeBox().isChecked(), true);
  assert.match(await page.getByTestId('deadline-citation').innerText(), /Thông tư 07\/2013\/TT-TTCP.*: 10 ngày làm việc$/);
  await screenshot(page, 'browser-deadline-alternative-reading');
  // The clerk can still try the other reading.
  await alternativeBox().uncheck();
  await page.getByText('Thứ Hai, 22/06/2026').waitFor();
});

test('going back to the default reading', async () => {
  await openReadings();
  await readingGroup().getByRole('radio', { name: /Điều 27 Luật Khiếu nại: 10 ngày/ }).check();
  await page.getByText(`Đã lưu cách tính thời hạn: ${rule}.`).waitFor();
  await acceptanceFrom10June();
  await page.getByText('Thứ Hai, 22/06/2026').waitFor();
  assert.equal(await alternativeBox().isChecked(), false);
});
