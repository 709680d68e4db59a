// Issue 5 end to end: a khiếu nại lần đầu from đề xuất thụ lý to the
// decision, with the deadline shown after each step, and the due board on
// the deadline day and on the day after. Expected dates were computed with
// `tiepdan deadline --from … --rule …` (and by hand for the suspension, from
// law.Suspension: the decision day counts, the resumption day does not).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, pickDate, screenshot, switchToNewAccount, withApp } from './harness.mjs';

/**
 * Registers a khiếu nại lần đầu within competence received on receivedOn and
 * proposes its acceptance on proposedOn, through the bridge calls the Đơn thư
 * screen makes; resolves to { petitionId, caseId, number }.
 */
async function seedComplaint(page, { receivedOn, proposedOn, name, idNumber, summary }) {
  return page.evaluate(
    async ({ receivedOn, proposedOn, name, idNumber, summary }) => {
      const person = {
        name,
        idKind: 'can-cuoc',
        idNumber,
        idIssueDate: '',
        idIssuePlace: '',
        idDescription: '',
        birthDate: '',
        address: 'Tổ dân phố 4, phường Hà Huy Tập',
        phone: '',
        representative: false,
        protected: false,
        masked: false,
      };
      const p = await window.go.app.Petitions.Save({
        id: 0,
        number: 0,
        year: 0,
        receivedOn,
        source: 'post',
        visitId: 0,
        forwardingBody: '',
        forwardingCategory: '',
        forwardingDoc: '',
        forwardingDocDate: '',
        filerKind: 'single',
        petitioners: [person],
        peopleCount: 1,
        respondent: 'Ủy ban nhân dân phường Hà Huy Tập',
        placeArose: 'Tổ dân phố 4',
        kind: 'complaint',
        field: 'land',
        summary,
        eligible: true,
        ineligibleReason: '',
        ineligibleNote: '',
        withinCompetence: true,
        priorStatus: 'none',
        duplicateOf: 0,
        matterId: 0,
        notes: '',
        revision: 0,
      });
      const v = await window.go.app.Petitions.AddAction({
        petitionId: p.id,
        revision: p.revision,
        kind: 'propose-acceptance',
        date: proposedOn,
        docNumber: '',
        body: '',
        note: '',
      });
      return { petitionId: p.id, caseId: v.case.id, number: p.number };
    },
    { receivedOn, proposedOn, name, idNumber, summary },
  );
}

/** The text of the current deadline in the open case drawer. */
const deadline = (page) => page.locator('.case-deadline').innerText();

/** Waits until the case drawer shows the deadline text want (a RegExp). */
async function expectDeadline(page, want) {
  await page.locator('.case-deadline', { hasText: want }).waitFor();
  assert.match(await deadline(page), want);
}

/** Opens the step dialog of the case drawer by its button, returns the dialog. */
async function openStep(page, label) {
  await page.getByRole('dialog', { name: /Vụ việc — đơn số/ }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label, exact: true });
  await dialog.waitFor();
  return dialog;
}

/** Saves the step dialog and waits for it to close. */
async function saveStep(page, dialog) {
  await dialog.getByRole('button', { name: 'Ghi' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Chooses option text of the Ant Design select labelled label inside scope. */
async function choose(page, scope, label, text) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

/** The first bytes of the PDF shown in the PdfModal dialog. */
const pdfHead = (dialog) =>
  dialog.locator('iframe').evaluate(async (f) => new TextDecoder().decode(new Uint8Array(await (await fetch(f.src)).arrayBuffer()).slice(0, 5)));

/** The row of the due board's item list whose title contains text. */
const dueRow = (page, text) => page.getByRole('region', { name: 'Danh sách việc đến hạn' }).locator('.ant-table-row', { hasText: text });

// The same petition on both servers: received Wed 18/11/2026, so its thụ lý
// deadline (07 ngày làm việc, NĐ 124/2020 as amended) is Fri 27/11/2026.
const dueToday = {
  receivedOn: '2026-11-18',
  proposedOn: '2026-11-20',
  name: 'Phan Văn Lộc',
  idNumber: '042085009876',
  summary: 'Khiếu nại việc không bồi thường cây trồng khi thu hồi đất',
};

describe('a khiếu nại lần đầu from thụ lý to the decision (27/11/2026)', () => {
  let page;
  withApp({ now: '2026-11-27T09:30:00+07:00' }, (app) => {
    ({ page } = app);
  });

  test('the clerk proposes acceptance and accepts: 30 days, then 45 when complex', async () => {
    await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
    // Received Wed 25/11: thụ lý within 07 ngày làm việc → Fri 04/12/2026.
    const seeded = await seedComplaint(page, {
      receivedOn: '2026-11-25',
      proposedOn: '2026-11-26',
      name: 'Nguyễn Thị Thu',
      idNumber: '042190003456',
      summary: 'Khiếu nại quyết định thu hồi đất nông nghiệp tại tổ dân phố 4',
    });
    await page.keyboard.press('Alt+4'); // Vụ việc
    await page.getByRole('heading', { name: 'Vụ việc thuộc thẩm quyền' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: 'Nguyễn Thị Thu' });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, new RegExp(`${seeded.number}/2026`));
    assert.match(text, /Khiếu nại lần đầu/);
    assert.match(text, /Chờ thụ lý/);
    assert.match(text, /04\/12\/2026/);

    await row.click();
    const drawer = page.getByRole('dialog', { name: `Vụ việc — đơn số ${seeded.number}/2026` });
    await drawer.waitFor();
    assert.match(page.url(), new RegExp(`vu-viec\\?id=${seeded.caseId}$`));
    await expectDeadline(page, /^Hạn thụ lý: 04\/12\/2026/);
    await drawer.getByText(/Khoản 1 Điều 16 Nghị định 124\/2020/).waitFor();

    // Thụ lý today, 27/11: 30 days → Sun 27/12, a rest day, so Mon 28/12/2026.
    let dialog = await openStep(page, 'Thụ lý');
    await dialog.getByLabel('Số quyết định, thông báo thụ lý').fill('15/TB-UBND');
    assert.equal(await dialog.getByLabel('Ngày thụ lý').inputValue(), '27/11/2026');
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 28\/12\/2026/);
    await drawer.getByText('Điều 28 Luật Khiếu nại: 30 ngày').waitFor();

    // The thông báo thụ lý prints.
    await drawer.getByRole('button', { name: 'In Thụ lý' }).click();
    const pdf = page.getByRole('dialog', { name: 'Văn bản của bước «Thụ lý»' });
    await pdf.waitFor();
    assert.equal(await pdfHead(pdf), '%PDF-');
    await pdf.getByRole('button', { name: 'Đóng' }).last().click();
    await pdf.waitFor({ state: 'hidden' });

    // Phức tạp: 45 days from thụ lý → Mon 11/01/2027.
    dialog = await openStep(page, 'Xác định vụ việc phức tạp');
    await dialog.getByLabel('Có từ 02 nội dung trở lên phải xác minh').check();
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 11\/01\/2027/);
    await drawer.getByText('Điều 28 Luật Khiếu nại: 45 ngày').waitFor();
    await drawer.getByText('• Có từ 02 nội dung trở lên phải xác minh').waitFor();
    // Every toast gone before the screenshot (two may overlap: wait for none).
    await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0);
    await screenshot(page, 'browser-cases-detail');
  });

  test('a refused step leaves the case as it was and says why', async () => {
    // The dialogue invitation must reach the parties 05 days before (NĐ 155/2026).
    const dialog = await openStep(page, 'Đối thoại');
    await pickDate(page, 'Ngày gửi giấy mời', '2026-11-25');
    await dialog.getByRole('button', { name: 'Ghi' }).click();
    await dialog.locator('.ant-alert-error').waitFor();
    assert.match(await dialog.locator('.ant-alert-error').innerText(), /5 ngày|05 ngày/);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectDeadline(page, /^Hạn giải quyết: 11\/01\/2027/);
  });

  test('suspended, the clock stops; resumed the same day, nothing is lost; then decided', async () => {
    const drawer = page.getByRole('dialog', { name: /Vụ việc — đơn số/ });
    let dialog = await openStep(page, 'Tạm đình chỉ');
    await dialog.getByLabel('Lý do tạm đình chỉ').fill('Chờ kết quả trích đo địa chính của Văn phòng đăng ký đất đai');
    await dialog.getByLabel('Số quyết định tạm đình chỉ').fill('20/QĐ-UBND');
    await saveStep(page, dialog);
    await drawer.getByText(/Đang tạm đình chỉ: thời hạn giải quyết tạm dừng/).waitFor();

    // The decision to continue on the day of the suspension: no day was stopped.
    dialog = await openStep(page, 'Tiếp tục giải quyết');
    await dialog.getByLabel('Số quyết định tiếp tục giải quyết').fill('21/QĐ-UBND');
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 11\/01\/2027/);

    dialog = await openStep(page, 'Quyết định, kết luận');
    await choose(page, dialog, 'Kết quả', 'Khiếu nại đúng một phần');
    await dialog.getByLabel('Số quyết định giải quyết, kết luận').fill('25/QĐ-UBND');
    await dialog.getByText('Số liệu kết quả (biểu 01/KQGQ)').click();
    await dialog.getByLabel('Số cá nhân được trả lại quyền lợi').fill('1');
    await dialog.getByLabel('Trả lại cho cá nhân: đất (m²)').fill('120.5');
    await saveStep(page, dialog);
    await drawer.getByText('Đã có quyết định, kết luận').first().waitFor();
    await drawer.getByText(/Khiếu nại đúng một phần \(27\/11\/2026\)/).waitFor();
    await drawer.getByText('Đúng hạn', { exact: true }).waitFor();
    assert.equal(await page.locator('.case-deadline').count(), 0);
    const steps = await drawer.locator('.ant-timeline').innerText();
    for (const s of ['Thụ lý', 'Xác định vụ việc phức tạp', 'Tạm đình chỉ', 'Tiếp tục giải quyết', 'Quyết định, kết luận']) assert.match(steps, new RegExp(s));
  });

  test('on its deadline day an item is due "Hôm nay", not overdue', async () => {
    const seeded = await seedComplaint(page, dueToday);
    // Straight to Tổng quan: the case's drawer (and any closing dialog) goes with its page.
    await page.evaluate(() => {
      location.hash = '#/';
    });
    const row = dueRow(page, `Đơn số ${seeded.number}/2026`);
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /Hôm nay/);
    assert.doesNotMatch(text, /Quá hạn/);
    assert.match(text, /27\/11\/2026/);
    assert.match(text, /Chờ thụ lý/);
  });
});

describe('the due board the day after a deadline (28/11/2026)', () => {
  let page;
  withApp({ now: '2026-11-28T08:00:00+07:00' }, (app) => {
    ({ page } = app);
  });

  test('the item due yesterday is overdue, counted, and a click away', async () => {
    await switchToNewAccount(page, 'canbo', 'Đặng Thị Hòa', 'clerk');
    const seeded = await seedComplaint(page, dueToday);
    await page.reload();
    const row = dueRow(page, `Đơn số ${seeded.number}/2026`);
    await row.waitFor();
    assert.match(await row.innerText(), /Quá hạn[\s\S]*27\/11\/2026/);
    const counts = page.getByRole('region', { name: 'Nhóm việc' }).locator('.ant-table-row', { hasText: 'Chờ thụ lý' });
    assert.deepEqual((await counts.locator('td').allInnerTexts()).map((s) => s.trim()), ['Chờ thụ lý', '1', '0', '0']);
    await page.getByRole('img', { name: /Tiếp nhận trong quý — Theo loại/ }).locator('canvas').waitFor();
    await screenshot(page, 'browser-dashboard-due');

    // The one-page summary for the Chairman.
    await page.getByRole('button', { name: 'Báo cáo ngày' }).click();
    const summary = page.getByRole('dialog', { name: 'Báo cáo tổng hợp ngày 28/11/2026' });
    await summary.waitFor();
    assert.equal(await pdfHead(summary), '%PDF-');
    await summary.getByRole('button', { name: 'Đóng' }).last().click();
    await summary.waitFor({ state: 'hidden' });

    await row.getByRole('link').click();
    await page.getByRole('dialog', { name: `Vụ việc — đơn số ${seeded.number}/2026` }).waitFor();
    assert.match(page.url(), new RegExp(`vu-viec\\?id=${seeded.caseId}$`));
    await expectDeadline(page, /^Hạn thụ lý: 27\/11\/2026 \(quá hạn\)/);
  });

  test('a suspension stops the resolution clock for the days it lasts', async () => {
    // Received Tue 10/11, thụ lý Mon 16/11: 30 days → Wed 16/12/2026. Suspended
    // Fri 20/11 (day 4, counted), resumed Wed 25/11 (not counted): 21–25/11
    // do not run, so day 5 is Thu 26/11 and day 30 is Mon 21/12/2026.
    const seeded = await seedComplaint(page, {
      receivedOn: '2026-11-10',
      proposedOn: '2026-11-12',
      name: 'Hồ Văn Sơn',
      idNumber: '042080007788',
      summary: 'Khiếu nại việc cấp phép xây dựng lấn ngõ đi chung',
    });
    await page.goto(new URL(`#/vu-viec?id=${seeded.caseId}`, page.url()).href);
    await page.getByRole('dialog', { name: `Vụ việc — đơn số ${seeded.number}/2026` }).waitFor();

    let dialog = await openStep(page, 'Thụ lý');
    await dialog.getByLabel('Số quyết định, thông báo thụ lý').fill('12/TB-UBND');
    await pickDate(page, 'Ngày thụ lý', '2026-11-16');
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 16\/12\/2026/);

    dialog = await openStep(page, 'Tạm đình chỉ');
    await dialog.getByLabel('Lý do tạm đình chỉ').fill('Chờ ý kiến của cơ quan chuyên môn cấp tỉnh');
    await pickDate(page, 'Ngày tạm đình chỉ', '2026-11-20');
    await saveStep(page, dialog);
    await page.getByText(/Đang tạm đình chỉ/).waitFor();

    dialog = await openStep(page, 'Tiếp tục giải quyết');
    await pickDate(page, 'Ngày tiếp tục giải quyết', '2026-11-25');
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 21\/12\/2026/);

    // Found complex on 26/11: 45 days, the same 5 days stopped → day 45 is Tue 05/01/2027.
    dialog = await openStep(page, 'Xác định vụ việc phức tạp');
    await dialog.getByLabel('Liên quan đến trách nhiệm của nhiều cơ quan, tổ chức').check();
    await pickDate(page, 'Ngày xác định', '2026-11-26');
    await saveStep(page, dialog);
    await expectDeadline(page, /^Hạn giải quyết: 05\/01\/2027/);
  });

  test('the police liaison sees the complex case on Tổng quan, not the due board', async () => {
    await page.evaluate(async (a) => {
      await window.go.app.Auth.Logout();
      await window.go.app.Auth.Login(a.username, a.password);
    }, admin);
    await page.goto(new URL('#/', page.url()).href);
    await switchToNewAccount(page, 'congan', 'Trần Quốc Bảo', 'police');
    const card = page.locator('.ant-card', { hasText: 'Vụ việc đông người, phức tạp' });
    const row = card.locator('.ant-table-row', { hasText: 'Khiếu nại việc cấp phép xây dựng lấn ngõ đi chung' });
    await row.waitFor();
    assert.match(await row.innerText(), /Phức tạp[\s\S]*Đang giải quyết[\s\S]*05\/01\/2027/);
    assert.equal(await page.getByText('Việc đến hạn', { exact: true }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Báo cáo ngày' }).count(), 0);
  });
});
