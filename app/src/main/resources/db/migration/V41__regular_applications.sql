-- Regular applications (seeds 002, 004): a reason, its documents seen by the officer, the fine of the
-- region's regulation, and the service level's due date.

-- A kabupaten/kota's fines (Perda); a region without a row uses seed 004's, written in the code.
CREATE TABLE regional_fine (
    kabupaten_code       text PRIMARY KEY,
    late_report_rupiah   integer NOT NULL CHECK (late_report_rupiah >= 0),
    late_after_days      integer NOT NULL CHECK (late_after_days >= 0),
    foreigner_late_rupiah integer NOT NULL CHECK (foreigner_late_rupiah >= 0),
    set_by               text NOT NULL,
    set_at               timestamptz NOT NULL
);

CREATE TABLE application (
    id              uuid PRIMARY KEY,
    nik             text NOT NULL,
    full_name       text NOT NULL,
    kecamatan_code  text NOT NULL,
    office_code     text NOT NULL,
    reason          text NOT NULL CHECK (reason IN ('NEW', 'LOST', 'DAMAGED', 'DATA_CHANGE', 'MOVING_IN', 'FOREIGNER')),
    documents       text[] NOT NULL,
    fine_rupiah     integer NOT NULL,
    fine_reason     text,
    submitted_by    text NOT NULL,
    submitted_at    timestamptz NOT NULL,
    submitted_on    date NOT NULL,
    due_on          date NOT NULL,
    status          text NOT NULL CHECK (status IN ('OPEN', 'DONE'))
);
CREATE INDEX application_due ON application (kecamatan_code, due_on) WHERE status = 'OPEN';
