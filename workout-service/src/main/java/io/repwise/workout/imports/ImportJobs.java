package io.repwise.workout.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import io.repwise.workout.imports.ImportDtos.ConfirmRequest;
import io.repwise.workout.imports.ImportDtos.OutcomeView;
import io.repwise.workout.imports.ImportDtos.PreviewView;
import io.repwise.workout.imports.ImportDtos.Status;
import io.repwise.workout.system.Rows;

/** Import jobs, one row each; the uploaded file only until the import has run. Reads are owner-scoped. */
@Repository
class ImportJobs {

	private static final String COLUMNS = "id, owner_id, format, file_name, units, zone, date_order, status, "
			+ "preview::text AS preview, confirmation::text AS confirmation, total_workouts, done_workouts, "
			+ "outcome::text AS outcome, failure, created_at, started_at, heartbeat_at, finished_at";

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	ImportJobs(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A job as stored, without the file. */
	record ImportJob(UUID id, UUID ownerId, String format, String fileName, String units, String zone, String dateOrder,
			Status status, PreviewView preview, ConfirmRequest confirmation, int totalWorkouts, int doneWorkouts,
			OutcomeView outcome, String failure, Instant createdAt, Instant startedAt, Instant heartbeatAt,
			Instant finishedAt) {
	}

	void insert(ImportJob job, String sha256, byte[] content) {
		this.jdbc.update("""
				INSERT INTO import_job (id, owner_id, format, file_name, file_sha256, content, units, zone, date_order, status,
				                        preview, total_workouts, created_at)
				VALUES (:id, :owner, :format, :fileName, :sha, :content, :units, :zone, :dateOrder, :status,
				        CAST(:preview AS jsonb), :total, :createdAt)""",
				new MapSqlParameterSource("id", job.id()).addValue("owner", job.ownerId())
					.addValue("format", job.format())
					.addValue("fileName", job.fileName())
					.addValue("sha", sha256)
					.addValue("content", content)
					.addValue("units", job.units())
					.addValue("zone", job.zone())
					.addValue("dateOrder", job.dateOrder())
					.addValue("status", job.status().name())
					.addValue("preview", this.json.writeValueAsString(job.preview()))
					.addValue("total", job.totalWorkouts())
					.addValue("createdAt", Timestamp.from(job.createdAt())));
	}

	Optional<ImportJob> find(UUID id, UUID owner) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE id = :id AND owner_id = :owner",
				new MapSqlParameterSource("id", id).addValue("owner", owner), this::job).stream().findFirst();
	}

	Optional<ImportJob> findForUpdate(UUID id, UUID owner) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE id = :id AND owner_id = :owner FOR UPDATE",
				new MapSqlParameterSource("id", id).addValue("owner", owner), this::job).stream().findFirst();
	}

	/** The owner's latest jobs, newest first. */
	List<ImportJob> latest(UUID owner, int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE owner_id = :owner ORDER BY created_at DESC, id"
				+ " LIMIT :limit", new MapSqlParameterSource("owner", owner).addValue("limit", limit), this::job);
	}

	/** The owner's latest finished import of a file with this digest. */
	Optional<ImportJob> lastDoneWith(UUID owner, String sha256) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE owner_id = :owner AND file_sha256 = :sha"
				+ " AND status = 'DONE' ORDER BY created_at DESC LIMIT 1",
				new MapSqlParameterSource("owner", owner).addValue("sha", sha256), this::job).stream().findFirst();
	}

	byte[] content(UUID id) {
		return this.jdbc.queryForObject("SELECT content FROM import_job WHERE id = :id", new MapSqlParameterSource("id", id),
				byte[].class);
	}

	/** Forgets the owner's unconfirmed previews but the newest {@code keep}: each holds a whole file. */
	void trimPreviews(UUID owner, int keep) {
		this.jdbc.update("""
				DELETE FROM import_job WHERE owner_id = :owner AND status = 'PREVIEWED' AND id NOT IN (
				  SELECT id FROM import_job WHERE owner_id = :owner AND status = 'PREVIEWED' ORDER BY created_at DESC LIMIT :keep)""",
				new MapSqlParameterSource("owner", owner).addValue("keep", keep));
	}

	/** Previews nobody confirmed within {@code before}: gone, with their files. */
	int deleteUnconfirmedBefore(Instant before) {
		return this.jdbc.update("DELETE FROM import_job WHERE status = 'PREVIEWED' AND created_at < :before",
				new MapSqlParameterSource("before", Timestamp.from(before)));
	}

	void start(UUID id, ConfirmRequest confirmation, Instant now) {
		this.jdbc.update("""
				UPDATE import_job SET status = 'RUNNING', confirmation = CAST(:confirmation AS jsonb), failure = NULL,
				       started_at = coalesce(started_at, :now), heartbeat_at = :now
				WHERE id = :id""", new MapSqlParameterSource("id", id)
			.addValue("confirmation", this.json.writeValueAsString(confirmation))
			.addValue("now", Timestamp.from(now)));
	}

	void progress(UUID id, int done, Instant now) {
		this.jdbc.update("UPDATE import_job SET done_workouts = :done, heartbeat_at = :now WHERE id = :id",
				new MapSqlParameterSource("id", id).addValue("done", done).addValue("now", Timestamp.from(now)));
	}

	/** Done: the outcome kept, the file dropped. */
	void finish(UUID id, OutcomeView outcome, Instant now) {
		this.jdbc.update("""
				UPDATE import_job SET status = 'DONE', outcome = CAST(:outcome AS jsonb), content = NULL, heartbeat_at = :now,
				       finished_at = :now
				WHERE id = :id""", new MapSqlParameterSource("id", id)
			.addValue("outcome", this.json.writeValueAsString(outcome))
			.addValue("now", Timestamp.from(now)));
	}

	void fail(UUID id, String failure, Instant now) {
		this.jdbc.update("UPDATE import_job SET status = 'FAILED', failure = :failure, finished_at = :now WHERE id = :id",
				new MapSqlParameterSource("id", id).addValue("failure", truncate(failure)).addValue("now", Timestamp.from(now)));
	}

	void undone(UUID id, OutcomeView outcome, Instant now) {
		this.jdbc.update("""
				UPDATE import_job SET status = 'UNDONE', outcome = CAST(:outcome AS jsonb), content = NULL, finished_at = :now
				WHERE id = :id""", new MapSqlParameterSource("id", id)
			.addValue("outcome", (outcome != null) ? this.json.writeValueAsString(outcome) : null)
			.addValue("now", Timestamp.from(now)));
	}

	void delete(UUID id) {
		this.jdbc.update("DELETE FROM import_job WHERE id = :id", new MapSqlParameterSource("id", id));
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 500) ? text.substring(0, 497) + "..." : text;
	}

	private ImportJob job(ResultSet row, int i) throws SQLException {
		String confirmation = row.getString("confirmation");
		String outcome = row.getString("outcome");
		return new ImportJob(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class), row.getString("format"),
				row.getString("file_name"), row.getString("units"), row.getString("zone"), row.getString("date_order"),
				Status.valueOf(row.getString("status")), this.json.readValue(row.getString("preview"), PreviewView.class),
				(confirmation != null) ? this.json.readValue(confirmation, ConfirmRequest.class) : null,
				row.getInt("total_workouts"), row.getInt("done_workouts"),
				(outcome != null) ? this.json.readValue(outcome, OutcomeView.class) : null, row.getString("failure"),
				Rows.instant(row, "created_at"), Rows.instant(row, "started_at"), Rows.instant(row, "heartbeat_at"),
				Rows.instant(row, "finished_at"));
	}

}
