package io.repwise.workout.imports.file;

import io.repwise.workout.session.SetType;

/**
 * One set in stored units (kilograms, metres, seconds), whatever units the file used, so the
 * rest of the import never converts again. A {@code null} means the file did not say.
 *
 * @param line the physical line of the set's row
 * @param weightKg to the gram; {@code 0} only when the file wrote a zero (bodyweight)
 * @param distanceMetres to the decimetre
 * @param restSeconds the rest after this set (Strong's {@code Rest Timer} rows)
 */
public record ParsedSet(int line, SetType type, Integer reps, Double weightKg, Double rpe, Integer durationSeconds,
		Double distanceMetres, Integer restSeconds) {
}
