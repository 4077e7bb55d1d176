package io.repwise.user.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One plate size of a user's plate inventory and how many pairs of it they have. */
@Embeddable
class ProfilePlate {

	@Column(nullable = false)
	private double weight;

	@Column(nullable = false)
	private int pairs;

	protected ProfilePlate() {
	}

	ProfilePlate(double weight, int pairs) {
		this.weight = weight;
		this.pairs = pairs;
	}

	double getWeight() {
		return this.weight;
	}

	int getPairs() {
		return this.pairs;
	}

}
