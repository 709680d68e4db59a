package app

import (
	"slices"

	"tiepdan/app/domain"
)

// Permission is one thing a role may do. Every bound method checks one with
// Deps.require before it touches data, in the window and in the browser alike.
type Permission string

// The permissions. Add one here, give it to roles in rolePermissions, and
// check it in the bound method.
const (
	// PermUse: read the unit's settings, the calendar, the calculator.
	PermUse Permission = "use"
	// PermEditUnit: change the unit's settings.
	PermEditUnit Permission = "unit.edit"
	// PermEditCalendar: edit the working calendar and the deadline readings.
	PermEditCalendar Permission = "calendar.edit"
	// PermManageAccounts: create accounts, change roles, reset passwords,
	// change the login rules.
	PermManageAccounts Permission = "accounts.manage"
	// PermViewAudit: read the audit trail (Nhật ký).
	PermViewAudit Permission = "audit.view"
	// PermManageBackups: back up and restore.
	PermManageBackups Permission = "backups.manage"
	// PermRevealIdentity: see a protected denouncer's identity, with a reason.
	PermRevealIdentity Permission = "identity.reveal"
	// PermViewLogbook: read the reception logbook (the police liaison sees
	// only group visits, and never a protected identity).
	PermViewLogbook Permission = "logbook.view"
	// PermRecord: record sittings and visits.
	PermRecord Permission = "logbook.record"
	// PermViewPetitions: read the petition register and the cases (the police
	// liaison sees only group and complex cases, never a protected identity).
	PermViewPetitions Permission = "petitions.view"
	// PermRecordPetitions: register petitions, record their handling and the
	// steps of cases.
	PermRecordPetitions Permission = "petitions.record"
	// PermViewReports: read the statistics (aggregates only).
	PermViewReports Permission = "reports.view"
)

// rolePermissions is the one table of who may do what.
var rolePermissions = map[domain.Role][]Permission{
	domain.RoleAdmin: {PermUse, PermEditUnit, PermEditCalendar, PermManageAccounts, PermViewAudit, PermManageBackups,
		PermViewLogbook, PermViewPetitions, PermViewReports},
	domain.RoleLeader: {PermUse, PermRevealIdentity, PermViewLogbook, PermRecord, PermViewPetitions, PermRecordPetitions, PermViewReports},
	domain.RoleClerk:  {PermUse, PermViewLogbook, PermRecord, PermViewPetitions, PermRecordPetitions, PermViewReports},
	domain.RolePolice: {PermUse, PermViewLogbook, PermViewPetitions},
	domain.RoleViewer: {PermUse, PermViewReports},
}

// permissionLabels say in Vietnamese what a refused permission was for.
var permissionLabels = map[Permission]string{
	PermUse:             "sử dụng phần mềm",
	PermEditUnit:        "sửa thông tin đơn vị",
	PermEditCalendar:    "sửa lịch làm việc và cách tính thời hạn",
	PermManageAccounts:  "quản lý tài khoản",
	PermViewAudit:       "xem nhật ký",
	PermManageBackups:   "sao lưu và khôi phục dữ liệu",
	PermRevealIdentity:  "xem danh tính người tố cáo",
	PermViewLogbook:     "xem sổ tiếp công dân",
	PermRecord:          "ghi sổ tiếp công dân",
	PermViewPetitions:   "xem sổ đơn thư và vụ việc",
	PermRecordPetitions: "ghi sổ đơn thư và xử lý vụ việc",
	PermViewReports:     "xem báo cáo thống kê",
}

// Allowed reports whether role may use p.
func Allowed(role domain.Role, p Permission) bool {
	return slices.Contains(rolePermissions[role], p)
}

// permissionsOf lists role's permissions, for the UI to hide what it may not do.
func permissionsOf(role domain.Role) []Permission {
	return slices.Clone(rolePermissions[role])
}
