-- Users and roles
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Units: the center, resolving departments, communes' one-stop shops
CREATE TABLE org_unit (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    parent_id BIGINT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT uk_org_unit_name UNIQUE (name),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

-- Fields (lĩnh vực)
CREATE TABLE work_field (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(32)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_work_field_code UNIQUE (code),
    CONSTRAINT uk_work_field_name UNIQUE (name)
);

-- Administrative procedures (TTHC)
CREATE TABLE admin_procedure (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(64)   NOT NULL,
    name             VARCHAR(500)  NOT NULL,
    field_id         BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    online_level     VARCHAR(16)   NOT NULL,
    processing_days  INT           NOT NULL,
    fee              BIGINT        NOT NULL DEFAULT 0,
    afternoon_cutoff BOOLEAN       NOT NULL DEFAULT FALSE,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_admin_procedure_code UNIQUE (code),
    CONSTRAINT fk_admin_procedure_field FOREIGN KEY (field_id) REFERENCES work_field (id),
    CONSTRAINT fk_admin_procedure_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_admin_procedure_field ON admin_procedure (field_id);
CREATE INDEX ix_admin_procedure_unit ON admin_procedure (unit_id);

-- Calendar exceptions: public holidays and compensatory days off, and swapped working Saturdays
CREATE TABLE holiday (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    day     DATE         NOT NULL,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(16)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_holiday_day UNIQUE (day)
);
