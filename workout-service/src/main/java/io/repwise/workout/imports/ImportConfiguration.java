package io.repwise.workout.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.slf4j.MDC;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Imports run one at a time per replica, beside the requests: an import of years of history
 * takes seconds of one core, and two at once on a small container would slow every request.
 * The queue bounds how many wait; each carries its request's correlation id into its logs.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	/** Previews never confirmed are dropped after this long, with the files they hold. */
	static final Duration PREVIEW_KEPT_FOR = Duration.ofDays(7);

	@Bean
	ThreadPoolTaskExecutor importExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("import-");
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(20);
		executor.setTaskDecorator((task) -> {
			Map<String, String> context = MDC.getCopyOfContextMap();
			return () -> {
				if (context != null) {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					MDC.clear();
				}
			};
		});
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

	@Bean
	PreviewCleanup importPreviewCleanup(ImportJobs jobs, Clock clock) {
		return new PreviewCleanup(jobs, clock);
	}

	/** Drops old unconfirmed previews; every replica may run it, the delete being idempotent. */
	static class PreviewCleanup {

		private final ImportJobs jobs;

		private final Clock clock;

		PreviewCleanup(ImportJobs jobs, Clock clock) {
			this.jobs = jobs;
			this.clock = clock;
		}

		@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
		void dropUnconfirmed() {
			this.jobs.deleteUnconfirmedBefore(this.clock.instant().minus(PREVIEW_KEPT_FOR));
		}

	}

}
