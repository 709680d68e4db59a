// Issue 7 end to end: the administrator creates a clerk's account; the clerk
// must change the first password, and cannot open what is the administrator's
// (accounts, the audit trail, backups) — not in the menus, and not by calling
// Go directly. The administrator reads the audit trail and takes a backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, screenshot, withApp } from './harness.mjs';

let server;
let page;

withApp({}, (app) => {
  ({ server, page } = app);
});

async function logout() {
  await page.locator('.app-header button').click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
}

async function loginAs(username, password) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Mật khẩu').press('Enter');
}

test('the administrator creates a clerk account', async () => {
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Tài khoản' }).click();
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đăng nhập').fill('canbo');
  await dialog.getByLabel('Họ tên').fill('Đặng Thị Hòa');
  await dialog.getByLabel('Vai trò').click();
  await page.locator('.ant-select-item-option', { hasText: 'Cán bộ tiếp dân' }).click();
  await dialog.getByLabel('Mật khẩu ban đầu').fill('ngan');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.getByText('Mật khẩu phải có ít nhất 8 ký tự').waitFor();
  await dialog.getByLabel('Mật khẩu ban đầu').fill('Tạm thời 1234');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã tạo tài khoản canbo.').waitFor();
  const row = page.locator('.ant-table-row', { hasText: 'canbo' });
  await row.getByText('Chờ đổi mật khẩu').waitFor();
  await screenshot(page, 'browser-accounts');
});

test('the clerk must change the first password, then sees no administrator tabs', async () => {
  await logout();
  await loginAs('canbo', 'Tạm thời 1234');
  await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
  await page.getByLabel('Mật khẩu hiện tại').fill('Tạm thời 1234');
  await page.getByLabel('Mật khẩu mới').fill('Cán bộ 2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('Cán bộ 2026');
  await page.getByLabel('Nhập lại mật khẩu').press('Enter');
  // Back where the last person left off, now as the clerk.
  await page.getByRole('button', { name: /Đặng Thị Hòa/ }).getByText('Cán bộ tiếp dân').waitFor();

  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Lịch làm việc' }).waitFor();
  for (const tab of ['Tài khoản', 'Nhật ký', 'Sao lưu', 'Cách tính thời hạn']) {
    assert.equal(await page.getByRole('tab', { name: tab }).count(), 0, `the clerk sees the tab ${tab}`);
  }
  // The unit's settings are shown but cannot be changed.
  await page.getByText('Chỉ người quản trị được sửa thông tin đơn vị.').waitFor();
  assert.equal(await page.locator('#name').isDisabled(), true);

  // Go refuses too, whatever the page does.
  const refused = await page.evaluate(() => window.go.app.Audit.List({}).then(() => 'allowed', (e) => e));
  assert.equal(refused.kind, 'forbidden');
  assert.match(refused.message, /không có quyền xem nhật ký/);
  const refusedBackup = await page.evaluate(() => window.go.app.Backups.Create().then(() => 'allowed', (e) => e));
  assert.equal(refusedBackup.kind, 'forbidden');
  // Going to the address of an administrator's tab shows the unit instead.
  await page.goto(`${server.url}#/cai-dat/nhat-ky`);
  await page.getByText('Chỉ người quản trị được sửa thông tin đơn vị.').waitFor();
});

test('five wrong passwords lock the account', async () => {
  await logout();
  for (let i = 0; i < 4; i++) {
    await loginAs('canbo', 'sai mật khẩu 1');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
  }
  await loginAs('canbo', 'sai mật khẩu 1');
  await page.getByText('tài khoản tạm khóa 15 phút', { exact: false }).waitFor();
  await loginAs('canbo', 'Cán bộ 2026');
  await page.getByText('Tài khoản tạm khóa đến', { exact: false }).waitFor();
  await screenshot(page, 'browser-login-locked');
});

test('the administrator reads the audit trail and takes a backup', async () => {
  await loginAs(admin.username, admin.password);
  await page.getByRole('button', { name: /Quản Trị Viên/ }).waitFor();
  await page.getByRole('menuitem', { name: /Cài đặt/ }).click();
  await page.getByRole('tab', { name: 'Nhật ký' }).click();
  // The failed logins and the lockout of canbo are there.
  await page.locator('.ant-table-row', { hasText: 'canbo' }).first().waitFor();
  await screenshot(page, 'browser-audit');

  await page.getByRole('tab', { name: 'Sao lưu' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await page.locator('.ant-table-row', { hasText: 'manual' }).or(page.locator('.ant-table-row', { hasText: 'Thủ công' })).first().waitFor();
  await screenshot(page, 'browser-backups');
});
