// The foundation's end-to-end test: the first-run setup in a real browser
// against a real `tiepdan serve`, including bad input and a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, screenshot, withApp } from './harness.mjs';

let server;
let page;

withApp({ setUp: false, viewport: { width: 1280, height: 800 } }, (app) => {
  ({ server, page } = app);
});

/** The error text shown beside the form field labelled label. */
const fieldError = (label) =>
  page.locator('.ant-form-item', { has: page.getByText(label, { exact: true }) }).locator('.ant-form-item-explain-error');

const info = () => page.evaluate(() => window.go.app.System.Info());

test('an empty data folder opens at the first-run screen, which first creates the administrator', async () => {
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Tạo tài khoản quản trị' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'fullName');
  await screenshot(page, 'browser-first-run-admin');

  // A weak password and a mismatch are refused beside their fields.
  const kb = page.keyboard;
  await kb.type('Quản Trị Viên');
  await kb.press('Tab');
  await kb.type('quantri');
  await kb.press('Tab');
  await kb.type('ngan');
  await kb.press('Tab');
  await kb.type('khac');
  await kb.press('Enter');
  await fieldError('Mật khẩu mới').getByText('ít nhất 8 ký tự', { exact: false }).waitFor();
  await fieldError('Nhập lại mật khẩu').getByText('không khớp', { exact: false }).waitFor();

  await page.locator('#password').fill(admin.password);
  await page.locator('#passwordConfirm').fill(admin.password);
  await page.locator('#passwordConfirm').press('Enter');

  await page.getByRole('heading', { name: 'Thiết lập đơn vị' }).waitFor();
  // The first field has the focus, so the clerk can type at once.
  await page.waitForFunction(() => document.activeElement?.id === 'name');
  await screenshot(page, 'browser-first-run');
});

test('saving with an empty unit name shows a Vietnamese error beside the field and writes nothing', async () => {
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await fieldError('Tên đơn vị').getByText('Vui lòng nhập tên đơn vị', { exact: false }).waitFor();
  assert.match(await fieldError('Ngày tiếp công dân định kỳ của Chủ tịch').innerText(), /ít nhất 01 ngày trong tuần/);
  // The focus goes to the first bad field.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'name');
  await screenshot(page, 'browser-first-run-errors');
  assert.equal((await info()).configured, false, 'nothing may be saved');
  await page.reload();
  await page.getByRole('heading', { name: 'Thiết lập đơn vị' }).waitFor();
  await page.locator('#name').waitFor();
});

test('a fast typist completes the setup with the keyboard alone', async () => {
  const kb = page.keyboard;
  await page.locator('#name').waitFor();
  await page.locator('#name').focus();
  await kb.type('Ủy ban nhân dân phường Hà Huy Tập');
  await kb.press('Tab');
  await kb.type('Ủy ban nhân dân tỉnh Hà Tĩnh');
  await kb.press('Tab'); // Ký hiệu keeps its default "UBND"
  await kb.press('Tab');
  await kb.type('Hà Tĩnh');
  await kb.press('Tab');
  await kb.type('Nguyễn Văn Dũng');
  await kb.press('Tab'); // Chức vụ keeps "Chủ tịch"
  await kb.press('Tab');
  await kb.type('Trụ sở Ủy ban nhân dân phường Hà Huy Tập');
  await kb.press('Tab'); // Thứ Hai
  await kb.press('Tab'); // Thứ Ba
  await kb.press('Tab'); // Thứ Tư
  await kb.press('Tab'); // Thứ Năm
  await kb.press('Space');
  await kb.press('Tab'); // Thứ Sáu
  await kb.press('Tab'); // Thứ Bảy
  await kb.press('Tab');
  await kb.type('Thanh tra tỉnh Hà Tĩnh');

  // The date line is previewed in the NĐ 30/2020 form for today.
  const today = (await info()).today; // 2026-11-27
  const [y, m, d] = today.split('-').map(Number);
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  const line = `Hà Tĩnh, ngày ${String(d).padStart(2, '0')} tháng ${month} năm ${y}`;
  await page.getByText(line, { exact: true }).waitFor();

  await kb.press('Enter');
  await page.getByRole('heading', { name: 'Ủy ban nhân dân phường Hà Huy Tập' }).waitFor();
  await page.getByText('Thứ Năm', { exact: true }).waitFor();
  assert.equal((await info()).configured, true);
  await screenshot(page, 'browser-dashboard');
});

test('the saved settings are there after a reload', async () => {
  await page.reload();
  await page.getByRole('heading', { name: 'Ủy ban nhân dân phường Hà Huy Tập' }).waitFor();
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('heading', { name: 'Thông tin đơn vị' }).waitFor();
  const want = {
    name: 'Ủy ban nhân dân phường Hà Huy Tập',
    superiorAgency: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    docSymbol: 'UBND',
    placeName: 'Hà Tĩnh',
    chairmanName: 'Nguyễn Văn Dũng',
    chairmanTitle: 'Chủ tịch',
    receptionPlace: 'Trụ sở Ủy ban nhân dân phường Hà Huy Tập',
    reportRecipient: 'Thanh tra tỉnh Hà Tĩnh',
  };
  for (const [id, value] of Object.entries(want)) {
    assert.equal(await page.locator(`#${id}`).inputValue(), value, id);
  }
  assert.equal(await page.getByRole('checkbox', { name: 'Thứ Năm' }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Thứ Hai' }).isChecked(), false);
  await screenshot(page, 'browser-settings');
});

test('settings are edited in place and saved with Ctrl+S', async () => {
  await page.locator('#chairmanName').fill('Trần Thị Hòa');
  await page.locator('#chairmanName').press('Control+s');
  await page.getByText('Đã lưu thông tin đơn vị.').waitFor();
  await page.reload();
  await page.locator('#chairmanName').waitFor();
  assert.equal(await page.locator('#chairmanName').inputValue(), 'Trần Thị Hòa');
});

test('a cleared field is refused in settings too, and the stored value stays', async () => {
  await page.locator('#name').fill('   ');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await fieldError('Tên đơn vị').getByText('Vui lòng nhập tên đơn vị', { exact: false }).waitFor();
  await page.reload();
  assert.equal(await page.locator('#name').inputValue(), 'Ủy ban nhân dân phường Hà Huy Tập');
});

test('every area is reachable from the menu', async () => {
  const areas = [
    ['Tiếp công dân', 'sổ tiếp công dân'],
    ['Đơn thư', 'Sổ tiếp nhận, xử lý đơn'],
    ['Vụ việc', 'Vụ việc thuộc thẩm quyền'],
    ['Báo cáo', 'Báo cáo thống kê'],
  ];
  for (const [label, phrase] of areas) {
    await page.getByRole('menuitem', { name: new RegExp(label) }).click();
    await page.getByText(phrase, { exact: false }).first().waitFor();
  }
  // Alt+1 goes back to Tổng quan from anywhere.
  await page.keyboard.press('Alt+1');
  await page.getByRole('heading', { name: 'Ủy ban nhân dân phường Hà Huy Tập' }).waitFor();
});

test('after logging out, the login screen asks for the password', async () => {
  await page.getByRole('button', { name: /Quản Trị Viên/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(admin.username);
  await page.getByLabel('Mật khẩu').fill('sai mật khẩu 1');
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
  await screenshot(page, 'browser-login');
  await page.getByLabel('Mật khẩu').fill(admin.password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.getByRole('heading', { name: 'Ủy ban nhân dân phường Hà Huy Tập' }).waitFor();
});
