package io.repwise.user.profile;

/** The closed vocabularies of a training profile. */
final class ProfileEnums {

	private ProfileEnums() {
	}

	enum UnitSystem {

		METRIC, IMPERIAL

	}

	enum Sex {

		FEMALE, MALE, OTHER

	}

	enum Experience {

		BEGINNER, INTERMEDIATE, ADVANCED

	}

	enum Goal {

		STRENGTH, HYPERTROPHY, ENDURANCE, FAT_LOSS, GENERAL_FITNESS

	}

	enum Equipment {

		BARBELL, DUMBBELL, BODYWEIGHT, MACHINE, CABLE, KETTLEBELL, BANDS, PULL_UP_BAR, BENCH, MEDICINE_BALL, CARDIO_MACHINE

	}

	enum MuscleGroup {

		CHEST, BACK, SHOULDERS, ARMS, LEGS, CORE

	}

}
