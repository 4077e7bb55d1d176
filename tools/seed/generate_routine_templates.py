#!/usr/bin/env python3
"""Generates workout-service's V7__routine_templates.sql: the system's routine templates and the
instructions, in Repwise's own words, of every exercise they use.

Run from the repository root:  python3 tools/seed/generate_routine_templates.py
Ids are UUIDv5 of the template and day names, so regenerating gives the same rows.
"""
import json
import pathlib
import uuid

NAMESPACE = uuid.UUID("6f1c2a52-8d1e-4b7c-9a55-3f0d6e2b9c41")
OUT = pathlib.Path("workout-service/src/main/resources/db/migration/V7__routine_templates.sql")


def linear(kg, fails=3, deload=10):
    return {"type": "LINEAR", "incrementKg": kg, "failuresBeforeDeload": fails, "deloadPercent": deload}


def double(kg, fails=3, deload=10):
    return {"type": "DOUBLE_PROGRESSION", "incrementKg": kg, "failuresBeforeDeload": fails, "deloadPercent": deload}


def wave(tm_kg):
    # Three-step wave on a training max: volume, then intensity, then a heavy double.
    return {"type": "PERCENTAGE_WAVE", "steps": [{"percent": 72.5, "sets": 4, "reps": 5},
                                                  {"percent": 80.0, "sets": 4, "reps": 3},
                                                  {"percent": 87.5, "sets": 3, "reps": 2}],
            "trainingMaxIncrementKg": tm_kg, "failuresBeforeDeload": 2, "deloadPercent": 10}


# (exercise name, sets, rep_min, rep_max, rule, target RPE, rest seconds)
def ex(name, sets, rep_min, rep_max, rule, rpe=None, rest=90):
    return dict(name=name, sets=sets, rep_min=rep_min, rep_max=rep_max, rule=rule, rpe=rpe, rest=rest)


TEMPLATES = [
    dict(name="Beginner Full Body", goal="GENERAL_FITNESS", level="BEGINNER", days=3,
         description="Three full-body sessions a week alternating two days. Every exercise uses double "
                     "progression: add reps until every set reaches the top of the range, then add weight.",
         plan=[("Full Body A", [ex("Goblet Squat", 3, 8, 12, double(2)), ex("Dumbbell Bench Press", 3, 8, 12, double(2)),
                                ex("Seated Cable Rows", 3, 10, 12, double(2.5)), ex("Crunches", 3, 12, 20, double(0))]),
               ("Full Body B", [ex("Romanian Deadlift", 3, 8, 12, double(2.5)), ex("Dumbbell Shoulder Press", 3, 8, 12, double(2)),
                                ex("Wide-Grip Lat Pulldown", 3, 10, 12, double(2.5)), ex("Dumbbell Lunges", 3, 10, 12, double(2))])]),
    dict(name="HIIT Conditioning", goal="FAT_LOSS", level="INTERMEDIATE", days=3,
         description="Short, hard circuits: move quickly between exercises with 30 s rests. Reps climb each "
                     "session until the top of the range, then the swing gets heavier.",
         plan=[("Circuit A", [ex("Freehand Jump Squat", 4, 12, 20, double(0), rest=30),
                              ex("Mountain Climbers", 4, 20, 30, double(0), rest=30),
                              ex("One-Arm Kettlebell Swings", 4, 12, 20, double(4), rest=30),
                              ex("Pushups", 4, 10, 20, double(0), rest=30)]),
               ("Circuit B", [ex("Rope Jumping", 4, 50, 100, double(0), rest=30),
                              ex("Dumbbell Lunges", 4, 10, 16, double(2), rest=30),
                              ex("Hanging Leg Raise", 4, 8, 15, double(0), rest=30),
                              ex("One-Arm Dumbbell Row", 4, 10, 15, double(2), rest=30)])]),
    dict(name="Powerlifting Strength", goal="STRENGTH", level="ADVANCED", days=4,
         description="Squat, bench press and deadlift on a three-step percentage wave of a training max "
                     "(72.5 % × 5, 80 % × 3, 87.5 % × 2), raising the max after each wave; accessories on "
                     "double progression. Two missed steps in a row lower the training max by 10 %.",
         plan=[("Squat", [ex("Barbell Squat", 4, 5, 5, wave(5), rest=240), ex("Romanian Deadlift", 3, 6, 10, double(5), rpe=8)]),
               ("Bench", [ex("Barbell Bench Press - Medium Grip", 4, 5, 5, wave(2.5), rest=240),
                          ex("Bent Over Barbell Row", 3, 6, 10, double(2.5), rpe=8)]),
               ("Deadlift", [ex("Barbell Deadlift", 4, 5, 5, wave(5), rest=240), ex("Leg Press", 3, 8, 12, double(10), rpe=8)]),
               ("Press", [ex("Standing Military Press", 4, 5, 8, double(2.5), rpe=8),
                          ex("Pullups", 3, 5, 10, double(2.5)), ex("Triceps Pushdown", 3, 10, 15, double(2.5))])]),
    dict(name="Push/Pull/Legs", goal="HYPERTROPHY", level="INTERMEDIATE", days=6,
         description="The classic split run twice a week. Main lifts in the 6–10 range, accessories higher, "
                     "all on double progression at about RPE 8.",
         plan=[("Push", [ex("Barbell Bench Press - Medium Grip", 4, 6, 10, double(2.5), rpe=8, rest=150),
                         ex("Incline Dumbbell Press", 3, 8, 12, double(2), rpe=8),
                         ex("Standing Military Press", 3, 6, 10, double(2.5), rpe=8),
                         ex("Side Lateral Raise", 3, 12, 15, double(2), rpe=8, rest=60),
                         ex("Triceps Pushdown", 3, 10, 15, double(2.5), rpe=8, rest=60)]),
               ("Pull", [ex("Barbell Deadlift", 3, 5, 5, linear(5), rest=180),
                         ex("Pullups", 3, 6, 10, double(2.5), rpe=8),
                         ex("Bent Over Barbell Row", 3, 8, 12, double(2.5), rpe=8),
                         ex("Face Pull", 3, 12, 15, double(2.5), rpe=8, rest=60),
                         ex("Barbell Curl", 3, 8, 12, double(2.5), rpe=8, rest=60)]),
               ("Legs", [ex("Barbell Squat", 4, 6, 10, double(2.5), rpe=8, rest=180),
                         ex("Romanian Deadlift", 3, 8, 12, double(2.5), rpe=8),
                         ex("Leg Press", 3, 10, 15, double(10), rpe=8),
                         ex("Lying Leg Curls", 3, 10, 15, double(5), rpe=8, rest=60),
                         ex("Standing Calf Raises", 4, 10, 15, double(5), rpe=8, rest=60)])]),
    dict(name="Upper/Lower", goal="STRENGTH", level="INTERMEDIATE", days=4,
         description="Four days: a heavier and a lighter version of an upper and a lower day. Heavy days "
                     "progress linearly, light days by double progression.",
         plan=[("Upper (heavy)", [ex("Barbell Bench Press - Medium Grip", 4, 5, 5, linear(2.5), rest=180),
                                  ex("Bent Over Barbell Row", 4, 5, 5, linear(2.5), rest=150),
                                  ex("Standing Military Press", 3, 6, 8, double(2.5)), ex("Barbell Curl", 2, 8, 12, double(2.5))]),
               ("Lower (heavy)", [ex("Barbell Squat", 4, 5, 5, linear(2.5), rest=180), ex("Romanian Deadlift", 3, 6, 8, double(5)),
                                  ex("Standing Calf Raises", 3, 8, 12, double(5)), ex("Hanging Leg Raise", 3, 8, 15, double(0))]),
               ("Upper (light)", [ex("Incline Dumbbell Press", 3, 8, 12, double(2)), ex("Wide-Grip Lat Pulldown", 3, 8, 12, double(2.5)),
                                  ex("Side Lateral Raise", 3, 12, 15, double(2)), ex("Triceps Pushdown", 3, 10, 15, double(2.5))]),
               ("Lower (light)", [ex("Barbell Deadlift", 3, 5, 5, linear(5), rest=180), ex("Leg Press", 3, 10, 15, double(10)),
                                  ex("Lying Leg Curls", 3, 10, 15, double(5)), ex("Leg Extensions", 3, 10, 15, double(5))])]),
    dict(name="5×5 Strength", goal="STRENGTH", level="BEGINNER", days=3,
         description="Two alternating days of five sets of five on the barbell lifts. Add weight every session "
                     "all 25 reps are made; after three missed sessions in a row, drop 10 % and build back up.",
         plan=[("Workout A", [ex("Barbell Squat", 5, 5, 5, linear(2.5), rest=180),
                              ex("Barbell Bench Press - Medium Grip", 5, 5, 5, linear(2.5), rest=180),
                              ex("Bent Over Barbell Row", 5, 5, 5, linear(2.5), rest=180)]),
               ("Workout B", [ex("Barbell Squat", 5, 5, 5, linear(2.5), rest=180),
                              ex("Standing Military Press", 5, 5, 5, linear(2.5), rest=180),
                              ex("Barbell Deadlift", 1, 5, 5, linear(5), rest=180)])]),
]

# Instructions in Repwise's own words for every exercise a template uses.
INSTRUCTIONS = {
    "Goblet Squat": ["Hold a kettlebell or dumbbell against your chest, elbows tucked under it.",
                     "Sit down between your heels with your chest up until your thighs pass parallel.",
                     "Drive through the whole foot to stand, keeping the weight close."],
    "Dumbbell Bench Press": ["Lie on a flat bench with a dumbbell in each hand above your shoulders.",
                             "Lower them under control to the sides of your chest, elbows about 45° from your body.",
                             "Press back up until your arms are straight without clanking the bells together."],
    "Seated Cable Rows": ["Sit with feet on the platform, knees soft, holding the handle with straight arms.",
                          "Pull the handle to your lower ribs by driving the elbows back and squeezing the shoulder blades.",
                          "Let the arms straighten slowly without rounding your lower back."],
    "Crunches": ["Lie on your back, knees bent, hands lightly at your temples.",
                 "Curl your shoulders off the floor by tightening your abdominals, not by pulling your neck.",
                 "Lower back down slowly and repeat."],
    "Romanian Deadlift": ["Stand holding the bar at your hips, knees slightly bent.",
                          "Push your hips back and slide the bar down your thighs, back flat, until you feel a strong hamstring stretch.",
                          "Drive your hips forward to stand tall again."],
    "Dumbbell Shoulder Press": ["Sit or stand with dumbbells at shoulder height, palms forward.",
                                "Press them overhead until your arms are straight, without arching your lower back.",
                                "Lower them back to your shoulders under control."],
    "Wide-Grip Lat Pulldown": ["Grip the bar wider than your shoulders and sit with thighs under the pads.",
                               "Pull the bar to your upper chest by driving the elbows down and back.",
                               "Let it rise until your arms are straight, keeping your torso still."],
    "Dumbbell Lunges": ["Stand tall with a dumbbell in each hand at your sides.",
                        "Step forward and lower until both knees are bent about 90°, front knee over the foot.",
                        "Push through the front heel to step back, then switch legs."],
    "Freehand Jump Squat": ["Stand with feet shoulder-width apart, hands behind your head or at your chest.",
                            "Squat to about parallel, then jump as high as you can.",
                            "Land softly on the balls of your feet and sink straight into the next squat."],
    "Mountain Climbers": ["Start in a high plank with hands under your shoulders.",
                          "Drive one knee towards your chest, then switch legs quickly, like running in place.",
                          "Keep your hips level with your shoulders throughout."],
    "One-Arm Kettlebell Swings": ["Stand with feet wide, the kettlebell in one hand between your legs.",
                                  "Hinge at the hips and snap them forward so the bell floats to chest height; the arm only guides it.",
                                  "Let it swing back between the legs and go straight into the next rep."],
    "Pushups": ["Set your hands a little wider than your shoulders, body straight from head to heels.",
                "Lower your chest to just above the floor, elbows angled back.",
                "Press back up to straight arms without letting your hips sag."],
    "Rope Jumping": ["Hold the handles at hip height, rope behind you.",
                     "Turn the rope with your wrists and hop just high enough to clear it, landing on the balls of your feet.",
                     "Count every turn that clears the rope as one rep."],
    "Hanging Leg Raise": ["Hang from a pull-up bar with straight arms.",
                          "Raise your legs by curling your pelvis up until your thighs pass parallel, without swinging.",
                          "Lower them slowly to a dead hang."],
    "One-Arm Dumbbell Row": ["Put one knee and hand on a bench, the dumbbell in the other hand, back flat.",
                             "Row the dumbbell to your hip, leading with the elbow.",
                             "Lower it until the arm is straight, then finish all reps before switching sides."],
    "Barbell Squat": ["Set the bar on your upper back, hands just outside the shoulders, and step back from the rack.",
                      "Brace, then sit down and back until your hip crease is below the knee, knees tracking over the toes.",
                      "Drive up through the whole foot, keeping your chest up."],
    "Barbell Bench Press - Medium Grip": ["Lie with eyes under the bar, feet flat, shoulder blades pulled back.",
                                          "Lower the bar to your mid-chest with forearms vertical.",
                                          "Press it back up over your shoulders to straight arms."],
    "Barbell Deadlift": ["Stand with the bar over your mid-foot and grip it just outside your legs.",
                         "Brace, flatten your back and push the floor away until you stand tall, bar against your legs.",
                         "Lower it by pushing the hips back first, then bending the knees once the bar passes them."],
    "Standing Military Press": ["Hold the bar at your collarbones, hands just outside the shoulders, glutes tight.",
                                "Press it straight up, moving your head back out of the way, and lock out overhead.",
                                "Lower it back to your collarbones under control."],
    "Bent Over Barbell Row": ["Hinge until your torso is about 45° or lower, back flat, bar hanging at arm's length.",
                              "Pull the bar to your lower ribs, driving the elbows back.",
                              "Lower it to straight arms without standing up between reps."],
    "Incline Dumbbell Press": ["Set a bench to about 30° and start with the dumbbells above your upper chest.",
                               "Lower them to the sides of your upper chest with a slight elbow tuck.",
                               "Press back up to straight arms."],
    "Side Lateral Raise": ["Stand with a light dumbbell in each hand at your sides, elbows slightly bent.",
                           "Raise your arms out to the sides to shoulder height, leading with the elbows.",
                           "Lower them slowly; do not swing."],
    "Triceps Pushdown": ["Face a high cable with a straight bar, elbows pinned at your sides.",
                         "Push the bar down until your arms are fully straight.",
                         "Let it come back up to about chest height without moving your elbows."],
    "Pullups": ["Hang from the bar with an overhand grip slightly wider than your shoulders.",
                "Pull until your chin clears the bar, driving the elbows down.",
                "Lower yourself all the way to straight arms."],
    "Face Pull": ["Set a rope on a cable at face height and hold it with thumbs towards you.",
                  "Pull the rope towards your face, splitting the ends and turning your hands up at the end.",
                  "Return slowly to straight arms."],
    "Barbell Curl": ["Stand holding the bar with an underhand grip, arms straight.",
                     "Curl it to your shoulders keeping your elbows by your sides.",
                     "Lower it fully without leaning back."],
    "Leg Press": ["Sit with your back flat against the pad and feet shoulder-width on the platform.",
                  "Release the safeties and lower the platform until your knees are bent about 90°.",
                  "Press it back up without locking your knees hard."],
    "Lying Leg Curls": ["Lie face down with the pad just above your heels.",
                        "Curl your heels towards your glutes, keeping your hips on the bench.",
                        "Lower the weight slowly to straight legs."],
    "Standing Calf Raises": ["Stand with the balls of your feet on the platform, shoulders under the pads.",
                             "Let your heels drop for a full stretch, then rise as high as you can.",
                             "Pause at the top before lowering."],
    "Leg Extensions": ["Sit with the pad on your lower shins and knees in line with the machine's pivot.",
                       "Straighten your legs fully and squeeze your quadriceps.",
                       "Lower the weight under control."],
}


def sql_text(text):
    return "'" + text.replace("'", "''") + "'"


def exercise_id(name):
    return f"(SELECT id FROM exercise WHERE owner_id IS NULL AND lower(name) = lower({sql_text(name)}))"


def main():
    used = {e["name"] for t in TEMPLATES for _, day in t["plan"] for e in day}
    missing = used - INSTRUCTIONS.keys()
    assert not missing, f"template exercises without instructions: {missing}"
    lines = ["-- Generated by tools/seed/generate_routine_templates.py. Do not edit by hand.",
             "-- Instructions (own words) for the exercises the templates use, then the templates themselves.",
             "ALTER TABLE exercise ADD COLUMN instructions text[] NOT NULL DEFAULT '{}';", ""]
    for name in sorted(INSTRUCTIONS):
        steps = ", ".join(sql_text(s) for s in INSTRUCTIONS[name])
        lines.append(f"UPDATE exercise SET instructions = ARRAY[{steps}] WHERE owner_id IS NULL AND lower(name) = lower({sql_text(name)});")
    lines.append("")
    lines.append("-- Every template exercise must exist in the library; fail the migration otherwise.")
    lines.append("DO $$ BEGIN IF (SELECT count(*) FROM exercise WHERE owner_id IS NULL AND cardinality(instructions) > 0) <> "
                 f"{len(INSTRUCTIONS)} THEN RAISE EXCEPTION 'a template exercise is missing from the library'; END IF; END $$;")
    lines.append("")
    for template in TEMPLATES:
        rid = uuid.uuid5(NAMESPACE, template["name"])
        lines.append(f"INSERT INTO routine (id, owner_id, name, description, goal, level, days_per_week, published_at) VALUES "
                     f"('{rid}', NULL, {sql_text(template['name'])}, {sql_text(template['description'])}, "
                     f"'{template['goal']}', '{template['level']}', {template['days']}, '2026-01-01T00:00:00Z');")
        for d, (day_name, exercises) in enumerate(template["plan"]):
            did = uuid.uuid5(NAMESPACE, template["name"] + "/" + day_name)
            lines.append(f"INSERT INTO routine_day (id, routine_id, position, name) VALUES ('{did}', '{rid}', {d}, {sql_text(day_name)});")
            for p, e in enumerate(exercises):
                eid = uuid.uuid5(NAMESPACE, f"{template['name']}/{day_name}/{p}")
                state = {"weightKg": None, "reps": e["rep_min"], "sets": e["sets"], "failures": 0, "waveStep": 0, "trainingMaxKg": None}
                if e["rule"]["type"] == "PERCENTAGE_WAVE":
                    step = e["rule"]["steps"][0]
                    state.update(reps=step["reps"], sets=step["sets"])
                rpe = "NULL" if e["rpe"] is None else e["rpe"]
                lines.append("INSERT INTO routine_exercise (id, day_id, position, exercise_id, sets, rep_min, rep_max, target_rpe, rest_s, rule, state) "
                             f"VALUES ('{eid}', '{did}', {p}, {exercise_id(e['name'])}, {e['sets']}, {e['rep_min']}, {e['rep_max']}, {rpe}, {e['rest']}, "
                             f"{sql_text(json.dumps(e['rule']))}, {sql_text(json.dumps(state))});")
        lines.append("")
    OUT.write_text("\n".join(lines))
    print(f"wrote {OUT}: {len(TEMPLATES)} templates, {len(INSTRUCTIONS)} exercises with instructions")


if __name__ == "__main__":
    main()
