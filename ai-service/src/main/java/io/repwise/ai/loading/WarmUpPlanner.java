package io.repwise.ai.loading;

import java.util.List;
import java.util.Locale;

import io.repwise.ai.training.Citations;
import io.repwise.ai.training.Exercise;
import io.repwise.ai.training.Rounding;
import io.repwise.training.LoadStep;
import io.repwise.training.PlateInventory;
import io.repwise.training.PlateMath;
import io.repwise.training.WarmUp;
import io.repwise.training.WeightUnit;

/**
 * The warm-up ramp to a working set and the plates for every set of it. Bar lifts are worked out
 * in the unit of the plates being loaded (the user's own, else a standard gym's in their unit);
 * the working load is taken down to what those plates make. Other equipment rounds to its steps.
 */
final class WarmUpPlanner {

	/** An EZ bar is lighter than a barbell; its plates are the same. */
	static final double EZ_BAR_KG = 10;

	static final double EZ_BAR_LB = 25;

	WarmUpPlan plan(Exercise exercise, double workingLoad, WeightUnit shownIn, int reps, PlateInventory own) {
		boolean barbell = "BARBELL".equals(exercise.equipment());
		boolean ezBar = "EZ_BAR".equals(exercise.equipment());
		if (!barbell && !ezBar) {
			LoadStep step = LoadStep.of(exercise.equipment(), shownIn);
			double working = step.roundDown(workingLoad);
			List<WarmUpSet> sets = WarmUp.ramp(working, reps, step)
				.stream()
				.map((set) -> new WarmUpSet(set.percent(), set.reps(), set.load(), null))
				.toList();
			return new WarmUpPlan(exercise.id(), exercise.name(), exercise.equipment(), shownIn.symbol(), null,
					new WarmUpSet(100, reps, working, null), sets, why(working, shownIn, step.step(), null), List.of(Citations.WARM_UP));
		}
		PlateInventory plates = (own != null) ? own : PlateInventory.standard(shownIn);
		if (ezBar) {
			plates = new PlateInventory(plates.unit(), (plates.unit() == WeightUnit.KG) ? EZ_BAR_KG : EZ_BAR_LB, plates.plates());
		}
		WeightUnit unit = plates.unit();
		double wanted = unit.fromKilograms(shownIn.toKilograms(workingLoad));
		PlateMath.Loading working = PlateMath.load(wanted, plates);
		PlateInventory loadable = plates;
		List<WarmUpSet> sets = WarmUp.ramp(working.total(), reps, plates.loadStep()).stream().map((set) -> {
			PlateMath.Loading loading = PlateMath.load(set.load(), loadable);
			return new WarmUpSet(set.percent(), set.reps(), loading.total(), loading.perSide());
		}).toList();
		String source = (own != null) ? "MINE" : "STANDARD";
		String note = working.exact() ? "" : " The plates make " + Rounding.label(working.total()) + " " + unit.symbol()
				+ ", not " + Rounding.label(wanted) + ": the nearest load under it.";
		return new WarmUpPlan(exercise.id(), exercise.name(), exercise.equipment(), unit.symbol(), source,
				new WarmUpSet(100, reps, working.total(), working.perSide()), sets,
				why(working.total(), unit, plates.step(), source) + note, List.of(Citations.WARM_UP));
	}

	private static String why(double working, WeightUnit unit, double step, String source) {
		String plates = (source == null) ? ""
				: ("MINE".equals(source) ? " Plates per side from your own bar and plates."
						: " Plates per side from a standard gym set (set yours at /api/v1/equipment/plates).");
		return "Warm-up to " + Rounding.label(working) + " " + unit.symbol() + ": the empty bar where there is one, then 40, "
				+ "60 and 80 % of the working load for 5, 3 and 2 reps (and 90 % for 1 before sets of 3 or fewer), each "
				+ "rounded down to " + Rounding.label(step) + " " + unit.symbol().toLowerCase(Locale.ROOT) + " steps."
				+ plates;
	}

	/**
	 * @param percent of the working load; 0 is the empty bar, 100 the working set itself
	 * @param perSide plates on each side, heaviest first; {@code null} for equipment without a bar
	 */
	record WarmUpSet(int percent, int reps, double load, List<Double> perSide) {
	}

	/**
	 * @param weightUnit the unit of every load here: the plates' for bar lifts
	 * @param plates {@code MINE} (the user's plates), {@code STANDARD}, or {@code null} without a bar
	 */
	record WarmUpPlan(java.util.UUID exerciseId, String exerciseName, String equipment, String weightUnit, String plates,
			WarmUpSet working, List<WarmUpSet> warmUp, String why, List<String> rules) {
	}

}
