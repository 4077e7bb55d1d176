package io.repwise.workout.equipment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.repwise.training.LoadStep;
import io.repwise.training.PlateInventory;
import io.repwise.training.WeightUnit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bar and plates each user loads from, and the step every barbell load of theirs is rounded
 * to: routine progression here, the coach's advice and warm-ups in ai-service (which reads them
 * from {@code /api/v1/equipment/plates}).
 */
@Component
public class LifterPlates {

	private static final TypeReference<List<PlateInventory.Plate>> PLATES = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	LifterPlates(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The user's own plates, if they have said. */
	public Optional<PlateInventory> of(UUID owner) {
		return this.jdbc.query("SELECT unit, bar, plates::text AS plates FROM plate_inventory WHERE owner_id = :owner",
				new MapSqlParameterSource("owner", owner),
				(row, i) -> new PlateInventory("lb".equals(row.getString("unit")) ? WeightUnit.LB : WeightUnit.KG,
						row.getDouble("bar"), this.json.readValue(row.getString("plates"), PLATES)))
			.stream()
			.findFirst();
	}

	/**
	 * What a load of each equipment rounds to for this user in {@code unit}: their plates for a
	 * barbell when marked in that unit, else the equipment's standard steps. The plates are read
	 * once, for all the loads of a routine.
	 */
	public Function<String, LoadStep> steps(UUID owner, WeightUnit unit) {
		Optional<PlateInventory> own = of(owner).filter((plates) -> plates.unit() == unit);
		return (equipment) -> ("BARBELL".equals(equipment) && own.isPresent()) ? own.get().loadStep()
				: LoadStep.of(equipment, unit);
	}

	/** Replaces the lifter's plates (their own answer, or what an import of theirs brought back). */
	public void save(UUID owner, PlateInventory plates, Instant now) {
		this.jdbc.update("""
				INSERT INTO plate_inventory (owner_id, unit, bar, plates, updated_at)
				VALUES (:owner, :unit, :bar, CAST(:plates AS jsonb), :now)
				ON CONFLICT (owner_id) DO UPDATE SET unit = :unit, bar = :bar, plates = CAST(:plates AS jsonb), updated_at = :now""",
				new MapSqlParameterSource("owner", owner).addValue("unit", plates.unit().symbol())
					.addValue("bar", plates.bar())
					.addValue("plates", this.json.writeValueAsString(plates.plates()))
					.addValue("now", Timestamp.from(now)));
	}

	void forget(UUID owner) {
		this.jdbc.update("DELETE FROM plate_inventory WHERE owner_id = :owner", new MapSqlParameterSource("owner", owner));
	}

}
