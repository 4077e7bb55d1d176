package io.repwise.common.startup;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;

import static org.assertj.core.api.Assertions.assertThat;

class StartupCacheTrainingTests {

	static final String BUSY = """
			Current compiles:
			C2 CompilerThread0  6736 %     4       org.springframework.security.crypto.bcrypt.BCrypt::key @ 151 (196 bytes)

			C1 compile queue:
			Empty

			C2 compile queue:
			6737       4       org.springframework.security.crypto.bcrypt.BCrypt::encipher (253 bytes)
			""";

	static final String IDLE = """
			Current compiles:

			C1 compile queue:
			Empty

			C2 compile queue:
			Empty
			""";

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupCacheTrainingAutoConfiguration.class));

	@Test
	void aQueueIsIdleOnlyWhenNothingIsCompilingOrWaiting() {
		assertThat(CompilerQueue.isIdle(IDLE)).isTrue();
		assertThat(CompilerQueue.isIdle(BUSY)).isFalse();
		assertThat(CompilerQueue.isIdle(IDLE.replace("C2 compile queue:\nEmpty", "C2 compile queue:\n12 4 A::b (3 bytes)")))
			.isFalse();
	}

	@Test
	void waitsUntilTheQueueHasDrained() throws InterruptedException {
		Iterator<String> reports = List.of(BUSY, BUSY, BUSY, IDLE).iterator();
		assertThat(new CompilerQueue(reports::next).awaitIdle(Duration.ofSeconds(5))).isPresent();
		assertThat(reports.hasNext()).isFalse();
	}

	@Test
	void givesUpAtTheLimit() throws InterruptedException {
		assertThat(new CompilerQueue(() -> BUSY).awaitIdle(Duration.ofMillis(200))).isEmpty();
	}

	@Test
	void readsThisJvmsOwnQueue() throws InterruptedException {
		assertThat(CompilerQueue.ofThisJvm().awaitIdle(Duration.ofSeconds(30))).isPresent();
	}

	@Test
	void waitsOnlyInTheTrainingRun() {
		this.contexts.run((context) -> assertThat(context).doesNotHaveBean(ApplicationListener.class));
		this.contexts.withPropertyValues("repwise.startup-cache.training=true")
			.run((context) -> assertThat(context).hasSingleBean(ApplicationListener.class));
	}

}
