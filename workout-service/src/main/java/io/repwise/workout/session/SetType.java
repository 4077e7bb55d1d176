package io.repwise.workout.session;

/** What a set was for. Warm-ups are logged but count towards neither volume nor records. */
public enum SetType {

	WARMUP, WORKING, DROP, FAILURE

}
