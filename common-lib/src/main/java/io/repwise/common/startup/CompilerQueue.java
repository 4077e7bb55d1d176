package io.repwise.common.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JIT compiler's work in hand, as the {@code Compiler.queue} diagnostic command reports it
 * (the text {@code jcmd <pid> Compiler.queue} prints): the compiles running now and the methods
 * waiting in the C1 and C2 queues.
 */
final class CompilerQueue {

	private final Supplier<String> report;

	CompilerQueue(Supplier<String> report) {
		this.report = report;
	}

	/** This JVM's own queue, read through the platform MBean server. */
	static CompilerQueue ofThisJvm() {
		return new CompilerQueue(CompilerQueue::diagnosticCommand);
	}

	/**
	 * Whether nothing is being compiled or waiting to be: every line of the report is a heading
	 * ("Current compiles:", "C1 compile queue:", ...) or "Empty".
	 */
	static boolean isIdle(String report) {
		return report.lines()
			.map(String::strip)
			.allMatch((line) -> line.isEmpty() || line.endsWith(":") || line.equals("Empty"));
	}

	/**
	 * Waits until the queue is idle or the limit has passed, polling every 50 ms; answers how long
	 * it waited, or empty when the limit passed first.
	 */
	Optional<Duration> awaitIdle(Duration limit) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + limit.toNanos();
		while (!isIdle(this.report.get())) {
			if (System.nanoTime() > deadline) {
				return Optional.empty();
			}
			Thread.sleep(50);
		}
		return Optional.of(Duration.ofNanos(System.nanoTime() - started));
	}

	private static String diagnosticCommand() {
		try {
			return String.valueOf(ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerQueue",
						new Object[] { null }, new String[] { String[].class.getName() }));
		}
		catch (JMException ex) {
			throw new IllegalStateException("The Compiler.queue diagnostic command is not available", ex);
		}
	}

}
