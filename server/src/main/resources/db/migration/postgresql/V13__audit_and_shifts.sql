-- The audit trail, the tills' shifts with their cash movements, and Z reports (PostgreSQL). Times are
-- kept as the refunds keep theirs: to the microsecond in a timestamp, and the nanoseconds past it.

-- Refuses a change to rows that are kept as written: the trigger's table and operation name it.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % refused: its rows are kept as written', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'LN403';
END
$$;

-- Who did what at which till; rows are only ever added (UPDATE and DELETE refused by a trigger). id
-- keeps the order entries were added in, for entries of the same time.
CREATE TABLE audit_entry (
    id                bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_on       date         NOT NULL,
    happened_at       timestamp    NOT NULL,
    happened_at_nanos integer      NOT NULL CHECK (happened_at_nanos BETWEEN 0 AND 999),
    till              varchar(16)  NOT NULL,
    clerk             varchar(64),
    action            varchar(32)  NOT NULL,
    touched           varchar(64),
    amount            bigint,
    approved_by       varchar(64),
    reason            varchar(200)
);
CREATE INDEX audit_entry_day ON audit_entry (happened_on, happened_at, happened_at_nanos, id);
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- One row per till that ever opened a shift: the numbers its last shift and last Z report took, and
-- its open shift's number (null when none). Opening and closing a shift lock this row, so a till's
-- shifts and Z reports are numbered one at a time without gaps, and a till has one open shift.
CREATE TABLE till_counter (
    till       varchar(16) NOT NULL PRIMARY KEY,
    last_shift bigint      NOT NULL CHECK (last_shift >= 0),
    last_z     bigint      NOT NULL CHECK (last_z >= 0),
    open_shift bigint      CHECK (open_shift = last_shift)
);

-- A till's shifts: who opened it, when, with what float; when and by whom it closed (null while open).
-- A closed shift's row is not changed, and no shift's row deleted.
CREATE TABLE shift (
    till            varchar(16) NOT NULL REFERENCES till_counter (till),
    number          bigint      NOT NULL CHECK (number > 0),
    opened_by       varchar(64),
    opened_at       timestamp   NOT NULL,
    opened_at_nanos integer     NOT NULL CHECK (opened_at_nanos BETWEEN 0 AND 999),
    opening_float   bigint      NOT NULL CHECK (opening_float >= 0),
    closed_at       timestamp,
    closed_at_nanos integer     CHECK (closed_at_nanos BETWEEN 0 AND 999),
    closed_by       varchar(64),
    PRIMARY KEY (till, number),
    CHECK ((closed_at IS NULL) = (closed_at_nanos IS NULL)),
    CHECK (closed_by IS NULL OR closed_at IS NOT NULL)
);
CREATE TRIGGER shift_closed_kept BEFORE UPDATE ON shift
    FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL) EXECUTE FUNCTION refuse_change();
CREATE TRIGGER shift_kept BEFORE DELETE ON shift FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Cash put in (IN) or taken out (OUT) of a shift's drawer, in the order recorded (position 0, 1, ...).
CREATE TABLE shift_cash (
    till           varchar(16)  NOT NULL,
    shift_number   bigint       NOT NULL,
    position       integer      NOT NULL CHECK (position >= 0),
    kind           varchar(3)   NOT NULL CHECK (kind IN ('IN', 'OUT')),
    amount         bigint       NOT NULL CHECK (amount > 0),
    reason         varchar(200) NOT NULL,
    moved_at       timestamp    NOT NULL,
    moved_at_nanos integer      NOT NULL CHECK (moved_at_nanos BETWEEN 0 AND 999),
    clerk          varchar(64),
    PRIMARY KEY (till, shift_number, position),
    FOREIGN KEY (till, shift_number) REFERENCES shift (till, number)
);
CREATE TRIGGER shift_cash_kept BEFORE UPDATE OR DELETE ON shift_cash
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A closed shift's Z report, numbered per till (its time is its shift's closed_at): the shift's
-- figures as the report computed them, and per rate the VAT in z_report_vat. Never changed.
CREATE TABLE z_report (
    till          varchar(16) NOT NULL,
    number        bigint      NOT NULL CHECK (number > 0),
    shift_number  bigint      NOT NULL,
    closed_on     date        NOT NULL,
    sales         integer     NOT NULL CHECK (sales >= 0),
    net           bigint      NOT NULL,
    card          bigint      NOT NULL,
    cash_taken    bigint      NOT NULL,
    change_given  bigint      NOT NULL,
    refunds       integer     NOT NULL CHECK (refunds >= 0),
    card_refunded bigint      NOT NULL,
    cash_refunded bigint      NOT NULL,
    cash_in       bigint      NOT NULL,
    cash_out      bigint      NOT NULL,
    expected      bigint      NOT NULL,
    counted       bigint      NOT NULL CHECK (counted >= 0),
    difference    bigint      NOT NULL,
    PRIMARY KEY (till, number),
    CONSTRAINT z_report_shift UNIQUE (till, shift_number),
    FOREIGN KEY (till, shift_number) REFERENCES shift (till, number)
);
CREATE INDEX z_report_closed_on ON z_report (closed_on, till, number);
CREATE TRIGGER z_report_kept BEFORE UPDATE OR DELETE ON z_report
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TABLE z_report_vat (
    till     varchar(16) NOT NULL,
    z_number bigint      NOT NULL,
    rate     integer     NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    gross    bigint      NOT NULL,
    vat      bigint      NOT NULL,
    PRIMARY KEY (till, z_number, rate),
    FOREIGN KEY (till, z_number) REFERENCES z_report (till, number)
);
CREATE TRIGGER z_report_vat_kept BEFORE UPDATE OR DELETE ON z_report_vat
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The till a sale or refund was made at; null for those made before tills were known (all of them
-- when this runs) and for those a till did not name.
ALTER TABLE sale ADD COLUMN till varchar(16);
ALTER TABLE refund ADD COLUMN till varchar(16);
