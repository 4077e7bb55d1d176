package io.repwise.user.profile;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.web.PageView;
import io.repwise.common.web.SpringDataPages;
import io.repwise.user.profile.ProfileDtos.BodyWeightInput;
import io.repwise.user.profile.ProfileDtos.BodyWeightView;
import io.repwise.user.profile.ProfileDtos.ProfileView;

/** The signed-in user's own profile and body-weight history; every method takes the token's subject. */
@Service
@Transactional
public class ProfileService {

	static final int MIN_AGE = 13;

	static final int MAX_AGE = 120;

	static final double MIN_HEIGHT_M = 1.00;

	static final double MAX_HEIGHT_M = 2.50;

	static final double MIN_WEIGHT_KG = 25;

	static final double MAX_WEIGHT_KG = 400;

	private final ProfileRepository profiles;

	private final BodyWeightEntryRepository bodyWeights;

	private final Clock clock;

	ProfileService(ProfileRepository profiles, BodyWeightEntryRepository bodyWeights, Clock clock) {
		this.profiles = profiles;
		this.bodyWeights = bodyWeights;
		this.clock = clock;
	}

	public ProfileView get(UUID userId) {
		return ProfileView.of(profileOf(userId));
	}

	public ProfileView update(UUID userId, ProfileUpdate update) {
		if (update.birthDate() != null) {
			int age = Period.between(update.birthDate(), LocalDate.now(this.clock)).getYears();
			if (age < MIN_AGE || age > MAX_AGE) {
				throw new InvalidFieldException("birthDate", "age must be between " + MIN_AGE + " and " + MAX_AGE);
			}
		}
		if (update.height() != null) {
			requireUnit("height.unit", update.height().unit(), "cm", "in");
			double metres = Units.toMetres(update.height().toMeasurement());
			if (metres < MIN_HEIGHT_M || metres > MAX_HEIGHT_M) {
				throw new InvalidFieldException("height", "must be between 100 and 250 cm (39.4 and 98.4 in)");
			}
		}
		try {
			ZoneId.of(update.timeZone());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("timeZone", "must be an IANA time zone such as Europe/Berlin");
		}
		Profile profile = profileOf(userId);
		profile.update(update, this.clock.instant());
		return ProfileView.of(profile);
	}

	public BodyWeightView addBodyWeight(UUID userId, BodyWeightInput input) {
		requireUnit("weight.unit", input.weight().unit(), "kg", "lb");
		double kilograms = Units.toKilograms(input.weight().toMeasurement());
		if (kilograms < MIN_WEIGHT_KG || kilograms > MAX_WEIGHT_KG) {
			throw new InvalidFieldException("weight", "must be between 25 and 400 kg (55 and 882 lb)");
		}
		BodyWeightEntry entry = this.bodyWeights.save(new BodyWeightEntry(userId, input.measuredOn(),
				Units.round(kilograms, 2), input.note(), this.clock.instant()));
		return view(entry, profileOf(userId));
	}

	@Transactional(readOnly = true)
	public PageView<BodyWeightView> bodyWeightHistory(UUID userId, LocalDate from, LocalDate to, int page, int size) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidFieldException("from", "must not be after to");
		}
		Profile profile = this.profiles.findById(userId).orElseGet(() -> new Profile(userId, this.clock.instant()));
		return SpringDataPages.view(this.bodyWeights.findByUserIdAndMeasuredOnBetweenOrderByMeasuredOnDescCreatedAtDesc(userId,
				(from != null) ? from : LocalDate.of(1900, 1, 1), (to != null) ? to : LocalDate.of(9999, 12, 31),
				PageRequest.of(page, size)), (entry) -> view(entry, profile));
	}

	public void deleteBodyWeight(UUID userId, UUID entryId) {
		BodyWeightEntry entry = this.bodyWeights.findByIdAndUserId(entryId, userId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No body-weight entry with this id."));
		this.bodyWeights.delete(entry);
	}

	/** The user's profile, created with defaults on first use. */
	private Profile profileOf(UUID userId) {
		return this.profiles.findById(userId).orElseGet(() -> {
			try {
				this.profiles.createIfMissing(userId, this.clock.instant());
			}
			catch (DataIntegrityViolationException ex) {
				// The account was deleted while its last access token is still valid.
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This account no longer exists.");
			}
			return this.profiles.findById(userId).orElseThrow();
		});
	}

	private static BodyWeightView view(BodyWeightEntry entry, Profile profile) {
		return new BodyWeightView(entry.getId(), entry.getMeasuredOn(),
				Units.weight(entry.getWeightKg(), profile.getUnitSystem()), entry.getWeightKg(), entry.getNote());
	}

	private static void requireUnit(String field, String unit, String... allowed) {
		for (String candidate : allowed) {
			if (candidate.equals(unit)) {
				return;
			}
		}
		throw new InvalidFieldException(field, "must be " + String.join(" or ", allowed));
	}

}
