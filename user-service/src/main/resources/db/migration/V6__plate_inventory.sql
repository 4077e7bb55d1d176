-- The bar and plates a user loads from, in the plates' own unit (a 45 lb plate is stored as 45).
-- No row and a NULL unit: not said, and a standard gym set is assumed.
ALTER TABLE profile ADD COLUMN plate_unit varchar(2) CHECK (plate_unit IN ('kg', 'lb'));
ALTER TABLE profile ADD COLUMN bar_weight numeric(5, 2) CHECK (bar_weight BETWEEN 0 AND 60);

CREATE TABLE profile_plate (
    user_id uuid          NOT NULL REFERENCES profile (user_id) ON DELETE CASCADE,
    weight  numeric(5, 2) NOT NULL CHECK (weight > 0 AND weight <= 60),
    pairs   smallint      NOT NULL CHECK (pairs BETWEEN 1 AND 20),
    PRIMARY KEY (user_id, weight)
);
