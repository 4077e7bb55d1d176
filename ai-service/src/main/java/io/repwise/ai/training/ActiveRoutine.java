package io.repwise.ai.training;

import java.util.List;
import java.util.UUID;

/** The user's active routine from workout-service: its days in order and what each prescribes. */
public record ActiveRoutine(UUID id, String name, List<Day> days) {

	public record Day(UUID id, String name, List<Prescribed> exercises) {
	}

	public record Prescribed(UUID exerciseId, String name, int sets, int repMin, int repMax, Double targetRpe) {
	}

}
