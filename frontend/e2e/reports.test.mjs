// Issue 6 end to end: visits recorded in Quý III (15/6–14/9/2026) and one
// after it; on Báo cáo the clerk chooses Quý III 2026, sees the biểu, clicks
// a number of 01/TCD and sees exactly the visits behind it. The server's
// clock is 01/10/2026, in Quý IV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, switchToNewAccount, withApp } from './harness.mjs';

let page;

withApp({ now: '2026-10-01T09:00:00+07:00' }, (app) => {
  ({ page } = app);
});

/** Records, through the bridge, sittings and visits dated in the past. */
async function recordVisits() {
  await page.evaluate(async () => {
    const r = window.go.app.Reception;
    const sitting = (kind, date, presidedBy) =>
      r.SaveSession({ kind, date, place: 'Trụ sở Ủy ban nhân dân phường', presidedBy, participants: '', conclusion: '', revision: 0 });
    const visit = (s, receivedAt, names, peopleCount, summary) =>
      r.SaveVisit({
        sessionId: s.id,
        receivedAt,
        citizens: names.map((name, i) => ({ name, representative: peopleCount >= 5 && i === 0 })),
        peopleCount,
        summary,
        kind: 'recommendation',
        outcome: 'answer',
        withinCompetence: true,
      });
    const july = await sitting('regular', '2026-07-01', 'Đặng Thị Hòa, công chức tiếp công dân');
    const august = await sitting('periodic', '2026-08-06', 'Nguyễn Văn Dũng, Chủ tịch Ủy ban nhân dân phường');
    const september = await sitting('regular', '2026-09-21', 'Đặng Thị Hòa, công chức tiếp công dân');
    await visit(july, '2026-07-01T08:00:00+07:00', ['Nguyễn Văn An'], 1, 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất');
    await visit(july, '2026-07-01T09:30:00+07:00', ['Trần Thị Bích', 'Lê Văn Cường'], 6, 'Kiến nghị làm đường nội bộ Tổ dân phố 5');
    await visit(july, '2026-07-01T14:00:00+07:00', ['Phạm Văn Dũng'], 1, 'Đề nghị xác nhận hộ cận nghèo');
    await visit(august, '2026-08-06T08:30:00+07:00', ['Hoàng Thị Em'], 1, 'Kiến nghị về đơn giá bồi thường');
    // In Quý IV: not in the quarter.
    await visit(september, '2026-09-21T08:00:00+07:00', ['Võ Văn Phúc'], 1, 'Đề nghị cấp bản sao giấy khai sinh');
  });
}

test('Quý III 2026: the biểu and the visits behind a number', async () => {
  await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
  await recordVisits();
  await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
  await page.getByRole('heading', { name: 'Báo cáo thống kê' }).waitFor();
  // The screen opens on the quarter today is in: Quý IV.
  await page.getByText('Quý IV năm 2026 (từ 15/9/2026 đến 14/12/2026)').waitFor();
  await page.getByLabel('Kỳ báo cáo').click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^Quý III$/ }).click();
  await page.getByText('Quý III năm 2026 (từ 15/6/2026 đến 14/9/2026)').waitFor();

  // Every table is on screen; 01/TCD counts the quarter's visits.
  for (const code of ['01/TCD', '01/XLD', '02/XLD', '03/XLD', '04/XLD', '01/KQGQ', '02/KQGQ']) {
    await page.getByRole('region', { name: `Biểu số ${code}` }).waitFor();
  }
  const regular = page.getByRole('button', { name: '01/TCD cột 4', exact: true });
  await page.waitForFunction(() => document.querySelector('[aria-label="01/TCD cột 4"]')?.textContent === '3');
  assert.equal(await page.getByRole('button', { name: '01/TCD cột 1', exact: true }).textContent(), '4');
  assert.equal(await page.getByRole('button', { name: '01/TCD cột 5', exact: true }).textContent(), '8');
  assert.equal(await page.getByRole('button', { name: '01/TCD cột 13', exact: true }).textContent(), '1');
  await screenshot(page, 'reports-screen');

  // The visits behind column 4: the three of the regular sitting, and no other.
  await regular.click();
  const drawer = page.locator('.ant-drawer-open');
  await drawer.getByText('Biểu 01/TCD — cột 4: Số lượt tiếp').waitFor();
  await drawer.getByText('Tổng: 3 (3 hồ sơ)').waitFor();
  const names = await drawer.locator('.ant-table-tbody tr.ant-table-row td:nth-child(5)').allTextContents();
  assert.deepEqual(names, ['Nguyễn Văn An', 'Trần Thị Bích', 'Phạm Văn Dũng']);
  const text = await drawer.textContent();
  assert.ok(!text.includes('Võ Văn Phúc') && !text.includes('Hoàng Thị Em'), text);
  assert.ok(text.includes('01/07/2026'), text);
  await screenshot(page, 'reports-drill');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  // The total: the regular three and the Chairman's one, each with its column.
  await page.getByRole('button', { name: '01/TCD cột 1', exact: true }).click();
  await drawer.getByText('Tổng: 4 (4 hồ sơ)').waitFor();
  assert.ok((await drawer.textContent()).includes('Hoàng Thị Em'));
  await page.keyboard.press('Escape');
});

test('the report is exported to Excel with a progress indicator', async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'bao-cao-thong-ke-2026-Q3.xlsx');
  await page.getByText('Đã xuất báo cáo.').waitFor();
});
