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
//
// Still to come: the statistical tables, in Excel and PDF.
package reports
