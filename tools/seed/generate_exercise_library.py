#!/usr/bin/env python3
"""Generates workout-service's exercise library migration from ../shared/data/exercise-facts.csv.

The facts (name, category, force, level, mechanic, equipment, muscles) come from the public-domain
free-exercise-db dataset; this script maps them onto Repwise's vocabulary and adds the cardio
exercises the dataset lacks. Ids are UUIDv5 of the name, so regenerating keeps every id stable.

    python3 tools/seed/generate_exercise_library.py > workout-service/src/main/resources/db/migration/V3__exercise_library.sql
"""
import csv
import pathlib
import sys
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2]
FACTS = ROOT.parent / "shared" / "data" / "exercise-facts.csv"
NAMESPACE = uuid.UUID("6f1c1b1e-2f57-4a43-9d59-6d0c6b0e9a10")

MUSCLE_GROUP = {
    "chest": "CHEST",
    "lats": "BACK", "middle back": "BACK", "lower back": "BACK", "traps": "BACK",
    "shoulders": "SHOULDERS", "neck": "SHOULDERS",
    "biceps": "ARMS", "triceps": "ARMS", "forearms": "ARMS",
    "quadriceps": "LEGS", "hamstrings": "LEGS", "glutes": "LEGS", "calves": "LEGS",
    "adductors": "LEGS", "abductors": "LEGS",
    "abdominals": "CORE",
}
EQUIPMENT = {
    "barbell": "BARBELL", "e-z curl bar": "EZ_BAR", "dumbbell": "DUMBBELL", "body only": "BODYWEIGHT",
    "": "BODYWEIGHT", "machine": "MACHINE", "cable": "CABLE", "kettlebells": "KETTLEBELL", "bands": "BANDS",
    "medicine ball": "MEDICINE_BALL", "exercise ball": "EXERCISE_BALL", "foam roll": "FOAM_ROLL", "other": "OTHER",
}
DIFFICULTY = {"beginner": "BEGINNER", "intermediate": "INTERMEDIATE", "expert": "ADVANCED"}
# Compendium of Physical Activities, rounded: vigorous resistance work 6.0, moderate 3.5,
# stretching 2.3, plyometric and jumping drills 8.0.
MET = {"STRENGTH": 5.0, "BODYWEIGHT": 3.8, "FLEXIBILITY": 2.3, "PLYOMETRIC": 8.0}

# (name, primary muscles, equipment, difficulty, MET) for cardio the dataset lacks (it already has
# an elliptical, rope jumping, a rowing machine and a stairmaster); METs from the
# Compendium of Physical Activities at moderate intensity.
EXTRA_CARDIO = [
    ("Running (Outdoor)", "quadriceps;hamstrings;calves", "BODYWEIGHT", "BEGINNER", 9.8),
    ("Treadmill Running", "quadriceps;hamstrings;calves", "CARDIO_MACHINE", "BEGINNER", 9.0),
    ("Walking (Brisk)", "quadriceps;hamstrings;calves", "BODYWEIGHT", "BEGINNER", 4.3),
    ("Cycling (Outdoor)", "quadriceps;hamstrings;glutes", "OTHER", "BEGINNER", 7.5),
    ("Stationary Bike", "quadriceps;hamstrings;glutes", "CARDIO_MACHINE", "BEGINNER", 6.8),
    ("Incline Treadmill Walking", "glutes;hamstrings;calves", "CARDIO_MACHINE", "BEGINNER", 6.0),
    ("Swimming (Freestyle)", "lats;shoulders;triceps", "OTHER", "INTERMEDIATE", 8.3),
    ("Swimming (Breaststroke)", "chest;quadriceps;adductors", "OTHER", "INTERMEDIATE", 10.3),
    ("Swimming (Backstroke)", "lats;shoulders;triceps", "OTHER", "INTERMEDIATE", 7.0),
    ("Nordic Walking", "quadriceps;lats;triceps", "OTHER", "BEGINNER", 4.8),
    ("Rucking", "quadriceps;glutes;traps", "OTHER", "INTERMEDIATE", 6.5),
    ("Hiking", "quadriceps;glutes;calves", "BODYWEIGHT", "BEGINNER", 5.3),
    ("Assault Bike", "quadriceps;shoulders;hamstrings", "CARDIO_MACHINE", "INTERMEDIATE", 10.0),
    ("SkiErg", "lats;triceps;abdominals", "CARDIO_MACHINE", "INTERMEDIATE", 8.0),
    ("Trail Running", "quadriceps;hamstrings;calves", "BODYWEIGHT", "INTERMEDIATE", 9.0),
    ("Sprint Intervals", "quadriceps;hamstrings;glutes", "BODYWEIGHT", "ADVANCED", 12.0),
]


def category_of(row, equipment):
    source = row["category"]
    if source == "stretching":
        return "FLEXIBILITY"
    if source == "plyometrics":
        return "PLYOMETRIC"
    if source == "cardio":
        return "CARDIO"
    return "BODYWEIGHT" if equipment == "BODYWEIGHT" else "STRENGTH"


def tracking_of(category):
    return {"CARDIO": "DISTANCE_DURATION", "FLEXIBILITY": "DURATION", "BODYWEIGHT": "REPS",
            "PLYOMETRIC": "REPS"}.get(category, "WEIGHT_REPS")


def muscles(value):
    return [m.strip() for m in value.split(";") if m.strip()]


def sql_text(value):
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def sql_array(values):
    return "ARRAY[" + ", ".join(sql_text(v) for v in values) + "]::text[]" if values else "'{}'::text[]"


def row_sql(name, category, group, difficulty, equipment, mechanic, force, tracking, met, primary, secondary):
    return "({}, {}, '{}', '{}', '{}', '{}', {}, {}, '{}', {}, {}, {})".format(
        sql_text(str(uuid.uuid5(NAMESPACE, name.lower()))), sql_text(name), category, group, difficulty,
        equipment, sql_text(mechanic), sql_text(force), tracking, "NULL" if met is None else met,
        sql_array(primary), sql_array(secondary))


def main():
    rows = []
    with FACTS.open(newline="") as facts:
        for row in csv.DictReader(facts):
            primary = muscles(row["primary_muscles"])
            equipment = EQUIPMENT[row["equipment"]]
            category = category_of(row, equipment)
            rows.append(row_sql(
                row["name"].strip(), category, MUSCLE_GROUP[primary[0]], DIFFICULTY[row["level"]], equipment,
                row["mechanic"].upper() or None, row["force"].upper() or None, tracking_of(category),
                7.0 if category == "CARDIO" else MET[category], primary, muscles(row["secondary_muscles"])))
    for name, primary, equipment, difficulty, met in EXTRA_CARDIO:
        primary_muscles = muscles(primary)
        rows.append(row_sql(name, "CARDIO", MUSCLE_GROUP[primary_muscles[0]], difficulty, equipment, "COMPOUND",
                            None, "DISTANCE_DURATION", met, primary_muscles, []))
    out = sys.stdout
    out.write("-- Generated by tools/seed/generate_exercise_library.py from shared/data/exercise-facts.csv\n")
    out.write("-- (public-domain free-exercise-db facts) plus Repwise's own cardio additions. Do not edit by hand.\n")
    out.write("INSERT INTO exercise (id, name, category, muscle_group, difficulty, equipment, mechanic, force,\n")
    out.write("                      tracking, met, primary_muscles, secondary_muscles) VALUES\n")
    out.write(",\n".join(rows))
    out.write(";\n")


if __name__ == "__main__":
    main()
