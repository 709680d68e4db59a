// Package reports renders every printed form, logbook and statistical table:
// Excel with excelize and PDF with gofpdf, with embedded fonts.
//
// It is the only package that knows page layouts. It takes the records from
// app/domain and the unit's settings, never queries the store itself, and
// never imports the services in app. (The first renderers arrive with the
// reception logbook and the statistics issues.)
package reports
