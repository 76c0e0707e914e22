-- The live delivery log (docs/decisions/008-live-delivery-log.md): after every statement that
-- inserts deliveries, or changes what the log shows of them, one NOTIFY on `puente_deliveries`
-- per department the statement touched, carrying up to 100 of the changed delivery ids.
-- Statement-level with transition tables, so a bulk write of thousands of rows (the engine
-- records deliveries in batches) costs one notification per department, not one per row.
-- Postgres allows transition tables only on single-event triggers, hence one trigger for
-- INSERT and one for UPDATE. Updates that touch nothing visible (the engine's lease,
-- `locked_until`) are not announced.
CREATE OR REPLACE FUNCTION deliveries_notify_inserted() RETURNS trigger AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT department_id, count(*) AS n, (array_agg(id))[1:100] AS ids
      FROM new_rows
     GROUP BY department_id
  LOOP
    PERFORM pg_notify('puente_deliveries',
      json_build_object('departmentId', r.department_id, 'ids', r.ids, 'count', r.n, 'op', 'insert')::text);
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION deliveries_notify_updated() RETURNS trigger AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT n.department_id, count(*) AS n, (array_agg(n.id))[1:100] AS ids
      FROM new_rows n
      JOIN old_rows o ON o.id = n.id
     WHERE (n.status, n.attempt_count, n.next_attempt_at, n.last_attempt_at, n.pending_trigger, n.last_status_code)
           IS DISTINCT FROM
           (o.status, o.attempt_count, o.next_attempt_at, o.last_attempt_at, o.pending_trigger, o.last_status_code)
     GROUP BY n.department_id
  LOOP
    PERFORM pg_notify('puente_deliveries',
      json_build_object('departmentId', r.department_id, 'ids', r.ids, 'count', r.n, 'op', 'update')::text);
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER deliveries_notify_insert AFTER INSERT ON deliveries
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify_inserted();
--> statement-breakpoint
CREATE TRIGGER deliveries_notify_update AFTER UPDATE ON deliveries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify_updated();
