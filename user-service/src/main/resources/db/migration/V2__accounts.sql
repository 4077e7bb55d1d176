CREATE TABLE user_account (
    id            uuid         PRIMARY KEY,
    email         citext       NOT NULL UNIQUE,
    display_name  varchar(100) NOT NULL,
    password_hash varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

CREATE TABLE user_role (
    user_id uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    varchar(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Refresh tokens are stored as SHA-256 hashes: a leaked table cannot be replayed. Every token
-- belongs to a family (one login); presenting a token that was already rotated revokes the family.
CREATE TABLE refresh_token (
    id          uuid        PRIMARY KEY,
    family_id   uuid        NOT NULL,
    user_id     uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    token_hash  char(64)    NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_user ON refresh_token (user_id) WHERE revoked_at IS NULL;
