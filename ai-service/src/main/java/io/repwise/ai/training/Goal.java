package io.repwise.ai.training;

/** Training goals, as user-service and routines name them. */
public enum Goal {

	STRENGTH, HYPERTROPHY, ENDURANCE, FAT_LOSS, GENERAL_FITNESS

}
