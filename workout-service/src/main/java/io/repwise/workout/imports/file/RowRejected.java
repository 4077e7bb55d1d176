package io.repwise.workout.imports.file;

/**
 * Skips a row: thrown while reading one, caught by the loop over the rows, which records the
 * problem and goes on. Carries no stack trace and never leaves the package.
 */
final class RowRejected extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final RowProblem problem;

	RowRejected(int line, int column, String message) {
		super(message, null, false, false);
		this.problem = new RowProblem(line, column, message);
	}

	RowProblem problem() {
		return this.problem;
	}

}
