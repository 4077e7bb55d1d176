package io.repwise.workout.exercise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.repwise.workout.exercise.ExerciseMatch.Candidate;
import io.repwise.workout.exercise.ExerciseMatch.Kind;

/**
 * Finds the library exercise behind each exercise name of an imported history, in this order:
 * an alias the lifter chose before, the same name (their own exercises first), an alias other
 * apps use ({@code exercise_alias}), then the closest name by words ({@link NameSimilarity}).
 * What matches nothing closely enough becomes a new private exercise, modelled on the closest.
 */
@Component
public class ExerciseMatcher {

	/** Names at least this alike are taken as the same exercise without asking. */
	public static final double FUZZY_MATCH = 0.75;

	/** Names at least this alike are offered as suggestions. */
	static final double SUGGESTION = 0.3;

	private static final int SUGGESTIONS = 3;

	private final ExerciseCatalog catalog;

	private final NamedParameterJdbcTemplate jdbc;

	ExerciseMatcher(ExerciseCatalog catalog, NamedParameterJdbcTemplate jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/** A match for each distinct name, in the order given. */
	public Map<String, ExerciseMatch> match(UUID owner, Collection<String> names) {
		List<ExerciseView> exercises = this.catalog.listAll(owner);
		Map<UUID, ExerciseView> byId = new HashMap<>();
		Map<String, ExerciseView> byName = new HashMap<>();
		List<Named> named = new ArrayList<>();
		for (ExerciseView exercise : exercises) {
			byId.put(exercise.id(), exercise);
			// The lifter's own exercise wins over a shared one of the same name.
			byName.merge(key(exercise.name()), exercise, (first, second) -> first.custom() ? first : second);
			named.add(new Named(exercise, NameSimilarity.words(exercise.name())));
		}
		Map<String, UUID> ownAliases = aliases("owner_id = :owner", owner);
		Map<String, UUID> sharedAliases = aliases("owner_id IS NULL", owner);
		Map<String, ExerciseMatch> matches = new LinkedHashMap<>();
		for (String name : names) {
			matches.computeIfAbsent(name, (unused) -> match(name, byId, byName, named, ownAliases, sharedAliases));
		}
		return matches;
	}

	private static ExerciseMatch match(String name, Map<UUID, ExerciseView> byId, Map<String, ExerciseView> byName,
			List<Named> named, Map<String, UUID> ownAliases, Map<String, UUID> sharedAliases) {
		List<Candidate> ranked = rank(name, named);
		String key = key(name);
		ExerciseView own = byId.get(ownAliases.get(key));
		if (own != null) {
			return found(name, Kind.ALIAS, own, null, ranked);
		}
		ExerciseView same = byName.get(key);
		if (same != null) {
			return found(name, Kind.EXACT, same, null, ranked);
		}
		ExerciseView shared = byId.get(sharedAliases.get(key));
		if (shared != null) {
			return found(name, Kind.ALIAS, shared, null, ranked);
		}
		if (!ranked.isEmpty() && ranked.get(0).score() >= FUZZY_MATCH) {
			Candidate best = ranked.get(0);
			return found(name, Kind.FUZZY, byId.get(best.id()), best.score(), ranked);
		}
		Candidate model = ranked.isEmpty() ? null : ranked.get(0);
		return new ExerciseMatch(name, Kind.NEW, null, null, null, model, suggestions(ranked, null));
	}

	private static ExerciseMatch found(String name, Kind kind, ExerciseView exercise, Double score, List<Candidate> ranked) {
		return new ExerciseMatch(name, kind, exercise.id(), exercise.name(), score, null, suggestions(ranked, exercise.id()));
	}

	/** Every exercise sharing a word with the name, most alike first; ties go to the shorter name. */
	private static List<Candidate> rank(String name, List<Named> named) {
		Set<String> words = NameSimilarity.words(name);
		List<Candidate> ranked = new ArrayList<>();
		for (Named exercise : named) {
			double score = NameSimilarity.score(words, exercise.words());
			if (score > 0) {
				ranked.add(new Candidate(exercise.view().id(), exercise.view().name(), Math.round(score * 1000) / 1000.0));
			}
		}
		ranked.sort(Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparingInt((Candidate candidate) -> candidate.name().length())
			.thenComparing(Candidate::name));
		return ranked;
	}

	private static List<Candidate> suggestions(List<Candidate> ranked, UUID except) {
		return ranked.stream()
			.filter((candidate) -> candidate.score() >= SUGGESTION && !candidate.id().equals(except))
			.limit(SUGGESTIONS)
			.toList();
	}

	/** Remembers the lifter's choice, so that their next import matches this name by itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remember(UUID owner, String name, UUID exerciseId) {
		this.jdbc.update("""
				INSERT INTO exercise_alias (owner_id, alias, exercise_id) VALUES (:owner, :alias, :exercise)
				ON CONFLICT (owner_id, lower(alias)) WHERE owner_id IS NOT NULL DO UPDATE SET exercise_id = EXCLUDED.exercise_id""",
				new MapSqlParameterSource("owner", owner).addValue("alias", name.trim()).addValue("exercise", exerciseId));
	}

	private Map<String, UUID> aliases(String whose, UUID owner) {
		Map<String, UUID> aliases = new HashMap<>();
		this.jdbc.query("SELECT alias, exercise_id FROM exercise_alias WHERE " + whose,
				new MapSqlParameterSource("owner", owner),
				(row) -> {
					aliases.put(key(row.getString("alias")), row.getObject("exercise_id", UUID.class));
				});
		return aliases;
	}

	/** Names compare without case and with single spaces. */
	public static String key(String name) {
		return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private record Named(ExerciseView view, Set<String> words) {
	}

}
