-- The bar and plates a user loads from, in the plates' own unit (a 45 lb plate is stored as 45):
-- routine progression and the coach round barbell loads to what they make. No row: a standard
-- gym set is assumed.
CREATE TABLE plate_inventory (
    owner_id   uuid          PRIMARY KEY,
    unit       varchar(2)    NOT NULL CHECK (unit IN ('kg', 'lb')),
    bar        numeric(5, 2) NOT NULL CHECK (bar BETWEEN 0 AND 60),
    plates     jsonb         NOT NULL,
    updated_at timestamptz   NOT NULL
);
