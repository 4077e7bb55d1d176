package io.repwise.ai.training;

/** The published rules the engine's constants come from, quoted in its explanations. */
public final class Citations {

	public static final String WEEKLY_VOLUME = "Schoenfeld, Ogborn & Krieger 2017, dose-response of weekly sets and hypertrophy: "
			+ "10 or more hard sets per muscle per week; returns flatten past about 20 (Baz-Valle et al. 2022)";

	public static final String MUSCLE_VOLUME = "Pelland et al. 2024, weekly sets per muscle and growth: sets that train a muscle "
			+ "indirectly count as a fraction of a direct set; here half, for each secondary muscle";

	public static final String REP_RANGES = "ACSM 2009 position stand, Progression models in resistance training: "
			+ "heavy loads for strength, moderate for hypertrophy, light for local muscular endurance";

	public static final String RPE_SCALE = "Helms et al. 2016, RIR-based RPE scale: RPE 10 = no reps left, RPE 8 = 2 left";

	public static final String RPE_CHART = "Tuchscherer 2008, Reactive Training Systems RPE chart (percent of 1RM by reps and RPE)";

	public static final String E1RM = "e1RM from the RTS chart read by reps to failure (Tuchscherer 2008), reps in reserve added to "
			+ "reps done; Epley 1985 and Brzycki 1993 shown beside it";

	public static final String DELOAD = "Periodised blocks with a reduced-volume week (Bell et al. 2023, deloading practices in strength "
			+ "and physique sports): about half the sets at about 90 % of the load";

	public static final String RECOVERY = "Muscle protein synthesis and performance recover over roughly 48–72 h after a hard session "
			+ "(MacDougall et al. 1995; Damas et al. 2016); larger muscles and more sets take longer";

	public static final String ACWR = "Gabbett 2016, acute:chronic workload ratio; 1.5 or more is a spike. Coupled, uncoupled "
			+ "and exponentially weighted (Williams et al. 2017) forms. Criticised by Lolli et al. 2019 (mathematical coupling) "
			+ "and Impellizzeri et al. 2020 (conceptual pitfalls), so it is shown as a prompt, never as an injury risk";

	public static final String BALANCE = "Push:pull and quadriceps:hamstrings set ratios near 1:1 are the usual programming "
			+ "aim; outside 2:3–3:2 one side is clearly favoured";

	public static final String REGRESSION = "Recency-weighted least squares (half-life 8 weeks) with an 80 % prediction interval from Student's t "
			+ "(effective sample size − 2 degrees of freedom)";

	public static final String WARM_UP = "A specific warm-up: sets of the lift itself at rising loads and falling reps before the "
			+ "working sets (general and specific warm-up, NSCA Essentials of Strength Training and Conditioning); the "
			+ "40/60/80/90 % steps are this coach's choice, stated with each set";

	private Citations() {
	}

}
