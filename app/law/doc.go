// Package law holds the legal rules TiếpDân follows, as data and pure
// functions, with no I/O and no clock (the caller passes every date in).
//
// What belongs here:
//   - the Vietnamese lunar calendar, computed by the astronomical method at
//     UTC+7 (SolarToLunar, LunarToSolar, TetDate, HungKingsDay);
//   - the working-day calendar of the ward office: weekends, the statutory
//     holidays with their nghỉ bù, the yearly notices (2025 and 2026 ship as
//     dated data; other years are computed and marked "tạm tính"), optional
//     holidays switched on per year, and the administrator's overrides, which
//     are passed in (Calendar, Options, FormatHolidays);
//   - counting periods under BLDS 2015 Arts. 147–148, in calendar or working
//     days, with extensions and suspensions, and the day-by-day explanation
//     (Calendar.Due, Calendar.Explain);
//   - the deadline rules of the complaint, denunciation, reception and
//     petition-handling laws, as data keyed by effective date (Rules,
//     RuleFor, Calendar.RuleDeadline);
//   - the date line of administrative documents (NĐ 30/2020, DateLine);
//   - report periods under TT 01/2024/TT-TTCP: quarters, 6 and 9 months and
//     the year, with data cut off from the 15th to the 14th, and explicit
//     date ranges (ReportPeriod, ParsePeriod, PeriodFor, CurrentPeriod,
//     QuarterOf);
//   - identity-paper checks: the 12-digit căn cước number (province code,
//     century and sex digit, birth year), the legacy CMND and passports,
//     as errors and warnings with Vietnamese messages (CheckID, DescribeID,
//     Provinces).
//
// What does not: storing overrides or settings, audit logging, reading the
// clock, anything about the UI or the database. Those live in app and store,
// which call this package.
//
// Dates are civil dates (type Date): no time of day, no time zone. A period
// ends at 24:00 of its Due date. Every message meant for people is in
// Vietnamese; identifiers are English (shared/domain/glossary.md).
//
// Readings chosen where the sources leave a point open are written on the
// function or rule they affect: swapped days follow the office's actual
// schedule in both counts (calendar.md §4.1), a suspension's decision day
// still counts and its continuation day does not, and years without a notice
// place Tết and the Quốc khánh extra day the way recent notices did.
package law
