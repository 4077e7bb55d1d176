package io.repwise.workout.equipment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.request.PreferredUnits;
import io.repwise.common.security.CurrentUser;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;

/** My bar and plates: what barbell loads are rounded to and which plates go on. */
@Tag(name = "Equipment", description = "My bar and plates: what barbell loads are rounded to and which plates go on.")
@RestController
@RequestMapping("/api/v1/equipment/plates")
class PlatesController {

	private final LifterPlates plates;

	private final Clock clock;

	PlatesController(LifterPlates plates, Clock clock) {
		this.plates = plates;
		this.clock = clock;
	}

	/** Mine, or a standard gym set in my units when I have not said ({@code source}). */
	@GetMapping
	@Operation(operationId = "getPlates", summary = "My bar and plates",
			description = "Mine, or a standard gym set in my units when I have not said.")
	PlatesView mine(@AuthenticationPrincipal Jwt token) {
		UUID owner = CurrentUser.of(token);
		return this.plates.of(owner)
			.map((own) -> PlatesView.of(own, "MINE"))
			.orElseGet(() -> PlatesView.of(PlateInventory.standard(PreferredUnits.of(null, token).weight()), "STANDARD"));
	}

	@PutMapping
	@Operation(operationId = "replacePlates", summary = "Set my bar and plates",
			description = "The bar's weight and each plate size with how many pairs, in kg or lb.")
	PlatesView replace(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PlatesRequest request) {
		Set<Double> sizes = new HashSet<>();
		for (int i = 0; i < request.plates().size(); i++) {
			double weight = request.plates().get(i).weight();
			if (Math.abs(weight * 4 - Math.rint(weight * 4)) > 1e-9) {
				throw new InvalidFieldException("plates[" + i + "].weight", "must be a multiple of 0.25");
			}
			if (!sizes.add(weight)) {
				throw new InvalidFieldException("plates[" + i + "].weight", "is listed twice; give its pairs once");
			}
		}
		PlateInventory inventory = new PlateInventory("lb".equals(request.unit()) ? WeightUnit.LB : WeightUnit.KG,
				request.bar(), request.plates().stream().map((p) -> new PlateInventory.Plate(p.weight(), p.pairs())).toList());
		this.plates.save(CurrentUser.of(token), inventory, this.clock.instant());
		return PlatesView.of(inventory, "MINE");
	}

	/** Back to a standard gym set. */
	@DeleteMapping
	@Operation(operationId = "resetPlates", summary = "Back to a standard set",
			description = "Forgets my bar and plates.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void forget(@AuthenticationPrincipal Jwt token) {
		this.plates.forget(CurrentUser.of(token));
	}

	/** @param plates each size once, with how many pairs (one plate a side each) */
	record PlatesRequest(
			@NotBlank @Pattern(regexp = "kg|lb", message = "must be kg or lb") @Schema(allowableValues = { "kg", "lb" }) String unit,
			@NotNull @DecimalMin("0") @DecimalMax("60") Double bar,
			@NotEmpty @Size(max = 15) List<@NotNull @Valid PlateRequest> plates) {
	}

	record PlateRequest(@NotNull @DecimalMin("0.25") @DecimalMax("60") Double weight,
			@NotNull @Min(1) @Max(20) Integer pairs) {
	}

	/**
	 * @param source {@code MINE}, or {@code STANDARD} for the set assumed when I have not said
	 * @param step the smallest change in a barbell load these plates allow
	 */
	record PlatesView(String unit, double bar, List<PlateInventory.Plate> plates, double step, String source) {

		static PlatesView of(PlateInventory inventory, String source) {
			return new PlatesView(inventory.unit().symbol(), inventory.bar(), inventory.plates(), inventory.step(), source);
		}

	}

}
