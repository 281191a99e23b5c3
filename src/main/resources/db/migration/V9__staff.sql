-- The staff roster and the counters' duty schedule (domain.md §5). Portable SQL only: the same file runs on H2
-- (MariaDB mode) and on MariaDB 10.11.

-- One person working at the Center. employment_type: PERMANENT (biên chế), SECONDED (biệt phái / cử đến from a
-- department), SUPPORT (nhân viên hỗ trợ). concurrent_duty is the person's main post when the Center is only a
-- concurrent duty (kiêm nhiệm); NULL means full time at the Center. active_to NULL: still working there.
CREATE TABLE staff_member (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name        VARCHAR(200) NOT NULL,
    job_title        VARCHAR(200) NOT NULL,
    employment_type  VARCHAR(16)  NOT NULL,
    home_unit_id     BIGINT       NULL,
    concurrent_duty  VARCHAR(200) NULL,
    signature_holder BOOLEAN      NOT NULL DEFAULT FALSE,
    active_from      DATE         NOT NULL,
    active_to        DATE         NULL,
    user_id          BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    -- a sign-in belongs to at most one person, so "my duty schedule" is unambiguous
    CONSTRAINT uk_staff_member_user UNIQUE (user_id),
    CONSTRAINT fk_staff_member_unit FOREIGN KEY (home_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_staff_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_staff_member_active ON staff_member (active_from, active_to);

CREATE TABLE staff_member_field (
    staff_id BIGINT NOT NULL,
    field_id BIGINT NOT NULL,
    PRIMARY KEY (staff_id, field_id),
    CONSTRAINT fk_staff_member_field_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_member_field_field FOREIGN KEY (field_id) REFERENCES work_field (id)
);

CREATE TABLE staff_member_counter (
    staff_id   BIGINT NOT NULL,
    counter_id BIGINT NOT NULL,
    PRIMARY KEY (staff_id, counter_id),
    CONSTRAINT fk_staff_member_counter_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_member_counter_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
);

-- Who sits at which counter on which day (a whole day: the seeds plan duty by day, Saturdays included). The two
-- unique keys are the schedule's conflicts, so two directors assigning at the same moment cannot both win.
CREATE TABLE duty_assignment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    duty_day   DATE   NOT NULL,
    counter_id BIGINT NOT NULL,
    staff_id   BIGINT NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_duty_assignment_counter_day UNIQUE (duty_day, counter_id),
    CONSTRAINT uk_duty_assignment_staff_day UNIQUE (duty_day, staff_id),
    CONSTRAINT fk_duty_assignment_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_duty_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_duty_assignment_staff_day ON duty_assignment (staff_id, duty_day);
