package io.repwise.ai.training;

/**
 * Weekly hard sets per muscle group that plans aim inside and insights measure against (see
 * {@link Citations#WEEKLY_VOLUME}).
 */
public final class VolumeRange {

	public static final int MIN = 10;

	public static final int MAX = 20;

	private VolumeRange() {
	}

}
