package store

import (
	"context"
	"encoding/json"
)

// audit appends one entry to the audit log inside t, so the change and its
// record are committed together or not at all.
func (t *tx) audit(ctx context.Context, actor, action, entity, entityID string, detail any) error {
	body, err := json.Marshal(detail)
	if err != nil {
		return err
	}
	_, err = t.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail)
		VALUES (?, ?, ?, ?, ?, ?)`, t.nowText(), actor, action, entity, entityID, string(body))
	return err
}
