// Package reports renders every printed form, logbook and statistical table:
// Excel with excelize and PDF with gofpdf, with embedded fonts.
//
// It is the only package that knows page layouts. It takes the records from
// app/domain and the unit's settings, never queries the store itself, and
// never imports the services in app.
//
// What is here now:
//   - document.go: the NĐ 30/2020/NĐ-CP layout helper every PDF form is
//     built with (A4 portrait with the decree's margins, or A5; the agency
//     block and the Quốc hiệu block; number and date line; centred title;
//     justified paragraphs with blanks to fill by hand; signature blocks;
//     "Nơi nhận:"; page numbers from page 2). It lays a document out into
//     frames and breaks pages itself, so that the same layout can be put one
//     copy per page or two copies on an A4 sheet. Every string is set in NFC.
//   - fonts.go and fonts/: Liberation Serif (Times-metric, full Vietnamese),
//     embedded, with its SIL OFL licence in fonts/LICENSE.
//   - forms.go: the wording of each form, quoted from shared/domain/forms.md
//     with how sure its source is, so that wording can be corrected in one
//     place.
//   - slips.go: the Giấy biên nhận (Mẫu 02/TCD; ReceiptPDF, ReceiptsPDF) and
//     the Thông báo từ chối tiếp công dân (Mẫu 01/TCD; RefusalNoticePDF,
//     RefusalNoticesPDF) of NĐ 154/2026, each A4, A5 or two copies on one
//     sheet (SlipOptions). The plural forms put many slips in one document,
//     which is much faster than a document each.
//   - logbook.go: the sổ tiếp công dân (Mẫu 03/TCD; LogbookXLSX,
//     LogbookPDF): the form's 13 columns, one row per visit, as an Excel
//     sheet printed A4 landscape fitted to the width with its header rows
//     repeated, and as a PDF on A4 landscape pages that repeats the header
//     and never splits a row that fits on a page.
//   - petitiondocs.go, petitionforms.json: the documents of xử lý đơn and
//     of the cases (PetitionLetterPDF: phiếu đề xuất thụ lý, phiếu chuyển
//     đơn, hướng dẫn, trả lại đơn, NĐ 124/2020 thông báo thụ lý / không thụ
//     lý, NĐ 31/2019 quyết định thụ lý / gia hạn), their wording as data.
//   - dailysummary.go: the one-page Báo cáo tổng hợp hằng ngày.
//   - formcatalog.go: FormCatalog, every printable form with its source.
//   - stattables.go, stattables.json: the biểu of TT 01/2024/TT-TTCP (and
//     the optional TT 02/2021 ones) as data: header tree, printed column
//     numbers, sum identities; statistics_xlsx.go and statistics_pdf.go
//     print them, one sheet or one A4-landscape page per table.
//   - posting.go: the lịch tiếp công dân and nội quy for posting (niêm yết).
package reports
