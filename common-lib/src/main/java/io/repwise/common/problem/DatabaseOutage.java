package io.repwise.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached or went away (restarting, failing
 * over, refusing connections), as opposed to a fault in the request or in our code. Such a
 * failure is the server's temporary state: a 503 with Retry-After, never a 500 that reads as a
 * bug and is not worth a retry.
 */
public final class DatabaseOutage {

	private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// The pool gave up waiting for a connection; the transaction could not even begin.
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByThePool(sql))) {
				return true;
			}
			// A rollback that failed on the dead connection hides the failure that made it roll back.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causes(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP closes a connection it saw break (the states below) and answers any later call on
	 * it with a bare "Connection is closed" that carries no state. The rollback after a commit the
	 * server ended (57P01) is such a call, and its failure replaces the commit's: Spring logs
	 * "Commit exception overridden by rollback exception" and throws the rollback's.
	 */
	private static boolean closedByThePool(SQLException failure) {
		return failure.getSQLState() == null && POOL_CLOSED_CONNECTION.equals(failure.getMessage());
	}

	/**
	 * SQLSTATE class 08 (connection exception: refused, broken, I/O error) and the server going
	 * down under a session: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
	 * (starting up or shutting down).
	 */
	private static boolean connectionLost(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
