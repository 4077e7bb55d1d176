package io.repwise.common.startup;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * For the image build's training run only (deploy/docker/record-startup-cache.sh sets
 * {@code repwise.startup-cache.training=true}): once the context is refreshed, and before
 * {@code spring.context.exit=onRefresh} ends the JVM and it writes its AppCDS archive, wait until
 * the JIT compiler has nothing queued.
 *
 * Why: up to Java 20 the dynamic archive keeps a method's "queued for compilation" mark
 * (JDK-8306460, fixed in 21). A method still queued when the training run exited was never
 * compiled again in any container started from that image: user-service's BCrypt, hashed once
 * during start-up, ran interpreted, and every sign-up and sign-in took 2–3 s instead of 0.1 s.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("repwise.startup-cache.training")
public class StartupCacheTrainingAutoConfiguration {

	/** Long enough for the last compiles of a start-up on a busy build machine. */
	static final Duration LIMIT = Duration.ofSeconds(60);

	private static final Log logger = LogFactory.getLog(StartupCacheTrainingAutoConfiguration.class);

	@Bean
	ApplicationListener<ContextRefreshedEvent> compilerQueueDrainedBeforeExit() {
		return (event) -> {
			try {
				CompilerQueue.ofThisJvm()
					.awaitIdle(LIMIT)
					.ifPresentOrElse(
							(waited) -> logger.info("Training run: JIT compiler idle after " + waited.toMillis() + " ms"),
							() -> logger.warn("Training run: JIT compiler still busy after " + LIMIT.toSeconds()
									+ " s; methods queued now may stay interpreted in this image"));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
	}

}
