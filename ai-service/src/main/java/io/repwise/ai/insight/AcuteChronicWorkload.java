package io.repwise.ai.insight;

import io.repwise.ai.training.Rounding;

/**
 * The acute:chronic workload ratio (Gabbett 2016) from daily loads, in the three forms in use:
 * <ul>
 * <li>coupled rolling: acute = the last 7 days, chronic = the last 28 days ÷ 4, the acute week
 * inside it;</li>
 * <li>uncoupled rolling: chronic = days 8–28 ÷ 3, the acute week left out, since sharing it with
 * the chronic load correlates the two by construction (Lolli et al. 2019);</li>
 * <li>exponentially weighted (Williams et al. 2017): daily loads, oldest first, averaged with
 * λ = 2 / (N + 1) for N = 7 (acute) and 28 (chronic) days, times 7 to read as a week.</li>
 * </ul>
 * The flag follows the coupled ratio: {@code SPIKE} at 1.5 or more, {@code LOW} under 0.8.
 */
final class AcuteChronicWorkload {

	/** Days of loads read: eight weeks, so the 28-day average starts from history, not from zero. */
	static final int DAYS = 56;

	static final double SPIKE = 1.5;

	static final double LOW = 0.8;

	static final String CAVEAT = "A prompt, not an injury prediction: the ratio flags a sudden jump in training against "
			+ "your last four weeks. Its use for injury risk is disputed: Lolli et al. 2019 show that the coupled form "
			+ "correlates acute and chronic load by construction, and Impellizzeri et al. 2020 question the ratio itself "
			+ "(arbitrary windows, ratio scaling). The uncoupled and exponentially weighted forms answer the first "
			+ "criticism, not the second.";

	private AcuteChronicWorkload() {
	}

	/**
	 * @param daily loads by day, index 0 the last 24 hours, at most {@link #DAYS} long
	 * @param longEnough whether the history reaches back 28 days
	 */
	static Insights.Workload of(double[] daily, boolean longEnough) {
		double acute = sum(daily, 0, 7);
		double chronic = sum(daily, 0, 28) / 4;
		double uncoupledChronic = sum(daily, 7, 28) / 3;
		double ewmaAcute = ewma(daily, 7) * 7;
		double ewmaChronic = ewma(daily, 28) * 7;
		if (!longEnough || chronic == 0) {
			return new Insights.Workload(Rounding.round(acute, 1), Rounding.round(chronic, 1), null, "NOT_ENOUGH_HISTORY",
					Rounding.round(uncoupledChronic, 1), null, Rounding.round(ewmaAcute, 1), Rounding.round(ewmaChronic, 1),
					null, "Needs four weeks of history. " + CAVEAT);
		}
		double ratio = Rounding.round(acute / chronic, 2);
		String flag = (ratio >= SPIKE) ? "SPIKE" : (ratio < LOW) ? "LOW" : "STEADY";
		return new Insights.Workload(Rounding.round(acute, 1), Rounding.round(chronic, 1), ratio, flag,
				Rounding.round(uncoupledChronic, 1), ratioOf(acute, uncoupledChronic), Rounding.round(ewmaAcute, 1),
				Rounding.round(ewmaChronic, 1), ratioOf(ewmaAcute, ewmaChronic), CAVEAT);
	}

	private static Double ratioOf(double acute, double chronic) {
		return (chronic > 0) ? Rounding.round(acute / chronic, 2) : null;
	}

	private static double sum(double[] daily, int from, int to) {
		double total = 0;
		for (int day = from; day < Math.min(to, daily.length); day++) {
			total += daily[day];
		}
		return total;
	}

	/** Today's exponentially weighted daily average over a span of {@code days}, seeded at zero. */
	static double ewma(double[] daily, int days) {
		double lambda = 2.0 / (days + 1);
		double average = 0;
		for (int day = daily.length - 1; day >= 0; day--) {
			average = lambda * daily[day] + (1 - lambda) * average;
		}
		return average;
	}

}
