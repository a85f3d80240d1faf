package de.wesermarsch.wegweiser.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Metrics of the content: the version served (as a label of a gauge that is 1), its age, its number of entries,
 * how many reloads failed, whether it is the content on disk, and the heartbeat of the watcher: the seconds since
 * it last looked at the files (alert when this grows beyond a few check intervals, or the failures rise).
 */
@Component
class SnapshotMetrics {

	SnapshotMetrics(Snapshots snapshots, MeterRegistry registry) {
		Gauge.builder("wegweiser.snapshot.age", snapshots,
				s -> Duration.between(s.current().builtAt(), Instant.now()).toMillis() / 1000.0)
			.baseUnit("seconds")
			.description("age of the content served")
			.register(registry);
		Gauge.builder("wegweiser.snapshot.entries", snapshots, s -> s.current().content().entries().size())
			.register(registry);
		Gauge.builder("wegweiser.snapshot.current", snapshots, s -> s.contentCurrent() ? 1 : 0)
			.description("1 when the content served is the content on disk, 0 when the last change failed to load")
			.register(registry);
		Gauge.builder("wegweiser.reload.check.age", snapshots,
				s -> s.lastCheck() == null ? Double.NaN : Duration.between(s.lastCheck(), Instant.now()).toMillis() / 1000.0)
			.baseUnit("seconds")
			.description("time since the watcher last looked at the content files")
			.register(registry);
		FunctionCounter.builder("wegweiser.reload.failures", snapshots, Snapshots::reloadFailures).register(registry);
		MultiGauge info = MultiGauge.builder("wegweiser.snapshot.info").register(registry);
		snapshots.onSwap(s -> info.register(List.of(MultiGauge.Row.of(Tags.of("version", s.version()), 1)), true));
	}

}
