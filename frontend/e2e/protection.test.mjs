// Issue 7 end to end: a denouncer's identity is masked for the clerk, who
// cannot reveal it; the police liaison sees group cases only, masked; the
// Chairman reveals it with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, screenshot, switchToNewAccount, withApp } from './harness.mjs';

let page;
let server;

withApp({}, (app) => {
  ({ page, server } = app);
});

/** Logs the page in as username (API), then reloads. */
async function loginAs(username, password) {
  await page.evaluate(
    async ({ username, password }) => {
      await window.go.app.Auth.Logout();
      await window.go.app.Auth.Login(username, password);
    },
    { username, password },
  );
  await page.goto(`${server.url}#/tiep-cong-dan`);
  await page.reload();
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
}

test('the clerk records a denunciation by a group and sees it masked', async () => {
  await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
  // The sitting needs today's date: ask Go for it.
  const today = (await page.evaluate(() => window.go.app.System.Info())).today;
  await page.evaluate(
    async (today) => {
      const r = window.go.app.Reception;
      const s = await r.SaveSession({ id: 0, kind: 'regular', date: today, place: '', presidedBy: 'Đặng Thị Hòa', participants: '', conclusion: '', revision: 0 });
      const base = { id: 0, sessionId: s.id, receivedAt: '', summary: '', field: '', resolvedBy: '', withinCompetence: true, guideBody: '', guideDoc: '', transferBody: '', transferDoc: '', refusalGround: '', matterId: 0, notes: '', revision: 0, print: { pageSize: 'A4', twoCopies: false } };
      const person = (name, representative) => ({ name, idKind: 'can-cuoc', idNumber: '', idIssueDate: '', idIssuePlace: '', idDescription: '', birthDate: '', address: 'Tổ dân phố 7', phone: '', representative, protected: false, masked: false });
      await r.SaveVisit({ ...base, citizens: [person('Lê Thị Bí Mật', true)], peopleCount: 6, kind: 'denunciation', outcome: 'accept', summary: 'Tố cáo cán bộ địa chính nhận tiền' });
      await r.SaveVisit({ ...base, citizens: [person('Nguyễn Văn Dũng', false)], peopleCount: 1, kind: 'recommendation', outcome: 'answer', summary: 'Kiến nghị sửa đường' });
    },
    today,
  );
  await page.goto(`${server.url}#/tiep-cong-dan`);
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
  await page.getByText('[Được giữ bí mật]').waitFor();
  assert.equal(await page.getByText('Lê Thị Bí Mật').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Xem danh tính' }).count(), 0, 'the clerk has a reveal button');
  const refused = await page.evaluate(() => window.go.app.Reception.RevealCitizen(1, 0, 'tò mò').then(() => 'revealed', (e) => e));
  assert.equal(refused.kind, 'forbidden');
});

test('the police liaison sees the group only, masked', async () => {
  await loginAs(admin.username, admin.password);
  await switchToNewAccount(page, 'congan', 'Trần Văn Công', 'police');
  await page.goto(`${server.url}#/tiep-cong-dan`);
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
  await page.getByText('Đoàn 6 người').waitFor();
  assert.equal(await page.locator('.ant-table-row').count(), 1);
  assert.equal(await page.getByText('Nguyễn Văn Dũng').count(), 0, 'the police see a single visit');
  assert.equal(await page.getByText('Lê Thị Bí Mật').count(), 0, 'the police see the denouncer');
  await screenshot(page, 'browser-reception-police');
});

test('the Chairman reveals the denouncer with a reason, and it is audited', async () => {
  await loginAs(admin.username, admin.password);
  await switchToNewAccount(page, 'chutich', 'Nguyễn Văn Chủ', 'leader');
  await page.goto(`${server.url}#/tiep-cong-dan`);
  await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
  await page.getByRole('button', { name: 'Xem danh tính' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Xem' }).click();
  await dialog.getByText('Vui lòng ghi lý do xem danh tính người được bảo vệ').waitFor();
  await dialog.getByLabel('Lý do xem').fill('Chỉ đạo xác minh nội dung tố cáo');
  await dialog.getByRole('button', { name: 'Xem' }).click();
  await dialog.getByText('Lê Thị Bí Mật').waitFor();
  await screenshot(page, 'browser-reveal');
  await page.keyboard.press('Escape');
  await loginAs(admin.username, admin.password);
  const log = await page.evaluate(() => window.go.app.Audit.List({ from: '', to: '', actor: '', entity: '', action: 'reveal', text: '', limit: 10, offset: 0 }));
  assert.equal(log.total, 1);
  assert.equal(log.rows[0].actor, 'chutich');
});
